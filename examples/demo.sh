#!/usr/bin/env bash
# Loads the example plans the way a district would: each organization imports its own plan,
# so the school's merged calendar (/orgs/ozernaya-school) shows its library's and its
# kindergarten's events in their colours. Run from the repository root:
#   bash examples/demo.sh && cargo run --release -- serve
# Uses the release binary (target/release/plancal), building it first when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=target/release/plancal
if [ ! -x "$bin" ]; then
  cargo build --release
fi
import() { "$bin" import "examples/$1" --org "$2"; }
# The school's plan names the library as its partner, which makes it "muk-ozerskaya-cbs";
# the library's own plan then lands in that same organization (and "ozerskaya-cbs" leads to it).
import ozernaya-school-library.txt ozernaya-school
import ozerskaya-cbs-for-schools.txt ozerskaya-cbs
import rainbow-kindergarten-school.txt rainbow-kindergarten
import rainbow-kindergarten-partners.txt rainbow-kindergarten
import city-librarians-association.txt city-librarians
import truong-hoa-binh-library.txt truong-hoa-binh
echo "Loaded. Start the server with: $bin serve   (then open http://127.0.0.1:8080/orgs/ozernaya-school)"
