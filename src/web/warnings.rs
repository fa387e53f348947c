//! The importer's warnings said in the page's language: each [`WarningKind`] is one
//! sentence per language, with the plan's own words quoted and dates as the calendar says
//! them. A calendar parser's own detail (English, technical) is quoted as it is.

use crate::plan::{CalendarProblem, Lang, WarningKind};
use crate::timing::TimingNote;

use super::dates::day;
use super::i18n::words;

/// What the warning says, in `lang`.
pub fn warning_text(lang: Lang, kind: &WarningKind) -> String {
    match kind {
        WarningKind::TimingEmpty => match lang {
            Lang::Ru => "ячейка сроков пуста".into(),
            Lang::Vi => "ô thời gian để trống".into(),
            Lang::En => "the timing cell is empty".into(),
        },
        WarningKind::Undated { text } => match lang {
            Lang::Ru => format!("в словах «{text}» не найдено даты; мероприятие остаётся без даты"),
            Lang::Vi => format!("không đọc được ngày từ «{text}»; hoạt động chưa có ngày"),
            Lang::En => format!("no date could be read from “{text}”; the event stays undated"),
        },
        WarningKind::Timing { text, note } => {
            let note = note_text(lang, note);
            match lang {
                Lang::Ru => format!("«{text}»: {note}"),
                Lang::Vi => format!("«{text}»: {note}"),
                Lang::En => format!("“{text}”: {note}"),
            }
        }
        WarningKind::YearAssumed { year } => match lang {
            Lang::Ru => format!(
                "в плане не указан год; взят {year} учебный год (год загрузки) — исправьте поле «учебный год», если это не так"
            ),
            Lang::Vi => format!(
                "kế hoạch không ghi năm; lấy năm học {year} (năm tải lên) — sửa ô «năm học» nếu không đúng"
            ),
            Lang::En => format!(
                "the plan names no year; read in {year}, the academic year of the upload — correct the year field if that is wrong"
            ),
        },
        WarningKind::ColumnByContent { header: Some(h) } => match lang {
            Lang::Ru => format!(
                "столбец прочитан по содержимому ячеек: его заголовок «{h}» не называет это поле — проверьте"
            ),
            Lang::Vi => format!(
                "cột được đọc theo nội dung các ô: tiêu đề «{h}» không gọi tên trường này — hãy kiểm tra"
            ),
            Lang::En => format!(
                "column read by what its cells hold: its header “{h}” names no such field — check it"
            ),
        },
        WarningKind::ColumnByContent { header: None } => match lang {
            Lang::Ru => "столбец без заголовка прочитан по содержимому ячеек — проверьте".into(),
            Lang::Vi => "cột không có tiêu đề được đọc theo nội dung các ô — hãy kiểm tra".into(),
            Lang::En => "column with no header read by what its cells hold — check it".into(),
        },
        WarningKind::ColumnsCompete { other } => match lang {
            Lang::Ru => format!(
                "столбец {other} тоже похож на это поле; взят столбец, который называет заголовок"
            ),
            Lang::Vi => format!("cột {other} cũng giống trường này; đã lấy cột mà tiêu đề gọi tên"),
            Lang::En => format!(
                "column {other} reads as this field too; the column its header names was kept"
            ),
        },
        WarningKind::TextCut { what, length, kept } => match lang {
            Lang::Ru => format!("{what}: текст длиной {length} знаков сокращён до первых {kept}"),
            Lang::Vi => format!("{what}: văn bản dài {length} ký tự, chỉ giữ {kept} ký tự đầu"),
            Lang::En => format!("{what} is {length} characters long; the first {kept} are kept"),
        },
        WarningKind::RelayedLeftOut { count } => match lang {
            Lang::Ru => format!(
                "{count} событий пришли в этот календарь из календарей, на которые он подписан; они пропущены, чтобы подписанные друг на друга календари не копировали их бесконечно"
            ),
            Lang::Vi => format!(
                "{count} sự kiện đến từ các lịch mà lịch này theo dõi; chúng được bỏ qua để các lịch theo dõi lẫn nhau không sao chép mãi"
            ),
            Lang::En => format!(
                "{count} events came from calendars this one follows; they are left out, so calendars that follow each other do not copy them for ever"
            ),
        },
        WarningKind::OwnerUnnamed => match lang {
            Lang::Ru => "план не называет организацию, чей он: укажите её название (владельца) перед сохранением".into(),
            Lang::Vi => "kế hoạch không ghi tên đơn vị của mình: hãy nhập tên đơn vị (chủ kế hoạch) trước khi lưu".into(),
            Lang::En => "the plan does not name the organization it belongs to: give its name (the owner) before storing".into(),
        },
        WarningKind::OneEventPlan => match lang {
            Lang::Ru => "в плане нет списка мероприятий: он прочитан как одно мероприятие по своему заголовку, с первыми датами из текста".into(),
            Lang::Vi => "kế hoạch không liệt kê hoạt động: đã đọc thành một sự kiện theo tiêu đề, với thời gian đầu tiên ghi trong văn bản".into(),
            Lang::En => "the plan lists no events: it was read as one event named by its title, at the first dates its text gives".into(),
        },
        WarningKind::Calendar { summary, problem } => {
            let what = calendar_text(lang, problem);
            match lang {
                Lang::Ru => format!("событие «{summary}»: {what}"),
                Lang::Vi => format!("sự kiện «{summary}»: {what}"),
                Lang::En => format!("event “{summary}”: {what}"),
            }
        }
    }
}

