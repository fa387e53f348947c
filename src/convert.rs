//! Office files the importer does not read — old Word (.doc), RTF, OpenDocument text (.odt)
//! and old Excel (.xls) — turned into ones it does (.docx, .xlsx) by LibreOffice, when the
//! server has it (`soffice` on the PATH). PDF is recognised only to be explained: a PDF
//! holds drawn text, not the plan's table.
//!
//! Outsiders' bytes go to another program, so everything about the run is bounded: the
//! file is written into a directory of its own (removed afterwards, whatever happened),
//! LibreOffice runs headless with a profile in that directory (two conversions at once do
//! not share one), in a process group of its own that is killed whole when the run takes
//! longer than `timeout`, and its output is read only up to `max_bytes`. Which kind a file
//! is comes from its first bytes, not its name (a .doc renamed .docx is still a .doc).

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A file kind LibreOffice can turn into one the importer reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Office {
    /// Word 97–2003 (.doc).
    Doc,
    Rtf,
    /// OpenDocument text (.odt).
    Odt,
    /// Excel 97–2003 (.xls).
    Xls,
}

impl Office {
    /// The extension the file is known by.
    pub fn extension(self) -> &'static str {
        match self {
            Office::Doc => "doc",
            Office::Rtf => "rtf",
            Office::Odt => "odt",
            Office::Xls => "xls",
        }
    }

    /// What LibreOffice writes for it: the format the importer reads.
    pub fn target(self) -> &'static str {
        match self {
            Office::Xls => "xlsx",
            _ => "docx",
        }
    }
}

/// What a file's first bytes say it is, when it is one of the kinds the importer does not
/// read itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Foreign {
    Office(Office),
    Pdf,
}

const OLE2: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
const ODT_MIME: &[u8] = b"mimetypeapplication/vnd.oasis.opendocument.text";

/// Sniffs `bytes`: PDF, RTF, an OpenDocument text, or an OLE2 file that is an old Word or
/// Excel file (not an encrypted OOXML package, which the importer explains itself).
pub fn foreign_kind(bytes: &[u8]) -> Option<Foreign> {
    if bytes.starts_with(b"%PDF-") {
        return Some(Foreign::Pdf);
    }
    if bytes.starts_with(b"{\\rtf") {
        return Some(Foreign::Office(Office::Rtf));
    }
    if bytes.starts_with(b"PK\x03\x04") && contains(&bytes[..bytes.len().min(200)], ODT_MIME) {
        return Some(Foreign::Office(Office::Odt));
    }
    if !bytes.starts_with(OLE2) || contains_utf16(bytes, "EncryptedPackage") {
        return None;
    }
    if contains_utf16(bytes, "Workbook") || contains_utf16(bytes, "Book") {
        return Some(Foreign::Office(Office::Xls));
    }
    Some(Foreign::Office(Office::Doc))
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn contains_utf16(haystack: &[u8], needle: &str) -> bool {
    let needle: Vec<u8> = needle.encode_utf16().flat_map(u16::to_le_bytes).collect();
    contains(haystack, &needle)
}

/// Why a conversion gave nothing.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ConvertError {
    #[error("LibreOffice took longer than {seconds} s and was stopped")]
    TimedOut { seconds: u64 },
    #[error("LibreOffice wrote more than {limit} bytes")]
    TooLarge { limit: usize },
    #[error("LibreOffice could not convert the file: {0}")]
    Failed(String),
}

/// LibreOffice as found on this server, with the bounds of one run.
#[derive(Clone, Debug)]
pub struct Converter {
    pub program: PathBuf,
    pub timeout: Duration,
    pub max_bytes: usize,
}

/// How long one conversion may take.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// Why a file cannot go to the importer as it is.
#[derive(Debug, PartialEq, Eq)]
pub enum NotReadable {
    /// A PDF: drawn text, not the plan's table.
    Pdf,
    /// An office file to convert, and no LibreOffice on the server.
    NeedsConversion(Office),
    /// LibreOffice could not convert it.
    Conversion(Office, ConvertError),
}

