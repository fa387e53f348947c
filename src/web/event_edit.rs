//! Correcting one stored event from its page (an admin's form): an exact date, its last day
//! and time (a pin), unpinning, cancelling or restoring (the status), the roles and the
//! place. The form posts to `/events/{id}/edit` with the session's CSRF token; `edit_of`
//! reads it once into a `plan::EventEdit`, which the handler writes through the store's
//! `patch_event`, the write `PATCH /api/v1/events/{id}` makes (SEQUENCE + 1, the UID stays,
//! the change in the history). Pure: words, the form and the reading of it.

use chrono::{NaiveDate, NaiveTime};
use maud::{Markup, html};

use super::admin::csrf_field;
use super::i18n;
use crate::plan::corrections::parse_roles;
use crate::plan::{EventDoc, EventEdit, EventStatus, Lang, Pinned};

/// A field of the form said wrongly, as a kind the page says in its language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum EditProblem {
    Date,
    EndDate,
    EndBeforeStart,
    Time,
    Status,
    Roles,
}

struct Words {
    heading: &'static str,
    date: &'static str,
    end_date: &'static str,
    time: &'static str,
    unpin: &'static str,
    status: &'static str,
    roles: &'static str,
    roles_hint: &'static str,
    place: &'static str,
    save: &'static str,
    problems: [&'static str; 6],
}

const RU: Words = Words {
    heading: "Исправить мероприятие",
    date: "Точная дата",
    end_date: "Последний день (если несколько дней)",
    time: "Время начала",
    unpin: "Снять точную дату (вернуть сроки по плану)",
    status: "Статус",
    roles: "Ответственные роли",
    roles_hint: "через запятую, например: классные руководители, библиотекарь",
    place: "Место",
    save: "Сохранить",
    problems: [
        "Точная дата пишется так: 2025-10-17.",
        "Последний день пишется так: 2025-10-19.",
        "Последний день раньше первого.",
        "Время пишется так: 14:30.",
        "Такого статуса нет.",
        "Роли не прочитаны: напишите их через запятую.",
    ],
};

const VI: Words = Words {
    heading: "Sửa hoạt động",
    date: "Ngày chính xác",
    end_date: "Ngày cuối (nếu kéo dài nhiều ngày)",
    time: "Giờ bắt đầu",
    unpin: "Bỏ ngày chính xác (trở về thời gian theo kế hoạch)",
    status: "Trạng thái",
    roles: "Vai trò phụ trách",
    roles_hint: "cách nhau bằng dấu phẩy, ví dụ: giáo viên chủ nhiệm, thủ thư",
    place: "Địa điểm",
    save: "Lưu",
    problems: [
        "Ngày chính xác viết như sau: 2025-10-17.",
        "Ngày cuối viết như sau: 2025-10-19.",
        "Ngày cuối trước ngày đầu.",
        "Giờ viết như sau: 14:30.",
        "Không có trạng thái này.",
        "Không đọc được vai trò: hãy viết cách nhau bằng dấu phẩy.",
    ],
};

const EN: Words = Words {
    heading: "Correct this event",
    date: "Exact date",
    end_date: "Last day (when it lasts several days)",
    time: "Start time",
    unpin: "Remove the exact date (back to the plan's timing)",
    status: "Status",
    roles: "Responsible roles",
    roles_hint: "comma-separated, for instance: class teachers, librarian",
    place: "Place",
    save: "Save",
    problems: [
        "Write the exact date like this: 2025-10-17.",
        "Write the last day like this: 2025-10-19.",
        "The last day is before the first.",
        "Write the time like this: 14:30.",
        "There is no such status.",
        "The roles cannot be read: separate them with commas.",
    ],
};

fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Ru => &RU,
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}

impl EditProblem {
    /// The sentence the page shows, in `lang`.
    pub(crate) fn message(self, lang: Lang) -> &'static str {
        words(lang).problems[self as usize]
    }
}

/// Text fields as wide as the page allows, on a phone too.
const WIDE: &str = "width:100%;max-width:36rem";

/// The form, filled with what is stored.
pub(crate) fn edit_section(lang: Lang, doc: &EventDoc, csrf: &str) -> Markup {
    let w = words(lang);
    let id = doc.id.unwrap_or_default();
    let pin = doc.pinned.as_ref();
    let date = pin.map(|p| p.date.to_string()).unwrap_or_default();
    let end = pin
        .and_then(|p| p.end_date)
        .map(|d| d.to_string())
        .unwrap_or_default();
    let time = pin
        .and_then(|p| p.time)
        .map(|t| t.format("%H:%M").to_string())
        .unwrap_or_default();
    html! {
        section.edit #edit aria-labelledby="edit-h" {
            h2 #edit-h { (w.heading) }
            form method="post" action={ "/events/" (id) "/edit?lang=" (lang.code()) } {
                (csrf_field(csrf))
                p { label for="edit-date" { (w.date) } br; input #edit-date type="date" name="date" value=(date); }
                p { label for="edit-end" { (w.end_date) } br; input #edit-end type="date" name="end_date" value=(end); }
                p { label for="edit-time" { (w.time) } br; input #edit-time type="time" name="time" value=(time); }
                @if pin.is_some() {
                    p { label { input type="checkbox" name="unpin" value="1"; " " (w.unpin) } }
                }
                p {
                    label for="edit-status" { (w.status) } br;
                    select #edit-status name="status" {
                        @for s in EventStatus::ALL {
                            option value=(s.as_str()) selected[s == doc.status] { (i18n::words(lang).status(s)) }
                        }
                    }
                }
                p {
                    label for="edit-roles" { (w.roles) } br;
                    input #edit-roles type="text" name="roles" style=(WIDE)
                        value=(crate::plan::roles::labels(lang, &doc.roles)) aria-describedby="edit-roles-hint";
                    br; small #edit-roles-hint { (w.roles_hint) }
                }
                p {
                    label for="edit-place" { (w.place) } br;
                    input #edit-place type="text" name="location" style=(WIDE) value=(doc.location);
                }
                div.actions { button type="submit" { (w.save) } }
            }
        }
    }
}

fn value<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map_or("", |(_, v)| v.trim())
}

