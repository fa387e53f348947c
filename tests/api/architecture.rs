//! The shape STYLE.md promises: every top-level module imports only along the arrows
//! (`LAYERS`), no two files of `src` import each other directly or round a loop, the pure
//! core imports neither actix, sqlx nor tokio, the pages' core (`web`) reaches neither the
//! store nor HTTP, and the two migration histories stay in step. ARCHITECTURE.md says the
//! same in words.

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
fn no_function_in_src_answers_with_a_bare_string_error() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut offenders = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let code = code_only(&text).split_whitespace().collect::<String>();
        // "Result<T, String>" with any T, written on one line or over several.
        let mut rest = code.as_str();
        while let Some(at) = rest.find("Result<") {
            let after = &rest[at + "Result<".len()..];
            let mut depth = 1;
            let end = after.char_indices().find_map(|(i, c)| {
                match c {
                    '<' => depth += 1,
                    '>' => depth -= 1,
                    _ => {}
                }
                (depth == 0).then_some(i)
            });
            let Some(end) = end else { break };
            if after[..end].ends_with(",String") {
                offenders.push(format!("{}: Result<{}>", file.display(), &after[..end]));
            }
            rest = &after[end..];
        }
    }
    assert!(
        offenders.is_empty(),
        "errors are typed (issue 23); these answer with a String:\n{}",
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

/// STYLE.md's arrows as layers, bottom up (`http → web → commands → feeds, sources →
/// store, import, ics → plan → timing`): a module may import any module of a lower layer,
/// and one of its own layer only along `SIDEWAYS`. `report`, `export`, `convert` and
/// `config` sit beside `store`, `import` and `ics`: each uses only `plan`, `timing` or its
/// own layer. `commands` is STYLE.md's commands layer: the writes every entry point calls.
const LAYERS: &[&[&str]] = &[
    &["timing"],
    &["plan"],
    &[
        "store", "import", "ics", "report", "export", "convert", "config",
    ],
    &["feeds", "sources"],
    &["commands"],
    &["web"],
    &["http"],
];

/// Arrows inside one layer, each one way (the loop test below keeps them so).
const SIDEWAYS: &[(&str, &str)] = &[
    // A partner's .ics file is read with the same rule check the feeds draw with.
    ("import", "ics"),
    // The fuzzy-date setting names the modes in which `ics` draws a fuzzy date.
    ("config", "ics"),
    // The DOCX/XLSX export writes the report's items under the report's words.
    ("export", "report"),
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

/// May a file of `from` import `to`?
fn arrow_allowed(from: &str, to: &str) -> bool {
    match (layer_of(from), layer_of(to)) {
        _ if from == to => true,
        (Some(a), Some(b)) => b < a || SIDEWAYS.contains(&(from, to)),
        // Not a module of src (a macro path, a constant of lib.rs): no arrow.
        (_, None) => true,
        (None, Some(_)) => false,
    }
}

/// Where a file of `module` reaches a module it may not: the arrows of STYLE.md. Test
/// modules (`#[cfg(test)] mod … { }`) are left out: a round-trip test may use what the
/// code may not.
fn upward_imports(module: &str, text: &str) -> Vec<String> {
    crate_modules(&without_test_modules(&code_only(text)))
        .into_iter()
        .filter(|(_, m)| !arrow_allowed(module, m))
        .map(|(line, m)| format!("{line}: crate::{m}"))
        .collect()
}

/// The top-level modules `src/lib.rs` declares.
fn top_level_modules() -> Vec<String> {
    let lib = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs");
    let text = std::fs::read_to_string(lib).unwrap();
    text.lines()
        .filter_map(|l| l.trim().strip_prefix("pub mod "))
        .map(|l| l.trim_end_matches(';').to_string())
        .collect()
}

#[test]
fn every_top_level_module_has_a_place_in_the_layers() {
    let modules = top_level_modules();
    assert!(modules.len() >= 10, "{modules:?}");
    let unplaced: Vec<&String> = modules.iter().filter(|m| layer_of(m).is_none()).collect();
    assert!(
        unplaced.is_empty(),
        "add these to LAYERS (and ARCHITECTURE.md): {unplaced:?}"
    );
}

#[test]
fn every_module_imports_only_along_the_arrows() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut offenders = Vec::new();
    for module in top_level_modules() {
        let mut files = Vec::new();
        let dir = root.join(&module);
        if dir.is_dir() {
            rust_files(&dir, &mut files);
        } else {
            files.push(root.join(format!("{module}.rs")));
        }
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for hit in upward_imports(&module, &text) {
                offenders.push(format!("{}:{hit}", file.display()));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "imports against the arrows (http → web → feeds, sources → store, import, ics → \
         plan → timing; see LAYERS):\n{}",
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
    assert!(upward_imports("import", "use crate::ics::check_rule;").is_empty());
    assert_eq!(
        upward_imports("ics", "use crate::import::parse;"),
        ["1: crate::import"],
        "sideways arrows go one way"
    );
    assert_eq!(
        upward_imports("web", "use crate::feeds::X;\nuse crate::http::Y;"),
        ["2: crate::http"]
    );
    let test_only = "fn f() {}\n#[cfg(test)]\nmod tests {\n    use crate::store::Store;\n}\n";
    assert!(upward_imports("plan", test_only).is_empty());
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

/// Code with every `#[cfg(test)]` item's braces blanked (newlines kept): test modules may
/// reach anything without shaping the house.
fn without_test_modules(code: &str) -> String {
    let mut out = code.to_string();
    let mut from = 0;
    while let Some(at) = out[from..].find("#[cfg(test)]").map(|i| i + from) {
        let Some(open) = out[at..].find(['{', ';']).map(|i| i + at) else {
            break;
        };
        let end = if out.as_bytes()[open] == b';' {
            open + 1
        } else {
            block_end(&out, open)
        };
        let blanked: String = out[at..end]
            .chars()
            .map(|c| if c == '\n' { '\n' } else { ' ' })
            .collect();
        out.replace_range(at..end, &blanked);
        from = end;
    }
    out
}

/// The index just past the brace that closes the one at `open`.
fn block_end(code: &str, open: usize) -> usize {
    let mut depth = 0usize;
    for (i, c) in code[open..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return open + i + 1;
                }
            }
            _ => {}
        }
    }
    code.len()
}

/// A file's module path: `src/http/pages/org.rs` → [http, pages, org]; `mod.rs` and
/// `lib.rs` name their folder.
fn module_path(relative: &str) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .trim_end_matches(".rs")
        .split('/')
        .map(str::to_string)
        .collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts
}

