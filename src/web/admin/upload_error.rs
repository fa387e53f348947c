//! Why an upload was not taken, as a value (`UploadError`) the upload page says in the
//! reader's language: the importer's and the converter's errors are sorted into these kinds
//! once, at the edge (`http::admin::import`), and the page never shows their English text.
//! Each kind knows the form field at fault (the page marks it) and its HTTP status.

use crate::convert::{ConvertError, Office};
use crate::import::ImportError;
use crate::plan::Lang;

/// Why an upload was not taken; the parameters are what a sentence about it needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum UploadError {
    /// The request is not the upload form.
    NotAForm,
    NoFile,
    NoOrg,
    BadYear,
    /// Larger than the upload limit (in MiB).
    TooLarge {
        mib: usize,
    },
    /// An office file LibreOffice would convert, but the server has no LibreOffice.
    NeedsConversion(Office),
    /// LibreOffice was there and could not convert it.
    ConversionFailed(Office),
    ConversionTimedOut {
        seconds: u64,
    },
    Pdf,
    /// A format the importer does not read (an image, an archive, …).
    WrongFile,
    Damaged,
    Encrypted,
    /// Text in an encoding the importer cannot tell.
    NotText,
    /// A damaged calendar file, at its own line.
    CalendarLine {
        line: usize,
    },
    /// Readable, but no table or list of events in it.
    NoPlan,
    /// Something on the server's side.
    Internal,
}

impl UploadError {
    /// The importer's error as a kind (its English text is for the API and the log).
    pub(crate) fn of_import(e: &ImportError, limit_bytes: usize) -> UploadError {
        match e {
            ImportError::UnsupportedFormat(_) => UploadError::WrongFile,
            ImportError::Corrupt(_) => UploadError::Damaged,
            ImportError::Encrypted => UploadError::Encrypted,
            ImportError::TooLarge(_) => UploadError::TooLarge {
                mib: mib(limit_bytes),
            },
            ImportError::InvalidText(_) => UploadError::NotText,
            ImportError::CalendarLine { line, .. } => UploadError::CalendarLine { line: *line },
            ImportError::NoPlan(_) => UploadError::NoPlan,
        }
    }

    pub(crate) fn of_conversion(e: &ConvertError, kind: Office, limit_bytes: usize) -> UploadError {
        match e {
            ConvertError::TimedOut { seconds } => {
                UploadError::ConversionTimedOut { seconds: *seconds }
            }
            ConvertError::TooLarge { .. } => UploadError::TooLarge {
                mib: mib(limit_bytes),
            },
            ConvertError::Failed(_) => UploadError::ConversionFailed(kind),
        }
    }

    /// The form field at fault, if one is.
    pub(crate) fn field(&self) -> &'static str {
        match self {
            UploadError::NoOrg => "org",
            UploadError::BadYear => "year",
            UploadError::NotAForm | UploadError::Internal => "",
            _ => "file",
        }
    }

    /// 400 for a form filled wrong, 413 too large, 415 a kind of file not read, 422 a file
    /// of the right kind that holds no readable plan, 500 the server's fault.
    pub(crate) fn status(&self) -> u16 {
        match self {
            UploadError::NotAForm | UploadError::NoFile | UploadError::NoOrg => 400,
            UploadError::BadYear => 400,
            UploadError::TooLarge { .. } => 413,
            UploadError::NeedsConversion(_) | UploadError::Pdf | UploadError::WrongFile => 415,
            UploadError::Internal => 500,
            _ => 422,
        }
    }

    /// The sentence the page shows, in `lang`.
    pub(crate) fn message(&self, lang: Lang) -> String {
        let w = words(lang);
        match self {
            UploadError::NotAForm => w.not_a_form.into(),
            UploadError::NoFile => w.no_file.into(),
            UploadError::NoOrg => w.no_org.into(),
            UploadError::BadYear => w.bad_year.into(),
            UploadError::TooLarge { mib } => format!("{} {mib} {}", w.too_large, w.mib),
            UploadError::NeedsConversion(kind) => {
                format!("{} {}", w.kind_of(*kind), w.needs_conversion(*kind))
            }
            UploadError::ConversionFailed(kind) => {
                format!("{} {}", w.kind_of(*kind), w.conversion_failed(*kind))
            }
            UploadError::ConversionTimedOut { seconds } => {
                format!("{} {seconds} {}", w.timed_out, w.timed_out_rest)
            }
            UploadError::Pdf => w.pdf.into(),
            UploadError::WrongFile => w.wrong_file.into(),
            UploadError::Damaged => w.damaged.into(),
            UploadError::Encrypted => w.encrypted.into(),
            UploadError::NotText => w.not_text.into(),
            UploadError::CalendarLine { line } => format!("{} {line}.", w.calendar_line),
            UploadError::NoPlan => w.no_plan.into(),
            UploadError::Internal => w.internal.into(),
        }
    }
}

