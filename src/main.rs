//! The `plancal` command line: parses arguments and hands over to the library.

use std::io::{BufRead, BufWriter, IsTerminal, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use plancal::config::{LogFormat, Overrides, Settings};
use plancal::feeds;
use plancal::http::{self, AppState};
use plancal::import::{self, ImportOptions};
use plancal::plan::{AcademicYear, Lang, Slug};
use plancal::store::{Store, TokenKind};
use plancal::timing::{self, Context};

#[derive(Parser)]
#[command(
    name = "plancal",
    version,
    about = "School and library work plans as subscribable calendars"
)]
struct Cli {
    /// A TOML file layered over config/default.toml.
    #[arg(long, global = true)]
    config: Option<PathBuf>,
    /// Database URL: sqlite://FILE or postgres://… (overrides config and PLANCAL_DATABASE_URL).
    #[arg(long, global = true)]
    database_url: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Runs the service (creates and migrates the database first).
    Serve {
        /// Address to listen on, e.g. 127.0.0.1:8080.
        #[arg(long)]
        listen: Option<String>,
    },
    /// Applies database migrations.
    Migrate,
    /// Imports plan files (DOCX, TXT, CSV, XLSX, ODS); a folder imports every file in it.
    Import {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The owner organization's slug; created when new, named as the plan names its owner.
        #[arg(long)]
        org: String,
        /// The academic year, e.g. 2025-2026 (default: the one written in the plan).
        #[arg(long)]
        year: Option<String>,
        /// Parse and show, store nothing.
        #[arg(long)]
        dry_run: bool,
        /// Print the plan document(s) as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Normalises timing texts to JSON lines (TIMING.md); no TEXT reads stdin line by line.
    Timing {
        /// The academic year (default: the current one).
        #[arg(long)]
        year: Option<String>,
        /// ru, vi, en or auto.
        #[arg(long, default_value = "auto")]
        lang: String,
        texts: Vec<String>,
    },
    /// Writes the iCalendar a feed URL serves, e.g. `orgs/ramenki-school/merged`.
    Export {
        feed: String,
        /// Write here instead of stdout.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Everything in scope, names included, as a private token feed shows it.
        #[arg(long)]
        private: bool,
    },
    /// Admin API tokens and private feed tokens.
    Token {
        #[command(subcommand)]
        action: TokenAction,
    },
}

#[derive(Subcommand)]
enum TokenAction {
    /// Creates a token and prints it once.
    Create {
        /// admin (API writes) or feed (a private feed).
        #[arg(long, default_value = "admin")]
        kind: String,
        #[arg(long, default_value = "")]
        label: String,
        /// For feed tokens: the feed, e.g. orgs/school/merged.ics?section=1.
        #[arg(long)]
        feed: Option<String>,
    },
    /// Lists tokens (never their secrets).
    List,
    /// Revokes a token by id.
    Revoke { id: i64 },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let listen = match &cli.command {
        Command::Serve { listen } => listen.clone(),
        _ => None,
    };
    let overrides = Overrides {
        listen,
        database_url: cli.database_url.clone(),
    };
    let settings = match Settings::load(cli.config.as_deref(), std::env::vars(), &overrides) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("plancal: {e}");
            return ExitCode::from(2);
        }
    };
    if let Command::Timing { year, lang, texts } = &cli.command {
        // Pure and streaming: no runtime, no database.
        return report(run_timing(year.as_deref(), lang, texts));
    }
    init_logs(&settings, matches!(cli.command, Command::Serve { .. }));
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("plancal: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    report(runtime.block_on(run(cli.command, settings)))
}

fn report(result: Result<(), String>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("plancal: {e}");
            ExitCode::FAILURE
        }
    }
}

fn init_logs(settings: &Settings, serving: bool) {
    let default = if serving { "info" } else { "warn" };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = match settings.log_format {
        LogFormat::Json => builder.json().try_init(),
        LogFormat::Text => builder.try_init(),
    };
}

async fn open_store(settings: &Settings) -> Result<Store, String> {
    let store = Store::connect(&settings.database_url, settings.max_connections)
        .await
        .map_err(|e| {
            format!(
                "cannot open the database {}: {e}",
                plancal::config::redact_url(&settings.database_url)
            )
        })?;
    store.migrate().await.map_err(|e| e.to_string())?;
    Ok(store)
}