/// `bytes` (named `file_name`) as a file the importer reads, and its name: the bytes
/// themselves, or an office file converted by `converter` ("plan.doc" becomes
/// "plan.docx"). The one step the upload page and `POST /api/v1/imports` share; blocking.
///
/// # Errors
///
/// `NotReadable` for a PDF, an office file without a converter, a failed conversion.
pub fn readable(
    bytes: Vec<u8>,
    file_name: &str,
    converter: Option<&Converter>,
) -> Result<(Vec<u8>, String), NotReadable> {
    match foreign_kind(&bytes) {
        None => Ok((bytes, file_name.to_string())),
        Some(Foreign::Pdf) => Err(NotReadable::Pdf),
        Some(Foreign::Office(kind)) => {
            let converter = converter.ok_or(NotReadable::NeedsConversion(kind))?;
            let converted = converter
                .convert(&bytes, kind)
                .map_err(|e| NotReadable::Conversion(kind, e))?;
            let stem = file_name.rsplit_once('.').map_or(file_name, |(s, _)| s);
            Ok((converted, format!("{stem}.{}", kind.target())))
        }
    }
}

impl Converter {
    /// The program the settings name (`soffice`), if it is there; else LibreOffice on the
    /// PATH, if the server has it.
    pub fn configured(program: &str, max_bytes: usize) -> Option<Converter> {
        let program = program.trim();
        if program.is_empty() {
            return Converter::find(max_bytes);
        }
        let program = PathBuf::from(program);
        program.is_file().then_some(Converter {
            program,
            timeout: DEFAULT_TIMEOUT,
            max_bytes,
        })
    }

    /// `soffice` (or `libreoffice`) on the PATH, if the server has it.
    pub fn find(max_bytes: usize) -> Option<Converter> {
        let path = std::env::var_os("PATH")?;
        let program = std::env::split_paths(&path)
            .flat_map(|dir| ["soffice", "libreoffice"].map(|name| dir.join(name)))
            .find(|candidate| candidate.is_file())?;
        Some(Converter {
            program,
            timeout: DEFAULT_TIMEOUT,
            max_bytes,
        })
    }

    /// Converts `bytes` of kind `kind`; blocking (run it off the async workers).
    ///
    /// # Errors
    ///
    /// `ConvertError` when LibreOffice fails, takes too long or writes too much.
    pub fn convert(&self, bytes: &[u8], kind: Office) -> Result<Vec<u8>, ConvertError> {
        let dir = WorkDir::new().map_err(failed)?;
        let input = dir.0.join(format!("plan.{}", kind.extension()));
        std::fs::write(&input, bytes).map_err(failed)?;
        let out = dir.0.join("out");
        let mut child = self
            .command(&dir.0, &out, &input, kind)
            .spawn()
            .map_err(failed)?;
        self.wait(&mut child)?;
        let written = out.join(format!("plan.{}", kind.target()));
        let file = std::fs::File::open(&written)
            .map_err(|_| ConvertError::Failed("it wrote no file".into()))?;
        let mut data = Vec::new();
        file.take(self.max_bytes as u64 + 1)
            .read_to_end(&mut data)
            .map_err(failed)?;
        if data.len() > self.max_bytes {
            return Err(ConvertError::TooLarge {
                limit: self.max_bytes,
            });
        }
        Ok(data)
    }

    fn command(&self, dir: &Path, out: &Path, input: &Path, kind: Office) -> Command {
        use std::os::unix::process::CommandExt;
        let mut cmd = Command::new(&self.program);
        cmd.arg("--headless")
            .arg("--norestore")
            .arg("--nolockcheck")
            .arg(format!(
                "-env:UserInstallation=file://{}",
                dir.join("profile").display()
            ))
            .arg("--convert-to")
            .arg(kind.target())
            .arg("--outdir")
            .arg(out)
            .arg(input)
            .current_dir(dir)
            .env("HOME", dir)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            // A group of its own: LibreOffice starts helpers, and a timeout kills them all.
            .process_group(0);
        cmd
    }

    fn wait(&self, child: &mut Child) -> Result<(), ConvertError> {
        let started = Instant::now();
        loop {
            match child.try_wait().map_err(failed)? {
                Some(status) if status.success() => return Ok(()),
                Some(status) => return Err(ConvertError::Failed(format!("exit {status}"))),
                None if started.elapsed() >= self.timeout => {
                    kill_group(child);
                    return Err(ConvertError::TimedOut {
                        seconds: self.timeout.as_secs(),
                    });
                }
                None => std::thread::sleep(Duration::from_millis(50)),
            }
        }
    }
}