fn mib(bytes: usize) -> usize {
    (bytes + (1 << 19)) >> 20
}

/// The sentences, one table per language.
pub(crate) struct UploadWords {
    pub heading: &'static str,
    not_a_form: &'static str,
    no_file: &'static str,
    no_org: &'static str,
    bad_year: &'static str,
    too_large: &'static str,
    mib: &'static str,
    /// "This is an old Word 97–2003 document (.doc)." per kind: doc, rtf, odt, xls.
    kinds: [&'static str; 4],
    /// No LibreOffice: what to do with a text document, and with a workbook.
    convert_doc: &'static str,
    convert_xls: &'static str,
    failed_doc: &'static str,
    failed_xls: &'static str,
    timed_out: &'static str,
    timed_out_rest: &'static str,
    pdf: &'static str,
    wrong_file: &'static str,
    damaged: &'static str,
    encrypted: &'static str,
    not_text: &'static str,
    calendar_line: &'static str,
    no_plan: &'static str,
    internal: &'static str,
    /// "You sent": before the file's name.
    pub sent: &'static str,
}

impl UploadWords {
    fn kind_of(&self, kind: Office) -> &'static str {
        self.kinds[match kind {
            Office::Doc => 0,
            Office::Rtf => 1,
            Office::Odt => 2,
            Office::Xls => 3,
        }]
    }

    fn needs_conversion(&self, kind: Office) -> &'static str {
        match kind {
            Office::Xls => self.convert_xls,
            _ => self.convert_doc,
        }
    }

    fn conversion_failed(&self, kind: Office) -> &'static str {
        match kind {
            Office::Xls => self.failed_xls,
            _ => self.failed_doc,
        }
    }
}

const RU: UploadWords = UploadWords {
    heading: "Файл не принят",
    not_a_form: "Отправьте форму загрузки с этой страницы.",
    no_file: "Выберите файл плана.",
    no_org: "Выберите организацию, которой принадлежит план, или впишите новую.",
    bad_year: "Учебный год пишется так: 2025-2026.",
    too_large: "Файл слишком большой: предельный размер",
    mib: "MiB.",
    kinds: [
        "Это документ старого формата Word 97–2003 (.doc).",
        "Это документ RTF (.rtf).",
        "Это документ OpenDocument (.odt).",
        "Это книга старого формата Excel 97–2003 (.xls).",
    ],
    convert_doc: "На сервере не установлен LibreOffice, который переводит такие файлы, поэтому прочитать его нельзя. Откройте файл в Word или LibreOffice, сохраните как «Документ Word (.docx)» и загрузите снова.",
    convert_xls: "На сервере не установлен LibreOffice, который переводит такие файлы, поэтому прочитать её нельзя. Откройте файл в Excel или LibreOffice, сохраните как «Книга Excel (.xlsx)» и загрузите снова.",
    failed_doc: "LibreOffice не смог его преобразовать. Откройте файл в Word или LibreOffice, сохраните как «Документ Word (.docx)» и загрузите снова.",
    failed_xls: "LibreOffice не смог её преобразовать. Откройте файл в Excel или LibreOffice, сохраните как «Книга Excel (.xlsx)» и загрузите снова.",
    timed_out: "Преобразование файла длилось дольше",
    timed_out_rest: "с и было остановлено. Сохраните файл как .docx и загрузите снова.",
    pdf: "Это PDF: в нём нарисованный текст, а не таблица плана, и прочитать мероприятия из него нельзя. Загрузите документ, из которого сделан PDF (Word .docx или Excel .xlsx). Если есть только PDF, откройте его в Word, сохраните как .docx, проверьте таблицу и загрузите .docx.",
    wrong_file: "Этот файл не похож на план. Принимаются документы Word (.docx), таблицы (.xlsx, .ods, .csv), текст (.txt) и календари (.ics).",
    damaged: "Файл повреждён и не читается. Сохраните его заново и загрузите снова.",
    encrypted: "Документ защищён паролем. Сохраните его без пароля и загрузите снова.",
    not_text: "Не удалось прочитать текст файла (неизвестная кодировка). Сохраните его в кодировке UTF-8 или как .docx.",
    calendar_line: "Файл календаря повреждён, строка",
    no_plan: "В файле не найдено ни таблицы, ни списка мероприятий. Проверьте, тот ли это файл.",
    internal: "На сервере произошла ошибка. Попробуйте ещё раз через минуту.",
    sent: "Отправленный файл",
};