async fn run(command: Command, settings: Settings) -> Result<(), String> {
    match command {
        Command::Serve { .. } => serve(settings).await,
        Command::Migrate => {
            open_store(&settings).await?;
            println!(
                "database {} is up to date",
                plancal::config::redact_url(&settings.database_url)
            );
            Ok(())
        }
        Command::Import {
            files,
            org,
            year,
            dry_run,
            json,
        } => run_import(&settings, &files, &org, year.as_deref(), dry_run, json).await,
        Command::Export { feed, out, private } => {
            let store = open_store(&settings).await?;
            let request = feeds::FeedRequest::parse_path(&feed).map_err(|e| e.to_string())?;
            let cx = feeds::RenderContext {
                settings: &settings,
                private,
                today: chrono::Local::now().date_naive(),
                source_url: None,
            };
            let rendered = feeds::render_feed(&store, &request, &cx)
                .await
                .map_err(|e| e.to_string())?;
            match out {
                Some(path) => std::fs::write(&path, &rendered.body)
                    .map_err(|e| format!("{}: {e}", path.display()))?,
                None => std::io::stdout()
                    .write_all(&rendered.body)
                    .map_err(|e| e.to_string())?,
            }
            Ok(())
        }
        Command::Token { action } => run_token(&settings, action).await,
        Command::Timing { .. } => Ok(()),
    }
}

async fn serve(settings: Settings) -> Result<(), String> {
    let store = open_store(&settings).await?;
    let listener = TcpListener::bind(&settings.listen)
        .map_err(|e| format!("cannot listen on {}: {e}", settings.listen))?;
    tracing::info!(listen = %settings.listen, database = store.backend(), "plancal is serving");
    let state = AppState::new(store.clone(), settings);
    http::serve(listener, state)
        .map_err(|e| e.to_string())?
        .await
        .map_err(|e| e.to_string())?;
    store.close().await;
    Ok(())
}

fn run_timing(year: Option<&str>, lang: &str, texts: &[String]) -> Result<(), String> {
    let year = match year {
        Some(y) => AcademicYear::parse(y)?,
        None => AcademicYear::containing(chrono::Local::now().date_naive()),
    };
    let lang = match lang {
        "auto" => None,
        other => Some(other.parse::<Lang>()?),
    };
    let ctx = Context::new(year).with_lang(lang);
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut emit = |text: &str| -> Result<(), String> {
        serde_json::to_writer(&mut out, &timing::normalise(text, &ctx))
            .map_err(|e| e.to_string())?;
        out.write_all(b"\n").map_err(|e| e.to_string())
    };
    if texts.is_empty() {
        // One line at a time into one reused buffer: constant memory for any input size.
        let stdin = std::io::stdin();
        let mut input = stdin.lock();
        let mut line = Vec::new();
        loop {
            line.clear();
            let n = input
                .read_until(b'\n', &mut line)
                .map_err(|e| e.to_string())?;
            if n == 0 {
                break;
            }
            let text = String::from_utf8_lossy(&line);
            emit(text.trim_end_matches(['\n', '\r']))?;
        }
    } else {
        for text in texts {
            emit(text)?;
        }
    }
    out.flush().map_err(|e| e.to_string())
}

