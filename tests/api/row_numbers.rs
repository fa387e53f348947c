//! Row numbers are the plan's own (issue 21): where a plan has a "№" column, the CLI, the
//! API's JSON and the preview page point a warning at that number, never at the physical
//! row of the file's table. Seed 000 numbers its rows 1–6, 8–14 under a title, an
//! introduction and a header: its "25.10.2025- 04.11.2026" row is "№ 4" everywhere.

use std::path::{Path, PathBuf};

use crate::common::{self, TestApp};
use crate::web_admin::{Browser, pending_id};

fn seed_000() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    std::fs::read_dir(&dir)
        .unwrap_or_else(|e| {
            panic!(
                "{}: {e} (the seeds live beside the repository)",
                dir.display()
            )
        })
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with("000"))
        .unwrap_or_else(|| panic!("no seed 000 in {}", dir.display()))
}

/// The warning about the typo year, as the API's dry run gives it.
fn typo_warning(answer: &serde_json::Value) -> serde_json::Value {
    answer["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["text"] == "25.10.2025- 04.11.2026")
        .unwrap_or_else(|| panic!("{answer}"))
        .clone()
}

on_both_backends! {
    a_warning_names_the_plans_own_number_in_the_cli_the_api_and_the_page => |app: TestApp| {
        let file = seed_000();
        let bytes = std::fs::read(&file).unwrap();
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        // The API: the number beside the file's row and the event's index.
        let res = app.upload(&name, &bytes, &[("org", "rameshki-school"), ("dry_run", "true")]);
        assert_eq!(res.status, 200, "{}", res.body);
        let answer = res.json();
        let warning = typo_warning(&answer);
        let event = usize::try_from(warning["event"].as_u64().unwrap()).unwrap();
        assert_eq!(answer["events"][event]["number"], "4", "{answer}");
        assert_eq!(warning["place"], "No. 4", "{warning}");
        assert_ne!(warning["row"], 4, "the file's row is another count: {warning}");
        // The CLI.
        let out = common::plancal()
            .args(["import", "--dry-run", "--org", "rameshki-school"])
            .arg(&file)
            .output()
            .unwrap();
        let printed = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{printed}");
        assert!(printed.contains("warning: No. 4, timing: \"25.10.2025- 04.11.2026\""), "{printed}");
        // The preview page, in Russian and in Vietnamese.
        let mut b = Browser::new(&app);
        let csrf = b.log_in();
        let page = b.upload("/import?lang=ru", &[("csrf", &csrf), ("new_org", "rameshki-school")],
            (&name, &bytes));
        assert_eq!(page.status, 303, "{}", page.body);
        let id = pending_id(&page.location.unwrap());
        let ru = b.get(&format!("/import/{id}?lang=ru")).body;
        let n = event + 1;
        assert!(ru.contains(&format!("<a href=\"#row-{n}\">№ 4</a>")), "{ru}");
        let vi = b.get(&format!("/import/{id}?lang=vi")).body;
        assert!(vi.contains(&format!("<a href=\"#row-{n}\">STT 4</a>")), "{vi}");
    };
}