const VI: UploadWords = UploadWords {
    heading: "Không nhận tệp",
    not_a_form: "Hãy gửi biểu mẫu tải lên từ trang này.",
    no_file: "Hãy chọn tệp kế hoạch.",
    no_org: "Hãy chọn đơn vị sở hữu kế hoạch, hoặc nhập một đơn vị mới.",
    bad_year: "Năm học viết như sau: 2025-2026.",
    too_large: "Tệp quá lớn: kích thước tối đa",
    mib: "MiB.",
    kinds: [
        "Đây là tài liệu Word 97–2003 định dạng cũ (.doc).",
        "Đây là tài liệu RTF (.rtf).",
        "Đây là tài liệu OpenDocument (.odt).",
        "Đây là bảng tính Excel 97–2003 định dạng cũ (.xls).",
    ],
    convert_doc: "Máy chủ chưa cài LibreOffice để chuyển đổi loại tệp này, nên không đọc được. Hãy mở tệp bằng Word hoặc LibreOffice, lưu thành «Tài liệu Word (.docx)» rồi tải lên lại.",
    convert_xls: "Máy chủ chưa cài LibreOffice để chuyển đổi loại tệp này, nên không đọc được. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu thành «Sổ làm việc Excel (.xlsx)» rồi tải lên lại.",
    failed_doc: "LibreOffice không chuyển đổi được tệp. Hãy mở tệp bằng Word hoặc LibreOffice, lưu thành «Tài liệu Word (.docx)» rồi tải lên lại.",
    failed_xls: "LibreOffice không chuyển đổi được tệp. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu thành «Sổ làm việc Excel (.xlsx)» rồi tải lên lại.",
    timed_out: "Việc chuyển đổi tệp kéo dài quá",
    timed_out_rest: "giây và đã bị dừng. Hãy lưu tệp thành .docx rồi tải lên lại.",
    pdf: "Đây là tệp PDF: trong đó là chữ được vẽ, không phải bảng kế hoạch, nên không đọc được các hoạt động. Hãy tải lên tài liệu gốc đã tạo ra PDF (Word .docx hoặc Excel .xlsx). Nếu chỉ có PDF, hãy mở bằng Word, lưu thành .docx, kiểm tra bảng rồi tải .docx lên.",
    wrong_file: "Tệp này không giống một kế hoạch. Nhận tài liệu Word (.docx), bảng tính (.xlsx, .ods, .csv), văn bản (.txt) và lịch (.ics).",
    damaged: "Tệp bị hỏng, không đọc được. Hãy lưu lại tệp rồi tải lên lại.",
    encrypted: "Tài liệu có mật khẩu. Hãy lưu không mật khẩu rồi tải lên lại.",
    not_text: "Không đọc được chữ trong tệp (không rõ bảng mã). Hãy lưu tệp với bảng mã UTF-8 hoặc thành .docx.",
    calendar_line: "Tệp lịch bị hỏng, dòng",
    no_plan: "Không tìm thấy bảng hay danh sách hoạt động nào trong tệp. Hãy kiểm tra lại có đúng tệp không.",
    internal: "Máy chủ gặp lỗi. Hãy thử lại sau một phút.",
    sent: "Tệp đã gửi",
};

