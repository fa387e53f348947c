//! The organization page's "Followed calendars" block: each partner calendar the
//! organization follows (`src/sources`), with the partner's name in its colour, the host it
//! is fetched from, the last good fetch, the last error and how many events the last good
//! copy holds — what a director checks when a partner's events seem to be missing.
//!
//! The error is said in the page's language from its kind (`sources::error_kind`); a
//! failure stored before kinds were keeps its English text. It shows only while no good
//! fetch came after it: a calendar that works again does not look broken.

use chrono::NaiveDateTime;
use maud::{Markup, html};

use super::dates;
use super::i18n::words;
use crate::plan::Lang;
use crate::sources::error_kind::FetchErrorKind;

/// Longest error shown on the page; the API has the whole text.
const ERROR_CHARS: usize = 160;

/// One followed calendar as the page shows it; times already in the organization's zone.
#[derive(Clone, Debug)]
pub struct FollowedCalendar {
    pub partner: String,
    /// The partner's colour in the legend.
    pub color: &'static str,
    /// Where it is fetched from: the URL's host only (a secret path stays secret).
    pub host: String,
    pub last_success: Option<NaiveDateTime>,
    /// The last failed fetch, when no good one came after it.
    pub error: Option<FollowedError>,
    pub event_count: i64,
}

/// A followed calendar's last failed fetch.
#[derive(Clone, Debug)]
pub struct FollowedError {
    pub at: NaiveDateTime,
    /// None for a failure stored before kinds were (or of a kind this version does not know).
    pub kind: Option<FetchErrorKind>,
    /// The stored English text, said when there is no kind.
    pub text: String,
}

/// An error cut to a line a page can hold.
fn short(text: &str) -> String {
    let text = text.trim();
    if text.chars().count() <= ERROR_CHARS {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(ERROR_CHARS - 1).collect();
    cut.push('…');
    cut
}

/// What went wrong, in `lang`: the kind's sentence, and that the last good copy is still
/// shown when there is one.
fn error_sentence(lang: Lang, c: &FollowedCalendar, e: &FollowedError) -> String {
    let w = words(lang);
    match &e.kind {
        Some(kind) if c.last_success.is_some() => {
            format!(
                "{}; {}",
                w.fetch_errors.sentence(kind),
                w.followed_kept_copy
            )
        }
        Some(kind) => w.fetch_errors.sentence(kind),
        None => short(&e.text),
    }
}

/// The block; nothing when the organization follows no calendar.
pub(crate) fn followed_block(lang: Lang, calendars: &[FollowedCalendar]) -> Markup {
    let w = words(lang);
    if calendars.is_empty() {
        return html! {};
    }
    html! {
        section.followed aria-labelledby="followed-h" {
            h2 id="followed-h" { (w.followed) }
            p.muted { (w.followed_hint) }
            ul {
                @for c in calendars {
                    li.failing[c.error.is_some()] style={ "--c:" (c.color) } {
                        span.dot style={ "--c:" (c.color) } {}
                        strong.partner { (c.partner) }
                        " · " span.host { (c.host) }
                        " · " (w.events) ": " span.count { (c.event_count) }
                        div.status {
                            @match c.last_success {
                                Some(at) => { (w.followed_updated) " " (dates::day_time(lang, at)) }
                                None => { (w.followed_never) }
                            }
                            @if let Some(e) = &c.error {
                                div.error {
                                    (w.followed_error) " " (dates::day_time(lang, e.at))
                                    ": " (error_sentence(lang, c, e))
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn calendar() -> FollowedCalendar {
        FollowedCalendar {
            partner: "Районная библиотека".into(),
            color: "#0b7285",
            host: "calendar.example.org".into(),
            last_success: chrono::NaiveDate::from_ymd_opt(2025, 10, 3)
                .and_then(|d| d.and_hms_opt(9, 30, 0)),
            error: None,
            event_count: 12,
        }
    }

    fn at(day: u32, hour: u32) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2025, 10, day)
            .and_then(|d| d.and_hms_opt(hour, 5, 0))
            .unwrap()
    }

    fn failed(kind: Option<FetchErrorKind>, text: &str) -> Option<FollowedError> {
        Some(FollowedError {
            at: at(4, 17),
            kind,
            text: text.into(),
        })
    }

    #[test]
    fn says_where_from_when_and_how_many_in_the_page_language() {
        let html = followed_block(Lang::Ru, &[calendar()]).into_string();
        assert!(html.contains("Календари партнёров"), "{html}");
        assert!(html.contains("Районная библиотека"));
        assert!(html.contains("--c:#0b7285"));
        assert!(html.contains("calendar.example.org"));
        assert!(html.contains("обновлён 3 октября 2025, 09:30"), "{html}");
        assert!(html.contains("<span class=\"count\">12</span>"), "{html}");
        assert!(!html.contains("ошибка"));
        let en = followed_block(Lang::En, &[calendar()]).into_string();
        assert!(en.contains("updated 3 October 2025, 09:30"), "{en}");
    }

    #[test]
    fn an_error_of_a_known_kind_is_said_in_the_page_language() {
        let http = Some(FetchErrorKind::HttpStatus { status: 503 });
        let english = "the server answered HTTP 503: the partner's server has a problem";
        let failing = FollowedCalendar {
            error: failed(http, english),
            ..calendar()
        };
        let ru = followed_block(Lang::Ru, std::slice::from_ref(&failing)).into_string();
        assert!(
            ru.contains("ошибка 4 октября 2025, 17:05: сервер ответил HTTP 503; показана последняя удачная копия"),
            "{ru}"
        );
        assert!(!ru.contains("partner's server"), "no stored English: {ru}");
        assert!(ru.contains("class=\"failing\""), "{ru}");
        let vi = followed_block(Lang::Vi, std::slice::from_ref(&failing)).into_string();
        assert!(
            vi.contains("lỗi 17:05 ngày 4/10/2025: máy chủ trả về HTTP 503; đang hiển thị bản tải thành công gần nhất"),
            "{vi}"
        );
        let en = followed_block(Lang::En, &[failing]).into_string();
        assert!(
            en.contains("the server answered HTTP 503; the last good copy is shown"),
            "{en}"
        );
        let never = FollowedCalendar {
            last_success: None,
            error: failed(Some(FetchErrorKind::Unreadable { line: Some(7) }), english),
            ..calendar()
        };
        let ru = followed_block(Lang::Ru, &[never]).into_string();
        assert!(
            ru.contains(": файл календаря повреждён (строка 7)</div>"),
            "no copy to keep: {ru}"
        );
    }

    #[test]
    fn an_error_without_a_kind_is_its_stored_text_short_and_escaped() {
        let failing = FollowedCalendar {
            last_success: None,
            error: failed(
                None,
                &format!("HTTP 500 <script>alert(1)</script> {}", "x".repeat(400)),
            ),
            ..calendar()
        };
        let html = followed_block(Lang::Vi, &[failing]).into_string();
        assert!(html.contains("chưa được tải"), "{html}");
        assert!(
            html.contains("lỗi 17:05 ngày 4/10/2025: HTTP 500 &lt;script&gt;"),
            "{html}"
        );
        assert!(!html.contains("<script>"));
        assert!(!html.contains(&"x".repeat(200)), "cut short");
        assert!(html.contains("class=\"failing\""), "{html}");
    }

    #[test]
    fn no_block_without_followed_calendars() {
        assert!(followed_block(Lang::En, &[]).into_string().is_empty());
    }
}