fn kill_group(child: &mut Child) {
    if let Ok(pid) = i32::try_from(child.id()) {
        // SAFETY: kill(2) with a negative pid signals the process group the child leads;
        // it touches no memory of ours.
        unsafe {
            libc::kill(-pid, libc::SIGKILL);
        }
    }
    let _ = child.kill();
    let _ = child.wait();
}

fn failed(e: impl std::fmt::Display) -> ConvertError {
    ConvertError::Failed(e.to_string())
}

/// A directory of one conversion's own, removed when dropped.
struct WorkDir(PathBuf);

impl WorkDir {
    fn new() -> std::io::Result<WorkDir> {
        let dir = std::env::temp_dir().join(format!("plancal-convert-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir(&dir)?;
        Ok(WorkDir(dir))
    }
}

impl Drop for WorkDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_known_by_their_first_bytes() {
        assert_eq!(foreign_kind(b"%PDF-1.7 ..."), Some(Foreign::Pdf));
        assert_eq!(
            foreign_kind(b"{\\rtf1\\ansi ..."),
            Some(Foreign::Office(Office::Rtf))
        );
        let mut odt = b"PK\x03\x04".to_vec();
        odt.extend_from_slice(&[0; 26]);
        odt.extend_from_slice(ODT_MIME);
        assert_eq!(foreign_kind(&odt), Some(Foreign::Office(Office::Odt)));
        let mut doc = OLE2.to_vec();
        doc.extend_from_slice(&[0; 64]);
        assert_eq!(foreign_kind(&doc), Some(Foreign::Office(Office::Doc)));
        let mut xls = doc.clone();
        xls.extend("Workbook".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(foreign_kind(&xls), Some(Foreign::Office(Office::Xls)));
        let mut locked = doc.clone();
        locked.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(foreign_kind(&locked), None, "the importer explains these");
        assert_eq!(foreign_kind(b"PK\x03\x04 a docx"), None);
        assert_eq!(foreign_kind("Сентябрь\tЭкскурсия".as_bytes()), None);
    }

    fn script(dir: &Path, body: &str) -> PathBuf {
        use std::os::unix::fs::PermissionsExt;
        let path = dir.join("soffice");
        std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        path
    }

    fn converter(program: PathBuf, timeout_ms: u64) -> Converter {
        Converter {
            program,
            timeout: Duration::from_millis(timeout_ms),
            max_bytes: 64,
        }
    }

    #[test]
    fn a_conversion_reads_what_libreoffice_wrote_and_leaves_no_directory() {
        let tmp = tempfile::tempdir().unwrap();
        // Writes "<outdir>/plan.docx" as LibreOffice does: the last argument names the input.
        let fake = script(
            tmp.path(),
            r#"while [ "$1" != "--outdir" ]; do shift; done; mkdir -p "$2"; printf converted > "$2/plan.docx""#,
        );
        let out = converter(fake, 5_000).convert(b"old", Office::Doc);
        assert_eq!(out.as_deref(), Ok(&b"converted"[..]));
    }

    #[test]
    fn a_conversion_that_hangs_is_stopped_and_one_that_writes_too_much_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let slow = script(tmp.path(), "sleep 30");
        let started = Instant::now();
        let err = converter(slow, 300).convert(b"old", Office::Rtf);
        assert_eq!(err, Err(ConvertError::TimedOut { seconds: 0 }));
        assert!(started.elapsed() < Duration::from_secs(5));
        let big = tempfile::tempdir().unwrap();
        let fake = script(
            big.path(),
            r#"while [ "$1" != "--outdir" ]; do shift; done; mkdir -p "$2"; head -c 1000 /dev/zero > "$2/plan.docx""#,
        );
        let err = converter(fake, 5_000).convert(b"old", Office::Odt);
        assert_eq!(err, Err(ConvertError::TooLarge { limit: 64 }));
        let failing = script(big.path(), "exit 3");
        assert!(matches!(
            converter(failing, 5_000).convert(b"old", Office::Doc),
            Err(ConvertError::Failed(_))
        ));
    }
}