const EN: UploadWords = UploadWords {
    heading: "The file was not taken",
    not_a_form: "Send the upload form from this page.",
    no_file: "Choose a plan file.",
    no_org: "Choose the organization the plan belongs to, or name a new one.",
    bad_year: "Write the school year like this: 2025-2026.",
    too_large: "The file is too large: the limit is",
    mib: "MiB.",
    kinds: [
        "This is an old Word 97–2003 document (.doc).",
        "This is an RTF document (.rtf).",
        "This is an OpenDocument text (.odt).",
        "This is an old Excel 97–2003 workbook (.xls).",
    ],
    convert_doc: "The server has no LibreOffice to convert such files, so it cannot be read. Open it in Word or LibreOffice, save it as a Word document (.docx) and upload that.",
    convert_xls: "The server has no LibreOffice to convert such files, so it cannot be read. Open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx) and upload that.",
    failed_doc: "LibreOffice could not convert it. Open it in Word or LibreOffice, save it as a Word document (.docx) and upload that.",
    failed_xls: "LibreOffice could not convert it. Open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx) and upload that.",
    timed_out: "Converting the file took longer than",
    timed_out_rest: "s and was stopped. Save it as .docx and upload that.",
    pdf: "This is a PDF: it holds drawn text, not the plan's table, so its events cannot be read. Upload the document the PDF was made from (Word .docx or Excel .xlsx). If you only have the PDF, open it in Word, save it as .docx, check the table and upload the .docx.",
    wrong_file: "This file does not look like a plan. Word documents (.docx), sheets (.xlsx, .ods, .csv), text (.txt) and calendars (.ics) are taken.",
    damaged: "The file is damaged and cannot be read. Save it again and upload it again.",
    encrypted: "The document is password-protected. Save it without a password and upload it again.",
    not_text: "The file's text cannot be read (unknown encoding). Save it as UTF-8 or as .docx.",
    calendar_line: "The calendar file is damaged at line",
    no_plan: "No table or list of events was found in the file. Check that it is the right file.",
    internal: "The server ran into an error. Try again in a minute.",
    sent: "File sent",
};

pub(crate) fn words(lang: Lang) -> &'static UploadWords {
    match lang {
        Lang::Ru => &RU,
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_old_word_file_without_libreoffice_is_explained_in_the_readers_language() {
        let e = UploadError::NeedsConversion(Office::Doc);
        let ru = e.message(Lang::Ru);
        assert!(ru.starts_with("Это документ старого формата Word 97–2003 (.doc)."));
        assert!(ru.contains("LibreOffice") && ru.contains(".docx"));
        assert!(!ru.contains("open it"), "{ru}");
        assert!(e.message(Lang::Vi).starts_with("Đây là tài liệu Word"));
        assert_eq!(e.status(), 415);
        assert_eq!(e.field(), "file");
    }

    #[test]
    fn every_kind_is_a_sentence_in_each_language() {
        let kinds = [
            UploadError::NotAForm,
            UploadError::NoFile,
            UploadError::NoOrg,
            UploadError::BadYear,
            UploadError::TooLarge { mib: 20 },
            UploadError::NeedsConversion(Office::Xls),
            UploadError::ConversionFailed(Office::Rtf),
            UploadError::ConversionTimedOut { seconds: 60 },
            UploadError::Pdf,
            UploadError::WrongFile,
            UploadError::Damaged,
            UploadError::Encrypted,
            UploadError::NotText,
            UploadError::CalendarLine { line: 7 },
            UploadError::NoPlan,
            UploadError::Internal,
        ];
        for lang in [Lang::Ru, Lang::Vi, Lang::En] {
            for k in &kinds {
                let text = k.message(lang);
                assert!(text.ends_with('.'), "{lang:?} {k:?}: {text}");
            }
        }
        // Russian sentences carry no English words but the names of programs and formats.
        for k in &kinds {
            let ru = k.message(Lang::Ru);
            for english in ["the ", "file", "open", "save", "upload"] {
                assert!(!ru.contains(english), "{k:?}: {ru}");
            }
        }
        assert_eq!(
            UploadError::of_import(&ImportError::TooLarge("x".into()), 20 << 20),
            UploadError::TooLarge { mib: 20 }
        );
        assert_eq!(UploadError::NoOrg.field(), "org");
    }
}