fn date(text: &str, problem: EditProblem) -> Result<Option<NaiveDate>, EditProblem> {
    match text {
        "" => Ok(None),
        t => NaiveDate::parse_from_str(t, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| problem),
    }
}

/// The pin the form asks for: `Some(None)` unpins, None leaves the stored one.
fn pin_of(
    fields: &[(String, String)],
    doc: &EventDoc,
) -> Result<Option<Option<Pinned>>, EditProblem> {
    if value(fields, "unpin") == "1" {
        return Ok(Some(None));
    }
    let Some(day) = date(value(fields, "date"), EditProblem::Date)? else {
        return Ok(None);
    };
    let end_date = date(value(fields, "end_date"), EditProblem::EndDate)?.filter(|e| *e != day);
    if end_date.is_some_and(|e| e < day) {
        return Err(EditProblem::EndBeforeStart);
    }
    let time = match value(fields, "time") {
        "" => None,
        t => Some(
            NaiveTime::parse_from_str(t, "%H:%M")
                .or_else(|_| NaiveTime::parse_from_str(t, "%H:%M:%S"))
                .map_err(|_| EditProblem::Time)?,
        ),
    };
    let pinned = Pinned {
        date: day,
        end_date,
        time,
        duration_minutes: doc.pinned.as_ref().and_then(|p| p.duration_minutes),
    };
    Ok((doc.pinned.as_ref() != Some(&pinned)).then_some(Some(pinned)))
}

/// Reads the form into the edit it asks for: only what differs from `doc` is set.
pub(crate) fn edit_of(
    fields: &[(String, String)],
    doc: &EventDoc,
) -> Result<EventEdit, EditProblem> {
    let status = EventStatus::ALL
        .into_iter()
        .find(|s| s.as_str() == value(fields, "status"))
        .ok_or(EditProblem::Status)?;
    let roles = parse_roles(value(fields, "roles")).map_err(|_| EditProblem::Roles)?;
    let location = value(fields, "location").to_string();
    Ok(EventEdit {
        pinned: pin_of(fields, doc)?,
        status: (status != doc.status).then_some(status),
        roles: (roles != doc.roles).then_some(roles),
        location: (location != doc.location).then_some(location),
        ..EventEdit::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> EventDoc {
        serde_json::from_value(serde_json::json!({
            "id": 7, "title": "Экскурсия", "timing": "октябрь",
            "roles": ["class-teacher"], "location": "Библиотека", "status": "planned"
        }))
        .unwrap_or_else(|e| panic!("{e}"))
    }

    fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn the_form_shows_what_is_stored_with_roles_as_labels() {
        let html = edit_section(Lang::Ru, &doc(), "tok").into_string();
        assert!(
            html.contains(r#"action="/events/7/edit?lang=ru""#),
            "{html}"
        );
        assert!(html.contains(r#"value="классные руководители""#), "{html}");
        assert!(
            html.contains(r#"<option value="planned" selected>"#),
            "{html}"
        );
        assert!(html.contains(r#"name="csrf" value="tok""#));
    }

    #[test]
    fn a_pin_a_cancellation_and_unchanged_fields_read_as_one_edit() {
        let same = fields(&[
            ("status", "cancelled"),
            ("roles", "классные руководители"),
            ("location", "Библиотека"),
            ("date", "2025-10-17"),
            ("time", "14:30"),
        ]);
        let edit = edit_of(&same, &doc()).unwrap();
        assert_eq!(edit.status, Some(EventStatus::Cancelled));
        assert_eq!(edit.roles, None, "labels read back as the stored roles");
        assert_eq!(edit.location, None);
        let pin = edit.pinned.flatten().unwrap();
        assert_eq!(pin.date.to_string(), "2025-10-17");
        assert_eq!(pin.time.map(|t| t.to_string()).as_deref(), Some("14:30:00"));
        let none = edit_of(
            &fields(&[
                ("status", "planned"),
                ("roles", "class-teacher"),
                ("location", "Библиотека"),
            ]),
            &doc(),
        )
        .unwrap();
        assert_eq!(none.pinned, None);
        assert_eq!(none.status, None);
    }

    #[test]
    fn a_wrong_field_is_named_in_the_readers_language() {
        let bad = fields(&[("status", "planned"), ("date", "17.10.2025")]);
        let e = edit_of(&bad, &doc()).unwrap_err();
        assert_eq!(e, EditProblem::Date);
        assert_eq!(e.message(Lang::Ru), "Точная дата пишется так: 2025-10-17.");
        let back = fields(&[
            ("status", "planned"),
            ("date", "2025-10-17"),
            ("end_date", "2025-10-01"),
        ]);
        assert_eq!(
            edit_of(&back, &doc()).unwrap_err(),
            EditProblem::EndBeforeStart
        );
        assert_eq!(
            edit_of(&fields(&[("status", "gone")]), &doc()).unwrap_err(),
            EditProblem::Status
        );
    }
}