/// Every path a file names through `crate::`, `super::` or `self::`, as segments: use
/// trees expanded (`use super::{a::X, b}` → [super, a, X], [super, b]) and paths in code.
fn named_paths(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let starts_word = rest[..at].chars().next_back().is_none_or(|c| !ident(c));
        let end = rest[at..].find(';').map_or(rest.len(), |e| e + at);
        if starts_word {
            expand_use_tree(&rest[at + 4..end], &[], &mut out);
        }
        rest = &rest[(at + 4).min(end)..];
    }
    for root in ["crate::", "super::", "self::"] {
        for (at, _) in code.match_indices(root) {
            if code[..at]
                .chars()
                .next_back()
                .is_some_and(|c| ident(c) || c == ':')
            {
                continue;
            }
            let chain: String = code[at..]
                .chars()
                .take_while(|c| ident(*c) || *c == ':')
                .collect();
            out.push(segments(&chain));
        }
    }
    out
}

fn segments(path: &str) -> Vec<String> {
    path.split("::")
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// `a::{b, c::{d}}` with `prefix` → its leaf paths.
fn expand_use_tree(tree: &str, prefix: &[String], out: &mut Vec<Vec<String>>) {
    let tree: String = tree.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(open) = tree.find('{') else {
        let mut path = prefix.to_vec();
        path.extend(segments(tree.split(" as ").next().unwrap_or("")));
        out.push(path);
        return;
    };
    let mut head = prefix.to_vec();
    head.extend(segments(&tree[..open]));
    let body = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let (mut depth, mut item) = (0, String::new());
    for c in body.chars().chain([',']) {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                if !item.is_empty() {
                    expand_use_tree(&item, &head, out);
                }
                item.clear();
                continue;
            }
            _ => {}
        }
        item.push(c);
    }
}

/// The file (by module path) a path starting with crate/super/self leads to: the longest
/// prefix that is a file of `files`.
fn resolve(
    from: &[String],
    path: &[String],
    files: &std::collections::BTreeSet<Vec<String>>,
) -> Option<Vec<String>> {
    let mut base: Vec<String> = match path.first().map(String::as_str) {
        Some("crate") => Vec::new(),
        Some("super" | "self") => from.to_vec(),
        _ => return None,
    };
    let mut rest = &path[1..];
    if path[0] == "super" {
        base.pop();
    }
    while rest.first().is_some_and(|s| s == "super") {
        base.pop();
        rest = &rest[1..];
    }
    let mut found = None;
    for n in 0..=rest.len() {
        let mut candidate = base.clone();
        candidate.extend_from_slice(&rest[..n]);
        if files.contains(&candidate) {
            found = Some(candidate);
        }
    }
    found
}

