//! Which way a document writes its slashed dates. "10/31" can only be month first and
//! "31/10" only day first; a document's own unambiguous dates decide how it means the
//! ambiguous ones ("01/09"), since a plan keeps one order throughout. Day first (as every
//! Russian and Vietnamese plan writes) unless the month-first evidence outweighs it.

/// True when the text's slashed dates are mostly written month first ("08/26", "11/20").
pub fn month_first(text: &str) -> bool {
    let (mut month_first, mut day_first) = (0usize, 0usize);
    for (a, b) in slashed_pairs(text) {
        match (a, b) {
            (1..=12, 13..=31) => month_first += 1,
            (13..=31, 1..=12) => day_first += 1,
            _ => {}
        }
    }
    month_first > day_first
}

/// The first two numbers of every "N/M" in the text (one or two digits each, not part of
/// a longer number).
fn slashed_pairs(text: &str) -> impl Iterator<Item = (u32, u32)> + '_ {
    let bytes = text.as_bytes();
    (0..bytes.len()).filter_map(move |i| {
        if bytes[i] != b'/' {
            return None;
        }
        let before = digits_before(bytes, i)?;
        let after = digits_after(bytes, i + 1)?;
        Some((before, after))
    })
}

fn digits_before(bytes: &[u8], slash: usize) -> Option<u32> {
    let start = (0..slash)
        .rev()
        .take_while(|&j| bytes[j].is_ascii_digit())
        .last()?;
    let len = slash - start;
    let glued_to_more = start > 0 && matches!(bytes[start - 1], b'/' | b'.');
    (len <= 2 && !glued_to_more).then(|| number(&bytes[start..slash]))
}

fn digits_after(bytes: &[u8], from: usize) -> Option<u32> {
    let end = (from..bytes.len())
        .take_while(|&j| bytes[j].is_ascii_digit())
        .last()?
        + 1;
    (end - from <= 2).then(|| number(&bytes[from..end]))
}

fn number(digits: &[u8]) -> u32 {
    digits
        .iter()
        .fold(0, |n, d| n * 10 + u32::from(d.saturating_sub(b'0')))
}

#[cfg(test)]
mod tests {
    use super::month_first;

    #[test]
    fn an_american_calendar_is_month_first() {
        let plan = "08/26: Fall Parent Workday 9:00 am\n10/31: Fall Celebration\n\
                    01/09 Back to School\n11/20-11/24: Thanksgiving Break";
        assert!(month_first(plan));
        assert!(month_first("Mon 9/21/2026 Open house; 10/14 Picture day"));
    }

    #[test]
    fn day_first_plans_and_plans_without_evidence_stay_day_first() {
        assert!(!month_first(
            "25/10/2025 Hội thi; 20/11 Ngày Nhà giáo; 01/09 Khai giảng"
        ));
        assert!(!month_first("01/09 Back to School; 05/03 Cinco de Mayo"));
        assert!(!month_first("Кабинет 12/1, сроки: сентябрь"));
        // A year after two slashes is no evidence either way: "1/2/2026".
        assert!(!month_first("1/2/2026 and 3/4/2026"));
    }

    #[test]
    fn a_month_first_plan_reads_its_slashed_days_and_ranges_month_first() {
        use crate::timing::{AcademicYear, Context, Lang, normalise};
        let Some(year) = AcademicYear::new(2017) else {
            unreachable!()
        };
        let ctx = Context::new(year)
            .with_lang(Some(Lang::En))
            .with_month_first(true);
        let read = |t: &str| {
            let w = normalise(t, &ctx);
            (
                w.start().map(|d| d.to_string()),
                w.end().map(|d| d.to_string()),
            )
        };
        let day = |d: &str| (Some(d.to_string()), Some(d.to_string()));
        assert_eq!(read("09/26"), day("2017-09-26"));
        assert_eq!(read("01/09"), day("2018-01-09"));
        assert_eq!(
            read("12/21-01/05"),
            (Some("2017-12-21".into()), Some("2018-01-05".into()))
        );
        let day_first = Context::new(year).with_lang(Some(Lang::En));
        assert_eq!(normalise("09/26", &day_first).start(), None);
    }
}
