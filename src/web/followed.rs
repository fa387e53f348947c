//! The organization page's "Followed calendars" block: each partner calendar the
//! organization follows (`src/sources`), with the partner's name in its colour, the host it
//! is fetched from, the last good fetch, the last error and how many events the last good
//! copy holds — what a director checks when a partner's events seem to be missing.

use chrono::NaiveDateTime;
use maud::{Markup, html};

use super::dates;
use super::i18n::words;
use crate::plan::Lang;

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
    pub last_error: Option<String>,
    pub last_error_at: Option<NaiveDateTime>,
    /// Failed fetches since the last good one: the error is the calendar's state now.
    pub failing: bool,
    pub event_count: i64,
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
                    li.failing[c.failing] style={ "--c:" (c.color) } {
                        span.dot style={ "--c:" (c.color) } {}
                        strong.partner { (c.partner) }
                        " · " span.host { (c.host) }
                        " · " (w.events) ": " span.count { (c.event_count) }
                        div.status {
                            @match c.last_success {
                                Some(at) => { (w.followed_updated) " " (dates::day_time(lang, at)) }
                                None => { (w.followed_never) }
                            }
                            @if let Some(error) = &c.last_error {
                                div.error {
                                    (w.followed_error)
                                    @if let Some(at) = c.last_error_at { " " (dates::day_time(lang, at)) }
                                    ": " (short(error))
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
            last_error: None,
            last_error_at: None,
            failing: false,
            event_count: 12,
        }
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
    fn an_error_is_short_and_escaped_and_a_calendar_never_fetched_says_so() {
        let failing = FollowedCalendar {
            last_success: None,
            last_error: Some(format!(
                "HTTP 500 <script>alert(1)</script> {}",
                "x".repeat(400)
            )),
            last_error_at: chrono::NaiveDate::from_ymd_opt(2025, 10, 4)
                .and_then(|d| d.and_hms_opt(8, 0, 0)),
            failing: true,
            ..calendar()
        };
        let html = followed_block(Lang::Vi, &[failing]).into_string();
        assert!(html.contains("chưa được tải"), "{html}");
        assert!(
            html.contains("lỗi 08:00 ngày 4/10/2025: HTTP 500 &lt;script&gt;"),
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
