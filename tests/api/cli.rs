//! The `plancal` binary as a user runs it.

use std::io::Write;
use std::process::Stdio;

use crate::common::plancal;

/// Runs `plancal` with `args`; fails the test with its stderr unless it succeeds, and gives
/// its stdout.
fn succeeds(args: &[&str]) -> String {
    let out = plancal().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "plancal {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn timing_reads_stdin_lines_and_prints_one_json_object_per_line_in_order() {
    let mut child = plancal()
        .args(["timing", "--year", "2025-2026"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let input = "апрель-июнь\n\nсентябрь\r\n1 lần/ tháng\n";
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["input"], "апрель-июнь");
    assert_eq!(lines[1]["input"], "");
    assert_eq!(lines[1]["kind"], "unknown");
    assert_eq!(
        lines[2]["input"], "сентябрь",
        "CRLF line endings are not part of the text"
    );
    for l in &lines {
        for field in [
            "kind",
            "start",
            "end",
            "precision",
            "recurrence",
            "warnings",
        ] {
            assert!(l.get(field).is_some(), "{field} missing in {l}");
        }
    }
}

#[test]
fn timing_takes_texts_as_arguments_and_rejects_a_bad_year() {
    let out = plancal()
        .args(["timing", "--year", "2025-2026", "октябрь"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 1);
    let out = plancal()
        .args(["timing", "--year", "2025-2024", "x"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("second year must follow"));
}

#[test]
fn timing_rules_lists_the_registry_the_answers_name() {
    let listed = succeeds(&["timing", "--rules"]);
    // Every answer's "rule" is one the list names, in the order they are tried.
    let answer = succeeds(&["timing", "--year", "2025-2026", "по четвергам"]);
    let rule: serde_json::Value = serde_json::from_str(answer.trim()).unwrap();
    let name = rule["rule"]
        .as_str()
        .unwrap_or_else(|| panic!("no rule in {answer}"));
    assert!(
        listed.contains(&format!(". {name}\n")),
        "{name} not in:\n{listed}"
    );
    assert!(listed.starts_with("1. "), "{listed}");
    assert!(
        listed.contains("triggers: ") && listed.contains("examples: "),
        "{listed}"
    );
}

#[test]
fn admin_tokens_are_created_once_listed_without_secret_and_revoked() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("t.db").display());
    let secret = succeeds(&["--database-url", &url, "token", "create", "--label", "ci"])
        .trim()
        .to_string();
    assert_eq!(secret.len(), 40, "160 bits as hex");
    let listing = succeeds(&["--database-url", &url, "token", "list"]);
    assert!(
        listing.contains("ci") && listing.contains("active"),
        "{listing}"
    );
    assert!(
        !listing.contains(&secret),
        "the secret is never shown again"
    );
    succeeds(&["--database-url", &url, "token", "revoke", "1"]);
    assert!(succeeds(&["--database-url", &url, "token", "list"]).contains("revoked"));
}

/// The hostile-input issue: a label with a line break forged a line of `token list`.
#[test]
fn a_token_label_with_a_line_break_or_control_character_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("t.db").display());
    for label in ["ci\n2\tadmin\tforged\t\tactive", "ci\rx", "bell\u{7}"] {
        let out = plancal()
            .args(["--database-url", &url, "token", "create", "--label", label])
            .output()
            .unwrap();
        assert!(!out.status.success(), "{label:?} was taken");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("--label") && err.contains("control character"),
            "{err}"
        );
        assert!(out.stdout.is_empty(), "no token printed");
    }
    assert_eq!(succeeds(&["--database-url", &url, "token", "list"]), "");
}

/// The hostile-input issue: `admin_token = "a"` was accepted.
#[test]
fn a_short_admin_token_stops_the_start() {
    let out = plancal()
        .env("PLANCAL_ADMIN_TOKEN", "a")
        .args(["migrate"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("admin_token") && err.contains("at least 24"),
        "{err}"
    );
}

#[test]
fn a_typo_in_the_configuration_stops_the_start() {
    let out = plancal()
        .env("PLANCAL_LISTN", "127.0.0.1:1")
        .args(["migrate"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("listn"));
}

#[test]
fn a_partners_own_plan_imported_into_a_new_slug_joins_the_partner_as_the_demo_does() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("t.db").display());
    let example = |name: &str| format!("{}/examples/{name}", env!("CARGO_MANIFEST_DIR"));
    let import = |file: &str, org: &str| {
        let path = example(file);
        succeeds(&[
            "--database-url",
            &url,
            "import",
            &path,
            "--org",
            org,
            "--year",
            "2025-2026",
        ])
    };
    let school = import("ozernaya-school-library.txt", "ozernaya-school");
    assert!(school.contains("new organization"), "{school}");
    let library = import("ozerskaya-cbs-for-schools.txt", "ozerskaya-cbs");
    assert!(
        library.contains("stored in the existing organization")
            && library.contains("(muk-ozerskaya-cbs)"),
        "{library}"
    );
    assert!(!library.contains("new organization"), "{library}");
    // Both addresses give the library's one calendar.
    let export = |feed: &str| succeeds(&["--database-url", &url, "export", feed]);
    let stub = export("orgs/muk-ozerskaya-cbs");
    assert!(stub.contains("BEGIN:VEVENT"), "{stub}");
    assert_eq!(
        export("orgs/ozerskaya-cbs").matches("BEGIN:VEVENT").count(),
        stub.matches("BEGIN:VEVENT").count()
    );
}
