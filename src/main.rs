//! The `plancal` command line: parses arguments and hands over to the library.

use std::io::{BufRead, BufWriter, IsTerminal, Write};
use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, bail};
use clap::{Parser, Subcommand, ValueEnum};
use plancal::commands::import::{Upload, import_plan};
use plancal::config::{LogFormat, Overrides, Settings, redact_url};
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
        listen: Option<SocketAddr>,
    },
    /// Applies database migrations.
    Migrate,
    /// Imports plan files (DOCX, TXT, CSV, XLSX, ODS); a folder imports every file in it.
    Import {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The owner organization's slug; created when new, named as the plan names its owner.
        #[arg(long, value_parser = Slug::parse)]
        org: Slug,
        /// The academic year, e.g. 2025-2026 (default: the one written in the plan).
        #[arg(long, value_parser = AcademicYear::parse)]
        year: Option<AcademicYear>,
        /// Parse and show, store nothing.
        #[arg(long)]
        dry_run: bool,
        /// Print the plan document(s) as JSON.
        #[arg(long)]
        json: bool,
        /// The class the plan is for ("5А": a class teacher's plan); its events that name
        /// no audience concern that class.
        #[arg(long)]
        class: Option<String>,
    },
    /// Normalises timing texts to JSON lines (TIMING.md); no TEXT reads stdin line by line.
    Timing {
        /// The academic year (default: the current one).
        #[arg(long, value_parser = AcademicYear::parse)]
        year: Option<AcademicYear>,
        /// The language of the texts; auto tells it from each text.
        #[arg(long, value_enum, default_value_t = LangArg::Auto)]
        lang: LangArg,
        /// List the timing rules (name, trigger words, when each applies, examples) instead.
        #[arg(long)]
        rules: bool,
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
        #[arg(long, value_enum, default_value_t = KindArg::Admin)]
        kind: KindArg,
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

/// `--lang`: a plan language, or auto.
#[derive(Clone, Copy, Debug, ValueEnum)]
enum LangArg {
    Ru,
    Vi,
    En,
    Auto,
}

impl LangArg {
    fn lang(self) -> Option<Lang> {
        match self {
            LangArg::Ru => Some(Lang::Ru),
            LangArg::Vi => Some(Lang::Vi),
            LangArg::En => Some(Lang::En),
            LangArg::Auto => None,
        }
    }
}

/// `--kind` of a new token; the store's `TokenKind` stays free of clap.
#[derive(Clone, Copy, Debug, ValueEnum)]
enum KindArg {
    Admin,
    Feed,
}

impl From<KindArg> for TokenKind {
    fn from(kind: KindArg) -> Self {
        match kind {
            KindArg::Admin => TokenKind::Admin,
            KindArg::Feed => TokenKind::Feed,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let listen = match &cli.command {
        Command::Serve { listen } => *listen,
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
    if let Command::Timing {
        year,
        lang,
        rules,
        texts,
    } = &cli.command
    {
        if *rules {
            print!("{}", timing::describe_rules());
            return ExitCode::SUCCESS;
        }
        // Pure and streaming: no runtime, no database.
        return report(run_timing(*year, lang.lang(), texts));
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

fn report(result: anyhow::Result<()>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // `{:#}` prints the context chain on one line: "cannot open …: cause".
            eprintln!("plancal: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn init_logs(settings: &Settings, serving: bool) {
    let default = if serving { "info" } else { "warn" };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    // Colour escapes only for a person at a terminal, never into a file or a collector.
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(std::io::stderr);
    let _ = match settings.log_format {
        LogFormat::Json => builder.json().try_init(),
        LogFormat::Text => builder.try_init(),
    };
}

async fn open_store(settings: &Settings) -> anyhow::Result<Store> {
    let url = redact_url(&settings.database_url);
    let store = Store::connect(&settings.database_url, settings.max_connections)
        .await
        .with_context(|| format!("cannot open the database {url}"))?;
    store
        .migrate()
        .await
        .with_context(|| format!("cannot migrate the database {url}"))?;
    Ok(store)
}

async fn run(command: Command, settings: Settings) -> anyhow::Result<()> {
    match command {
        Command::Serve { .. } => serve(settings).await,
        Command::Migrate => {
            open_store(&settings).await?;
            println!(
                "database {} is up to date",
                redact_url(&settings.database_url)
            );
            Ok(())
        }
        Command::Import {
            files,
            org,
            year,
            dry_run,
            json,
            class,
        } => run_import(&settings, &files, (org, class), year, dry_run, json).await,
        Command::Export { feed, out, private } => {
            let store = open_store(&settings).await?;
            let request = feeds::FeedRequest::parse_path(&feed)?;
            let cx = feeds::RenderContext {
                settings: &settings,
                private,
                today: None,
                source_url: None,
                rows: None,
            };
            let rendered = feeds::render_feed(&store, &request, &cx)
                .await
                .with_context(|| format!("feed {feed}"))?;
            match out {
                Some(path) => std::fs::write(&path, &rendered.body)
                    .with_context(|| format!("writing {}", path.display()))?,
                None => std::io::stdout()
                    .write_all(&rendered.body)
                    .context("writing to stdout")?,
            }
            Ok(())
        }
        Command::Token { action } => run_token(&settings, action).await,
        Command::Timing { .. } => Ok(()),
    }
}

async fn serve(settings: Settings) -> anyhow::Result<()> {
    let store = open_store(&settings).await?;
    let listen = settings.listen;
    let listener =
        TcpListener::bind(listen).with_context(|| format!("cannot listen on {listen}"))?;
    tracing::info!(%listen, database = store.backend(), "plancal is serving");
    // Partners' published calendars the organizations follow, fetched on their schedules.
    tokio::spawn(plancal::sources::follow(
        store.clone(),
        settings.sources.clone(),
    ));
    let state = AppState::new(store.clone(), settings);
    http::serve(listener, state)
        .with_context(|| format!("cannot start the server on {listen}"))?
        .await
        .context("the server stopped")?;
    store.close().await;
    Ok(())
}

fn run_timing(
    year: Option<AcademicYear>,
    lang: Option<Lang>,
    texts: &[String],
) -> anyhow::Result<()> {
    let year = year.unwrap_or_else(|| AcademicYear::containing(chrono::Local::now().date_naive()));
    let ctx = Context::new(year).with_lang(lang);
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut emit = |text: &str| -> anyhow::Result<()> {
        serde_json::to_writer(&mut out, &timing::normalise(text, &ctx))
            .context("writing to stdout")?;
        out.write_all(b"\n").context("writing to stdout")
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
                .context("reading stdin")?;
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
    out.flush().context("writing to stdout")
}

/// Files named on the command line, with folders expanded to the files in them.
fn expand(files: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for path in files {
        if path.is_dir() {
            let mut inside: Vec<PathBuf> = std::fs::read_dir(path)
                .with_context(|| path.display().to_string())?
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
) -> anyhow::Result<plancal::plan::PlanDocument> {
    let shown = || path.display().to_string();
    let size = std::fs::metadata(path).with_context(shown)?.len();
    if size > options.limits.max_file_bytes as u64 {
        bail!(
            "{}: the file is {size} bytes; the limit is {} bytes",
            path.display(),
            options.limits.max_file_bytes
        );
    }
    let bytes = std::fs::read(path).with_context(shown)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let mut doc = import::parse(&bytes, &name, options).with_context(shown)?;
    doc.place_warnings();
    Ok(doc)
}

async fn run_import(
    settings: &Settings,
    files: &[PathBuf],
    (org, class): (Slug, Option<String>),
    year: Option<AcademicYear>,
    dry_run: bool,
    json: bool,
) -> anyhow::Result<()> {
    let files = expand(files)?;
    // A plan for one class: its events that name nobody concern that class.
    let for_class = |mut doc: plancal::plan::PlanDocument| {
        if class.is_some() {
            let lang = doc.lang.unwrap_or(plancal::plan::Lang::Ru);
            plancal::plan::audience::set_class(&mut doc, class.as_deref(), lang);
        }
        doc
    };
    let options = ImportOptions {
        org,
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
        let result = match read_plan_file(path, &options).map(for_class) {
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
                Some(bar) => bar.println(format!("error: {e:#}")),
                None => eprintln!("error: {e:#}"),
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
        .context("the plan as JSON")?;
        println!(
            "{}",
            serde_json::to_string_pretty(&value).context("the plan as JSON")?
        );
    }
    match failures {
        0 => Ok(()),
        n => bail!("{n} of {} file(s) could not be imported", files.len()),
    }
}

async fn store_import(
    store: &Store,
    doc: &plancal::plan::PlanDocument,
    path: &Path,
    json: bool,
) -> anyhow::Result<Option<plancal::plan::PlanDocument>> {
    let shown = || path.display().to_string();
    let imported = import_plan(store, doc, Upload::Direct)
        .await
        .with_context(shown)?;
    let (outcome, stored) = (imported.outcome, imported.plan);
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
        } else if outcome.org != doc.org {
            println!(
                "  stored in the existing organization {:?} ({}), which {} now leads to",
                doc.owner_name.as_deref().unwrap_or(&doc.title),
                outcome.org,
                doc.org
            );
        }
    }
    Ok(stored)
}

/// Each warning with where it points ("No. 8, timing: …": the plan's own number, counted
/// as the preview page and the API count, `ImportWarning::place`), so a person can fix the
/// file.
fn print_warnings(doc: &plancal::plan::PlanDocument) {
    for w in &doc.warnings {
        let row = w
            .place(&doc.events)
            .map(|p| p.said(plancal::plan::Lang::En));
        let place = match (row, w.column.as_deref()) {
            (Some(r), Some(c)) => format!("{r}, {c}: "),
            (Some(r), None) => format!("{r}: "),
            (None, Some(c)) => format!("{c}: "),
            (None, None) => String::new(),
        };
        println!("  warning: {place}{}", w.message);
    }
}

/// Longest token label, as the API takes it.
const MAX_TOKEN_LABEL: usize = 300;

/// A token's label as `token list` prints it, one line per token: a line break or another
/// control character would forge a line of its own, so it is refused.
fn token_label(label: &str) -> anyhow::Result<&str> {
    let label = label.trim();
    if let Some(c) = label.chars().find(|c| c.is_control()) {
        bail!(
            "--label contains the control character U+{:04X} (a line break or the like); give \
             the label on one line",
            u32::from(c)
        );
    }
    let n = label.chars().count();
    if n > MAX_TOKEN_LABEL {
        bail!("--label is {n} characters long; at most {MAX_TOKEN_LABEL} are kept");
    }
    Ok(label)
}

async fn run_token(settings: &Settings, action: TokenAction) -> anyhow::Result<()> {
    let store = open_store(settings).await?;
    let mut tx = store.begin().await.context("starting a transaction")?;
    match action {
        TokenAction::Create { kind, label, feed } => {
            let label = token_label(&label)?;
            let kind = TokenKind::from(kind);
            let feed = match (kind, feed) {
                (TokenKind::Feed, None) => {
                    bail!("a feed token needs --feed, e.g. orgs/my-school.ics");
                }
                (TokenKind::Feed, Some(f)) => {
                    let request = feeds::FeedRequest::parse_path(&f)?;
                    request
                        .resolve(&mut tx.conn())
                        .await
                        .with_context(|| format!("--feed {f}"))?;
                    Some(request.canonical())
                }
                (TokenKind::Admin, _) => None,
            };
            let (record, secret) = tx
                .conn()
                .create_token(kind, label, feed.as_deref())
                .await
                .context("creating the token")?;
            tx.commit().await.context("storing the token")?;
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
                .context("listing tokens")?
            {
                println!(
                    "{}\t{}\t{}\t{}\t{}",
                    t.id,
                    t.kind.as_str(),
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
                .with_context(|| format!("revoking token {id}"))?;
            tx.commit()
                .await
                .with_context(|| format!("revoking token {id}"))?;
            eprintln!("token {id} revoked");
        }
    }
    Ok(())
}
