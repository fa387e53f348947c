//! The report's chart: one stacked bar per month (held, not held, moved, waiting, ahead),
//! drawn on the server as SVG so it needs no script and prints.
//!
//! Each kind of segment has a pattern as well as a colour (solid, hatched, dotted,
//! cross-hatched, pale), and every bar carries its figure, so a black-and-white printout
//! reads the same as the screen. Pure: figures in, markup out.

use std::fmt::Write as _;

use super::counts::{Mark, MonthKey, Tally};
use super::words::ReportWords;

const BAR: u32 = 34;
const STEP: u32 = 52;
const LEFT: u32 = 36;
const TOP: u32 = 24;
const PLOT: u32 = 180;
const LEGEND_ROW: u32 = 22;

/// The stacking order, bottom up, and each segment's fill.
const SEGMENTS: [(Mark, &str); 5] = [
    (Mark::Held, "#1f4e79"),
    (Mark::NotHeld, "url(#pat-not-held)"),
    (Mark::Moved, "url(#pat-moved)"),
    (Mark::Waiting, "url(#pat-waiting)"),
    (Mark::Ahead, "#e6e6e6"),
];

/// Patterns over white (or a light tint) with dark strokes: distinct in grey too.
const DEFS: &str = concat!(
    "<defs>",
    "<pattern id=\"pat-not-held\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">",
    "<rect width=\"6\" height=\"6\" fill=\"#fbe3e3\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#8b1a1a\" stroke-width=\"2.5\"/></pattern>",
    "<pattern id=\"pat-moved\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">",
    "<rect width=\"6\" height=\"6\" fill=\"#fff4d6\"/><circle cx=\"3\" cy=\"3\" r=\"1.4\" fill=\"#6b4e00\"/></pattern>",
    "<pattern id=\"pat-waiting\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">",
    "<rect width=\"8\" height=\"8\" fill=\"#ffffff\"/><path d=\"M0 0L8 8M8 0L0 8\" stroke=\"#333\" stroke-width=\"1\"/></pattern>",
    "</defs>"
);

fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn label(w: &ReportWords, key: MonthKey) -> &'static str {
    match key.0 {
        Some((_, m)) => w.months_short[(m as usize + 11) % 12],
        None => w.undated,
    }
}

/// The chart of `months` (undated last, if any), titled in the report's language.
pub(crate) fn chart_svg(months: &[(MonthKey, Tally)], w: &ReportWords) -> String {
    let top = months
        .iter()
        .map(|(_, t)| t.planned)
        .max()
        .unwrap_or(0)
        .max(1);
    let count = u32::try_from(months.len()).unwrap_or(u32::MAX).min(40);
    let width = LEFT + count * STEP + 8;
    let legend_top = TOP + PLOT + 34;
    let height = legend_top + LEGEND_ROW * 2 + 4;
    let mut s = String::new();
    let _ = write!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {width} {height}\" \
         width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"chart-title\">\
         <title id=\"chart-title\">{}</title>{DEFS}",
        esc(w.chart)
    );
    axis(&mut s, top, width);
    for (i, (key, tally)) in (0u32..).zip(months.iter().take(40)) {
        bar(
            &mut s,
            w,
            LEFT + i * STEP + (STEP - BAR) / 2,
            *key,
            tally,
            top,
        );
    }
    legend(&mut s, w, legend_top);
    s.push_str("</svg>");
    s
}

/// The base line and a line at the largest figure, with its value.
fn axis(s: &mut String, top: u32, width: u32) {
    let base = TOP + PLOT;
    let _ = write!(
        s,
        "<g class=\"axis\" font-size=\"11\" fill=\"#222\">\
         <line x1=\"{LEFT}\" y1=\"{base}\" x2=\"{width}\" y2=\"{base}\" stroke=\"#222\"/>\
         <line x1=\"{LEFT}\" y1=\"{TOP}\" x2=\"{width}\" y2=\"{TOP}\" stroke=\"#999\" stroke-dasharray=\"3 3\"/>\
         <text x=\"{}\" y=\"{}\" text-anchor=\"end\">{top}</text>\
         <text x=\"{}\" y=\"{base}\" text-anchor=\"end\">0</text></g>",
        LEFT - 4,
        TOP + 4,
        LEFT - 4
    );
}

