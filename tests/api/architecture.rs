//! The shape STYLE.md promises: the pure core imports neither actix, sqlx nor tokio, the
//! pages' core (`web`) reaches neither the store nor HTTP, and the two migration histories
//! stay in step.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_pure_core_does_no_io_through_actix_sqlx_or_tokio() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut offenders = Vec::new();
    for module in ["timing", "plan", "import", "ics", "report", "export", "web"] {
        let mut files = Vec::new();
        rust_files(&root.join(module), &mut files);
        assert!(!files.is_empty(), "src/{module} has no Rust files");
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or("");
                if ["actix", "sqlx", "tokio", "std::fs", "std::net"]
                    .iter()
                    .any(|w| code.contains(w))
                {
                    offenders.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "the pure core reaches for I/O:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn the_pages_core_takes_plain_values_not_the_store_or_http() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/web");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut offenders = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if [
                "crate::store",
                "crate::http",
                "crate::feeds",
                "crate::config",
            ]
            .iter()
            .any(|w| code.contains(w))
            {
                offenders.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "src/web reaches past the pure core:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn sqlite_and_postgres_migrations_list_the_same_versions() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let versions = |backend: &str| {
        let mut v: Vec<String> = std::fs::read_dir(dir.join(backend))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
            .collect();
        v.sort();
        v
    };
    let sqlite = versions("sqlite");
    assert!(!sqlite.is_empty());
    assert_eq!(sqlite, versions("postgres"));
}

/// Source text with comments, string and char literals blanked (newlines kept, so line
/// numbers still hold): what the import and length checks below read.
fn code_only(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let blank = |s: &str, out: &mut String| {
        out.extend(s.chars().map(|c| if c == '\n' { '\n' } else { ' ' }));
    };
    while i < b.len() {
        let rest = &text[i..];
        if rest.starts_with("//") {
            let end = rest.find('\n').unwrap_or(rest.len());
            blank(&rest[..end], &mut out);
            i += end;
        } else if rest.starts_with("/*") {
            let end = rest.find("*/").map_or(rest.len(), |e| e + 2);
            blank(&rest[..end], &mut out);
            i += end;
        } else if let Some(len) = raw_string_len(rest) {
            blank(&rest[..len], &mut out);
            i += len;
        } else if b[i] == b'"' {
            let mut j = i + 1;
            while j < b.len() && b[j] != b'"' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            let end = (j + 1).min(b.len());
            blank(&text[i..end], &mut out);
            i = end;
        } else if let Some(len) = char_literal_len(rest) {
            blank(&rest[..len], &mut out);
            i += len;
        } else {
            let c = rest.chars().next().unwrap_or(' ');
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

/// `r"…"`, `r#"…"#`, `br"…"` at the start of `s`: its length.
fn raw_string_len(s: &str) -> Option<usize> {
    let after_b = s.strip_prefix('b').unwrap_or(s);
    let body = after_b.strip_prefix('r')?;
    let hashes = body.len() - body.trim_start_matches('#').len();
    let open = &body[hashes..];
    if !open.starts_with('"') {
        return None;
    }
    let close = format!("\"{}", "#".repeat(hashes));
    let end = open[1..].find(&close)? + 1 + close.len();
    Some(s.len() - open.len() + end)
}

/// `'x'`, `'\n'`, `'\u{7b}'` at the start of `s` (a lifetime such as `'a` is not one).
fn char_literal_len(s: &str) -> Option<usize> {
    let rest = s.strip_prefix('\'')?;
    if let Some(esc) = rest.strip_prefix('\\') {
        return Some(1 + 1 + esc.find('\'')? + 1);
    }
    let c = rest.chars().next()?;
    rest[c.len_utf8()..]
        .starts_with('\'')
        .then(|| 1 + c.len_utf8() + 1)
}

/// The `crate::` modules a file's code names, with their line numbers: `crate::store::X`
/// and `use crate::{store, http::Y}` both count.
fn crate_modules(text: &str) -> Vec<(usize, String)> {
    let code = code_only(text);
    let mut found = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let line = code[..at].matches('\n').count() + 1;
        let rest = code[at + "crate::".len()..].trim_start();
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let mut item_start = true;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => item_start = true,
                    c if item_start && (c.is_alphanumeric() || c == '_') => {
                        let ident: String = group[i..]
                            .chars()
                            .take_while(|c| c.is_alphanumeric() || *c == '_')
                            .collect();
                        let item_line = line + group[..i].matches('\n').count();
                        found.push((item_line, ident));
                        item_start = false;
                    }
                    _ => {}
                }
            }
        } else {
            let ident: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            found.push((line, ident));
        }
    }
    found
}