/// Files named on the command line, with folders expanded to the files in them.
fn expand(files: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    for path in files {
        if path.is_dir() {
            let mut inside: Vec<PathBuf> = std::fs::read_dir(path)
                .map_err(|e| format!("{}: {e}", path.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file())
                .collect();
            inside.sort();
            out.extend(inside);
        } else {
            out.push(path.clone());
        }
    }
    Ok(out)
}

fn read_plan_file(
    path: &Path,
    options: &ImportOptions,
) -> Result<plancal::plan::PlanDocument, String> {
    let size = std::fs::metadata(path)
        .map_err(|e| format!("{}: {e}", path.display()))?
        .len();
    if size > options.limits.max_file_bytes as u64 {
        return Err(format!(
            "{}: the file is {size} bytes; the limit is {} bytes",
            path.display(),
            options.limits.max_file_bytes
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    import::parse(&bytes, &name, options).map_err(|e| format!("{}: {e}", path.display()))
}

async fn run_import(
    settings: &Settings,
    files: &[PathBuf],
    org: &str,
    year: Option<&str>,
    dry_run: bool,
    json: bool,
) -> Result<(), String> {
    let org = Slug::parse(org).map_err(|e| e.to_string())?;
    let year = year.map(AcademicYear::parse).transpose()?;
    let files = expand(files)?;
    let options = ImportOptions {
        org: org.to_string(),
        year,
        lang: None,
        today: Some(chrono::Local::now().date_naive()),
        limits: import::Limits {
            max_file_bytes: settings.limits.upload_bytes,
            ..Default::default()
        },
    };
    let store = if dry_run {
        None
    } else {
        Some(open_store(settings).await?)
    };
    let bar = (files.len() > 1 && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new(files.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let mut failures = 0;
    let mut documents = Vec::new();
    for path in &files {
        if let Some(bar) = &bar {
            bar.set_message(path.display().to_string());
        }
        let result = match read_plan_file(path, &options) {
            Ok(doc) => match &store {
                None => {
                    if !json {
                        println!(
                            "{}: {} events, {} warnings (dry run, nothing stored)",
                            path.display(),
                            doc.events.len(),
                            doc.warnings.len()
                        );
                        print_warnings(&doc);
                    }
                    documents.push(doc);
                    Ok(())
                }
                Some(store) => store_import(store, &doc, path, json).await.map(|stored| {
                    if let Some(stored) = stored {
                        documents.push(stored);
                    }
                }),
            },
            Err(e) => Err(e),
        };
        if let Err(e) = result {
            failures += 1;
            match &bar {
                Some(bar) => bar.println(format!("error: {e}")),
                None => eprintln!("error: {e}"),
            }
        }
        if let Some(bar) = &bar {
            bar.inc(1);
        }
    }
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    if json {
        let value = if documents.len() == 1 {
            serde_json::to_value(&documents[0])
        } else {
            serde_json::to_value(&documents)
        }
        .map_err(|e| e.to_string())?;
        println!(
            "{}",
            serde_json::to_string_pretty(&value).map_err(|e| e.to_string())?
        );
    }
    match failures {
        0 => Ok(()),
        n => Err(format!(
            "{n} of {} file(s) could not be imported",
            files.len()
        )),
    }
}

async fn store_import(
    store: &Store,
    doc: &plancal::plan::PlanDocument,
    path: &Path,
    json: bool,
) -> Result<Option<plancal::plan::PlanDocument>, String> {
    let mut tx = store.begin().await.map_err(|e| e.to_string())?;
    let outcome = tx
        .conn()
        .save_import(doc)
        .await
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let stored = tx
        .conn()
        .plan_document(outcome.saved.plan_id)
        .await
        .map_err(|e| e.to_string())?;
    if outcome.saved.changed_anything() || outcome.created_org || !outcome.reimport {
        tx.commit().await.map_err(|e| e.to_string())?;
    } else {
        tx.commit_unversioned().await.map_err(|e| e.to_string())?;
    }
    if !json {
        let o = &outcome.saved;
        println!(
            "{}: plan {} ({}): {} new, {} changed, {} unchanged, {} cancelled; {} warnings",
            path.display(),
            o.plan_id,
            if outcome.reimport {
                "updated"
            } else {
                "created"
            },
            o.created,
            o.updated,
            o.unchanged,
            o.cancelled,
            doc.warnings.len()
        );
        print_warnings(doc);
        if outcome.created_org {
            println!(
                "  new organization {:?} ({})",
                doc.owner_name.as_deref().unwrap_or(&doc.title),
                doc.org
            );
        }
    }
    Ok(stored)
}

/// Each warning with where it points ("row 4, timing: …"), so a person can fix the file.
fn print_warnings(doc: &plancal::plan::PlanDocument) {
    for w in &doc.warnings {
        let place = match (w.row, w.column.as_deref()) {
            (Some(r), Some(c)) => format!("row {r}, {c}: "),
            (Some(r), None) => format!("row {r}: "),
            (None, Some(c)) => format!("{c}: "),
            (None, None) => String::new(),
        };
        println!("  warning: {place}{}", w.message);
    }
}

async fn run_token(settings: &Settings, action: TokenAction) -> Result<(), String> {
    let store = open_store(settings).await?;
    let mut tx = store.begin().await.map_err(|e| e.to_string())?;
    match action {
        TokenAction::Create { kind, label, feed } => {
            let kind = match kind.as_str() {
                "admin" => TokenKind::Admin,
                "feed" => TokenKind::Feed,
                other => return Err(format!("--kind {other:?} must be admin or feed")),
            };
            let feed = match (kind, feed) {
                (TokenKind::Feed, None) => {
                    return Err("a feed token needs --feed, e.g. orgs/my-school.ics".into());
                }
                (TokenKind::Feed, Some(f)) => {
                    let request = feeds::FeedRequest::parse_path(&f).map_err(|e| e.to_string())?;
                    request
                        .resolve(&mut tx.conn())
                        .await
                        .map_err(|e| e.to_string())?;
                    Some(request.canonical())
                }
                (TokenKind::Admin, _) => None,
            };
            let (record, secret) = tx
                .conn()
                .create_token(kind, &label, feed.as_deref())
                .await
                .map_err(|e| e.to_string())?;
            tx.commit_unversioned().await.map_err(|e| e.to_string())?;
            eprintln!("token {} created; it is shown only this once:", record.id);
            println!("{secret}");
            if feed.is_some() {
                eprintln!(
                    "private feed: {}/feeds/t/{secret}.ics",
                    settings.public_url.trim_end_matches('/')
                );
            }
        }
        TokenAction::List => {
            for t in tx
                .conn()
                .list_tokens(None)
                .await
                .map_err(|e| e.to_string())?
            {
                println!(
                    "{}\t{}\t{}\t{}\t{}",
                    t.id,
                    t.kind,
                    t.label,
                    t.feed.unwrap_or_default(),
                    if t.revoked_at.is_some() {
                        "revoked"
                    } else {
                        "active"
                    }
                );
            }
        }
        TokenAction::Revoke { id } => {
            tx.conn()
                .revoke_token(id)
                .await
                .map_err(|e| e.to_string())?;
            tx.commit_unversioned().await.map_err(|e| e.to_string())?;
            eprintln!("token {id} revoked");
        }
    }
    Ok(())
}