fn bar(s: &mut String, w: &ReportWords, x: u32, key: MonthKey, t: &Tally, top: u32) {
    let base = TOP + PLOT;
    let mut y = base;
    let name = w.month_label(key);
    let _ = write!(s, "<g class=\"bar\">");
    for (mark, fill) in SEGMENTS {
        let n = t.of(Some(mark));
        if n == 0 {
            continue;
        }
        let h = (n * PLOT).div_ceil(top).max(2);
        y = y.saturating_sub(h);
        let _ = write!(
            s,
            "<rect x=\"{x}\" y=\"{y}\" width=\"{BAR}\" height=\"{h}\" fill=\"{fill}\" \
             stroke=\"#111\" stroke-width=\"0.8\"><title>{}: {} {n}</title></rect>",
            esc(&name),
            esc(w.mark_word(mark))
        );
    }
    let mid = x + BAR / 2;
    let _ = write!(
        s,
        "<text x=\"{mid}\" y=\"{}\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"bold\" fill=\"#111\">{}</text>\
         <text x=\"{mid}\" y=\"{}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#222\">{}</text></g>",
        y.saturating_sub(4),
        t.planned,
        base + 15,
        esc(label(w, key))
    );
}

/// The key of the patterns, in two rows under the bars.
fn legend(s: &mut String, w: &ReportWords, top: u32) {
    let _ = write!(s, "<g class=\"legend\" font-size=\"12\" fill=\"#111\">");
    for (i, (mark, fill)) in (0u32..).zip(SEGMENTS) {
        let (col, row) = (i % 3, i / 3);
        let x = LEFT + col * 190;
        let y = top + row * LEGEND_ROW;
        let _ = write!(
            s,
            "<rect x=\"{x}\" y=\"{y}\" width=\"16\" height=\"14\" fill=\"{fill}\" stroke=\"#111\"/>\
             <text x=\"{}\" y=\"{}\">{}</text>",
            x + 22,
            y + 12,
            esc(w.mark_word(mark))
        );
    }
    s.push_str("</g>");
}

#[cfg(test)]
mod tests {
    use super::super::words::words;
    use super::*;
    use crate::plan::Lang;

    fn months() -> Vec<(MonthKey, Tally)> {
        vec![
            (
                MonthKey(Some((2025, 9))),
                Tally {
                    planned: 4,
                    held: 2,
                    not_held: 1,
                    moved: 0,
                    waiting: 1,
                },
            ),
            (
                MonthKey(Some((2025, 10))),
                Tally {
                    planned: 1,
                    ..Tally::default()
                },
            ),
            (MonthKey(None), Tally::default()),
        ]
    }

    #[test]
    fn every_bar_carries_its_figure_and_month() {
        let svg = chart_svg(&months(), words(Lang::Ru));
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains(">4</text>") && svg.contains(">1</text>"));
        assert!(svg.contains(">сен</text>") && svg.contains(">окт</text>"));
        assert!(svg.contains("Сентябрь 2025: Проведено 2"));
        assert!(svg.contains("Без даты"));
    }

    #[test]
    fn segments_differ_by_pattern_not_only_by_colour() {
        let svg = chart_svg(&months(), words(Lang::En));
        for pattern in ["url(#pat-not-held)", "url(#pat-waiting)", "url(#pat-moved)"] {
            assert!(svg.contains(pattern), "{pattern}");
        }
        assert!(svg.contains("Waiting for a mark"));
        // An empty month draws no segment, only its zero.
        assert_eq!(
            svg.matches("<rect x=").count(),
            3 + 1 + 5,
            "segments + legend swatches"
        );
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(esc("<a & \"b\">"), "&lt;a &amp; &quot;b&quot;&gt;");
    }
}