/// A reservation about a timing, in `lang`.
fn note_text(lang: Lang, note: &TimingNote) -> String {
    let d = |date| day(lang, date);
    match note {
        TimingNote::NoSuchDay { day, month } => {
            let genitive = month
                .checked_sub(1)
                .and_then(|m0| words(lang).months_genitive.get(m0 as usize))
                .map_or_else(|| month.to_string(), |m| m.to_string());
            match lang {
                Lang::Ru => format!("такой даты нет: {day} {genitive}"),
                Lang::Vi => format!("không có ngày {day}/{month}"),
                Lang::En => format!("there is no {day} {genitive}"),
            }
        }
        TimingNote::EndBeforeStart {
            start,
            end,
            read_as,
        } => match (lang, read_as) {
            (Lang::Ru, Some(f)) => format!(
                "конец ({}) раньше начала ({}); прочитано как {} — похоже на опечатку в годе",
                d(*end),
                d(*start),
                d(*f)
            ),
            (Lang::Ru, None) => format!(
                "конец ({}) раньше начала ({}); даты переставлены",
                d(*end),
                d(*start)
            ),
            (Lang::Vi, Some(f)) => format!(
                "ngày kết thúc ({}) trước ngày bắt đầu ({}); đọc là {} — có lẽ gõ nhầm năm",
                d(*end),
                d(*start),
                d(*f)
            ),
            (Lang::Vi, None) => format!(
                "ngày kết thúc ({}) trước ngày bắt đầu ({}); đã đổi chỗ",
                d(*end),
                d(*start)
            ),
            (Lang::En, Some(f)) => format!(
                "the end ({}) is before the start ({}); read as {} — the year looks like a typo",
                d(*end),
                d(*start),
                d(*f)
            ),
            (Lang::En, None) => format!(
                "the end ({}) is before the start ({}); the two were swapped",
                d(*end),
                d(*start)
            ),
        },
        TimingNote::LongerThanYear {
            start,
            end,
            read_as,
        } => match (lang, read_as) {
            (Lang::Ru, Some(f)) => format!(
                "срок больше года ({} – {}); прочитано до {} — похоже на опечатку в годе",
                d(*start),
                d(*end),
                d(*f)
            ),
            (Lang::Ru, None) => format!("срок больше года ({} – {})", d(*start), d(*end)),
            (Lang::Vi, Some(f)) => format!(
                "khoảng thời gian dài hơn một năm ({} – {}); đọc là đến {} — có lẽ gõ nhầm năm",
                d(*start),
                d(*end),
                d(*f)
            ),
            (Lang::Vi, None) => format!(
                "khoảng thời gian dài hơn một năm ({} – {})",
                d(*start),
                d(*end)
            ),
            (Lang::En, Some(f)) => format!(
                "a span of more than a year ({} – {}); read as ending {} — the year looks like a typo",
                d(*start),
                d(*end),
                d(*f)
            ),
            (Lang::En, None) => format!("a span of more than a year ({} – {})", d(*start), d(*end)),
        },
        TimingNote::OutsideYear { start, end, year } => match lang {
            Lang::Ru => format!("даты {} – {} вне {year} учебного года", d(*start), d(*end)),
            Lang::Vi => format!("ngày {} – {} nằm ngoài năm học {year}", d(*start), d(*end)),
            Lang::En => format!(
                "{} – {} is outside the academic year {year}",
                d(*start),
                d(*end)
            ),
        },
    }
}