/// Which files each file imports. A module's root (`mod.rs`, `lib.rs`) and the files
/// inside its folder are one room: the root declares, re-exports and dispatches to its
/// children, and they take the module's shared types from it, so arrows between a file and
/// its own ancestors are not counted; every other arrow is.
fn file_imports(
    files: &[(String, String)],
) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    let paths: std::collections::BTreeSet<Vec<String>> =
        files.iter().map(|(rel, _)| module_path(rel)).collect();
    let name_of = |m: &[String]| {
        files
            .iter()
            .find(|(rel, _)| module_path(rel) == m)
            .map(|(rel, _)| rel.clone())
            .unwrap_or_default()
    };
    let mut graph = std::collections::BTreeMap::new();
    for (rel, text) in files {
        let from = module_path(rel);
        let code = without_test_modules(&code_only(text));
        let targets = named_paths(&code)
            .iter()
            .filter_map(|p| resolve(&from, p, &paths))
            .filter(|to| !to.starts_with(&from) && !from.starts_with(to))
            .map(|to| name_of(&to))
            .collect();
        graph.insert(rel.clone(), targets);
    }
    graph
}

/// The groups of files that reach each other round a loop (strongly connected, two or
/// more files), each sorted, with the arrows inside the group.
fn import_loops(files: &[(String, String)]) -> Vec<(Vec<String>, Vec<String>)> {
    let graph = file_imports(files);
    let reach = |start: &String| {
        let mut seen = std::collections::BTreeSet::new();
        let mut todo = vec![start.clone()];
        while let Some(f) = todo.pop() {
            for to in graph.get(&f).into_iter().flatten() {
                if seen.insert(to.clone()) {
                    todo.push(to.clone());
                }
            }
        }
        seen
    };
    let reached: std::collections::BTreeMap<&String, _> =
        graph.keys().map(|f| (f, reach(f))).collect();
    let mut loops: Vec<(Vec<String>, Vec<String>)> = Vec::new();
    for (f, from_f) in &reached {
        let group: Vec<String> = from_f
            .iter()
            .filter(|g| reached[g].contains(*f))
            .cloned()
            .collect();
        if group.len() < 2 || loops.iter().any(|(l, _)| l.contains(f)) {
            continue;
        }
        let arrows = group
            .iter()
            .flat_map(|a| {
                graph[a]
                    .iter()
                    .filter(|b| group.contains(b))
                    .map(move |b| format!("{a} → {b}"))
            })
            .collect();
        loops.push((group, arrows));
    }
    loops
}

#[test]
fn no_files_of_src_import_each_other_directly_or_round_a_loop() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = Vec::new();
    rust_files(&root, &mut paths);
    let files: Vec<(String, String)> = paths
        .iter()
        .map(|p| {
            let rel = p
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, std::fs::read_to_string(p).unwrap())
        })
        .filter(|(rel, _)| rel != "main.rs")
        .collect();
    let loops: Vec<String> = import_loops(&files)
        .into_iter()
        .map(|(group, arrows)| format!("{}:\n  {}", group.join(" ↔ "), arrows.join("\n  ")))
        .collect();
    assert!(
        loops.is_empty(),
        "files that import each other (move what they share into a module below them):\n{}",
        loops.join("\n")
    );
}

#[test]
fn the_loop_check_names_a_loop_and_ignores_a_module_and_its_children() {
    let file = |rel: &str, text: &str| (rel.to_string(), text.to_string());
    let files = [
        file("lib.rs", "pub mod a;\npub mod b;\n"),
        file(
            "a/mod.rs",
            "mod x;\nmod y;\npub use x::X;\npub struct Shared;\n",
        ),
        file(
            "a/x.rs",
            "use super::Shared;\nuse super::y::Y;\npub struct X;\n",
        ),
        file("a/y.rs", "pub struct Y;\nfn f() { crate::b::g(); }\n"),
        file(
            "b.rs",
            "use crate::{plan, a::{x::X}};\npub fn g() {}\n#[cfg(test)]\nmod tests { use crate::a::y::Y; }\n",
        ),
    ];
    let loops = import_loops(&files);
    assert_eq!(loops.len(), 1, "{loops:?}");
    assert_eq!(loops[0].0, ["a/x.rs", "a/y.rs", "b.rs"]);
    assert!(
        loops[0].1.contains(&"a/y.rs → b.rs".to_string()),
        "{loops:?}"
    );
    let graph = file_imports(&files);
    assert!(
        !graph["a/x.rs"].contains("a/mod.rs"),
        "a child takes from its module"
    );
    assert!(
        !graph["b.rs"].contains("a/y.rs"),
        "test modules are left out"
    );
}