/// Where a file of `module` reaches a module above it: the arrows of STYLE.md.
fn upward_imports(module: &str, text: &str) -> Vec<String> {
    let forbidden: &[&str] = match module {
        "timing" => &[
            "plan", "store", "http", "import", "ics", "feeds", "web", "config",
        ],
        "plan" => &["store", "http", "import", "ics", "feeds", "web", "config"],
        "ics" => &["store", "http", "feeds", "web", "config"],
        _ => &[],
    };
    crate_modules(text)
        .into_iter()
        .filter(|(_, m)| forbidden.contains(&m.as_str()))
        .map(|(line, m)| format!("{line}: crate::{m}"))
        .collect()
}

#[test]
fn the_core_imports_only_downwards() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut offenders = Vec::new();
    for module in ["timing", "plan", "ics"] {
        let mut files = Vec::new();
        rust_files(&root.join(module), &mut files);
        assert!(!files.is_empty(), "src/{module} has no Rust files");
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for hit in upward_imports(module, &text) {
                offenders.push(format!("{}:{hit}", file.display()));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "upward imports (timing < plan < ics/import < store < feeds < http):\n{}",
        offenders.join("\n")
    );
}

#[test]
fn the_import_check_catches_an_upward_import() {
    let snippet = "//! crate::store in a doc comment is fine\n\
                   use crate::timing::Lang;\n\
                   use crate::{plan::Slug, store::Store};\n\
                   fn f() { let _ = \"crate::http\"; crate::ics::render(); }\n";
    assert_eq!(
        upward_imports("plan", snippet),
        ["3: crate::store", "4: crate::ics"]
    );
    assert_eq!(upward_imports("timing", snippet).len(), 3, "plan too");
    assert_eq!(
        upward_imports("ics", "use crate::{\n    plan,\n    http::X,\n};"),
        ["3: crate::http"]
    );
    assert!(upward_imports("ics", "use crate::plan::Event;").is_empty());
}

/// Functions in src/ (file, first line, lines) from `fn` to its closing brace.
fn function_lengths(text: &str) -> Vec<(usize, usize)> {
    let code = code_only(text);
    let lines: Vec<&str> = code.lines().collect();
    let mut out = Vec::new();
    for (start, line) in lines.iter().enumerate() {
        let t = line.trim_start();
        let is_fn = t.starts_with("fn ")
            || [
                "pub ",
                "pub(crate) ",
                "pub(super) ",
                "async ",
                "const ",
                "unsafe ",
            ]
            .iter()
            .any(|p| t.starts_with(p) && t.contains("fn ") && !t.contains("=>"));
        if !is_fn {
            continue;
        }
        let mut depth = 0usize;
        let mut opened = false;
        'scan: for (n, l) in lines.iter().enumerate().skip(start) {
            for c in l.chars() {
                match c {
                    ';' if !opened => break 'scan,
                    '{' => {
                        depth += 1;
                        opened = true;
                    }
                    '}' => {
                        depth = depth.saturating_sub(1);
                        if opened && depth == 0 {
                            out.push((start + 1, n - start + 1));
                            break 'scan;
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    out
}

/// Functions longer than this are split into named steps.
const MAX_FN_LINES: usize = 120;

#[test]
fn no_function_in_src_is_longer_than_120_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut long = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for (start, len) in function_lengths(&text) {
            if len > MAX_FN_LINES {
                let head = lines[start - 1].trim();
                long.push(format!("{}:{start}: {head} is {len} lines", file.display()));
            }
        }
    }
    assert!(
        long.is_empty(),
        "functions over {MAX_FN_LINES} lines (split them into named steps):\n{}",
        long.join("\n")
    );
}

#[test]
fn the_length_check_counts_a_function_from_fn_to_its_brace() {
    let text = "trait T { fn decl(&self); }\n\
                fn short() {\n    let s = \"}\";\n    let c = '{';\n}\n\
                pub(crate) async fn two<'a>(x: &'a str)\n    -> &'a str {\n    x\n}\n";
    assert_eq!(function_lengths(text), [(2, 4), (6, 4)]);
}

#[test]
fn the_outbound_url_policy_and_the_error_kinds_are_pure() {
    // `sources::policy` decides what the server may fetch; it names addresses (std::net's
    // types) but opens no connection and reaches neither the store nor HTTP.
    // `sources::error_kind` is what the pages (`web`) take from `sources`: plain values too.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/sources");
    let text = ["policy.rs", "error_kind.rs"]
        .map(|f| std::fs::read_to_string(dir.join(f)).unwrap())
        .join("\n");
    let offenders: Vec<&str> = text
        .lines()
        .filter(|line| {
            let code = line.split("//").next().unwrap_or("");
            [
                "actix",
                "sqlx",
                "tokio",
                "ureq",
                "std::fs",
                "TcpStream",
                "ToSocketAddrs",
            ]
            .iter()
            .any(|w| code.contains(w))
        })
        .collect();
    assert!(offenders.is_empty(), "{offenders:#?}");
}