/// What was done with a calendar event that could not be taken whole, in `lang`.
fn calendar_text(lang: Lang, problem: &CalendarProblem) -> String {
    use CalendarProblem as P;
    let (ru, vi, en, detail): (&str, &str, &str, Option<&str>) = match problem {
        P::NoStart => (
            "нет начала (DTSTART) — пропущено",
            "không có giờ bắt đầu (DTSTART) — bỏ qua",
            "no start (DTSTART) — left out",
            None,
        ),
        P::StartUnreadable { detail } => (
            "начало (DTSTART) не прочитано — пропущено",
            "không đọc được giờ bắt đầu (DTSTART) — bỏ qua",
            "its start (DTSTART) could not be read — left out",
            Some(detail),
        ),
        P::ZoneUnknown => (
            "у часового пояса нет известного имени — время оставлено в UTC",
            "múi giờ không có tên đã biết — giờ được giữ theo UTC",
            "its time zone has no known name — its times are kept in UTC",
            None,
        ),
        P::EndUnreadable { detail } => (
            "конец (DTEND) не прочитан — длительность взята из DURATION или не указана",
            "không đọc được giờ kết thúc (DTEND) — thời lượng lấy từ DURATION hoặc bỏ trống",
            "its end (DTEND) could not be read — its length comes from DURATION or is left out",
            Some(detail),
        ),
        P::RecurrenceIdUnreadable { detail } => (
            "RECURRENCE-ID не прочитан — это отдельное событие",
            "không đọc được RECURRENCE-ID — coi là sự kiện riêng",
            "its RECURRENCE-ID could not be read — it is an event of its own",
            Some(detail),
        ),
        P::RulePartsDropped { detail } => (
            "части правила повторения не сохранены",
            "một phần quy tắc lặp không được giữ",
            "parts of its repeat rule are not kept",
            Some(detail),
        ),
        P::UntilUnreadable { detail } => (
            "конец повторений (UNTIL) не прочитан — серия без конца",
            "không đọc được ngày kết thúc lặp (UNTIL) — chuỗi không có hạn",
            "the end of its series (UNTIL) could not be read — the series is left unbounded",
            Some(detail),
        ),
        P::RuleUnreadable { detail } => (
            "правило повторения не прочитано — сохранено только первое событие",
            "không đọc được quy tắc lặp — chỉ giữ lần đầu",
            "its repeat rule could not be read — only its first occurrence is kept",
            Some(detail),
        ),
        P::DatesUnreadable { detail } => (
            "даты не прочитаны — не сохранены",
            "không đọc được các ngày — không giữ",
            "these dates could not be read — not kept",
            Some(detail),
        ),
    };
    let said = match lang {
        Lang::Ru => ru,
        Lang::Vi => vi,
        Lang::En => en,
    };
    match detail {
        Some(d) => format!("{said} ({d})"),
        None => said.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::AcademicYear;

    fn date(s: &str) -> chrono::NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_timing_warning_quotes_the_plans_words_and_says_dates_as_the_calendar_does() {
        let kind = WarningKind::Timing {
            text: "20.05 - 10.04".into(),
            note: TimingNote::EndBeforeStart {
                start: date("2026-05-20"),
                end: date("2026-04-10"),
                read_as: None,
            },
        };
        assert_eq!(
            warning_text(Lang::Ru, &kind),
            "«20.05 - 10.04»: конец (10 апреля 2026) раньше начала (20 мая 2026); даты переставлены"
        );
        assert_eq!(
            warning_text(Lang::Vi, &kind),
            "«20.05 - 10.04»: ngày kết thúc (10/4/2026) trước ngày bắt đầu (20/5/2026); đã đổi chỗ"
        );
        assert!(warning_text(Lang::En, &kind).contains("10 April 2026"));
    }

    #[test]
    fn every_kind_is_said_in_every_language_without_english_left_in_russian() {
        let year = AcademicYear::parse("2025-2026").unwrap();
        let kinds = [
            WarningKind::TimingEmpty,
            WarningKind::Undated {
                text: "по плану".into(),
            },
            WarningKind::YearAssumed { year },
            WarningKind::ColumnByContent {
                header: Some("Предмет рассмотрения".into()),
            },
            WarningKind::ColumnByContent { header: None },
            WarningKind::ColumnsCompete { other: 3 },
            WarningKind::OwnerUnnamed,
            WarningKind::OneEventPlan,
            WarningKind::TextCut {
                what: "SUMMARY".into(),
                length: 5000,
                kept: 255,
            },
            WarningKind::RelayedLeftOut { count: 27 },
            WarningKind::Calendar {
                summary: "Педсовет".into(),
                problem: CalendarProblem::NoStart,
            },
        ];
        for kind in &kinds {
            let ru = warning_text(Lang::Ru, kind);
            let vi = warning_text(Lang::Vi, kind);
            assert_ne!(ru, vi);
            assert!(
                !ru.contains(" the ") && !ru.contains("could"),
                "English in Russian: {ru}"
            );
        }
    }
}
