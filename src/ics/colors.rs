//! The CSS3 colour names RFC 7986 allows in COLOR (CSS Color Module Level 3, §4.3), sorted
//! so a name is found by binary search; and the palette partners are told apart with, each
//! colour with its hex value for Apple's `X-APPLE-CALENDAR-COLOR` (which takes no names).

/// Colours far enough apart to tell owners apart in a merged feed, in the order they are
/// handed out; CSS3 names with their hex values.
pub(crate) const PALETTE: [(&str, &str); 12] = [
    ("steelblue", "#4682B4"),
    ("darkorange", "#FF8C00"),
    ("seagreen", "#2E8B57"),
    ("crimson", "#DC143C"),
    ("mediumpurple", "#9370DB"),
    ("goldenrod", "#DAA520"),
    ("teal", "#008080"),
    ("sienna", "#A0522D"),
    ("hotpink", "#FF69B4"),
    ("slategray", "#708090"),
    ("olivedrab", "#6B8E23"),
    ("royalblue", "#4169E1"),
];

fn rgb(hex: &str) -> Option<(i32, i32, i32)> {
    let digits = hex.trim().strip_prefix('#')?;
    if digits.len() != 6 || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let part = |i: usize| {
        digits
            .get(i..i + 2)
            .and_then(|p| i32::from_str_radix(p, 16).ok())
    };
    Some((part(0)?, part(2)?, part(4)?))
}

/// The calendar-level colour as (COLOR name, X-APPLE-CALENDAR-COLOR hex): a palette name
/// as given, a "#rrggbb" as given with the nearest palette name, anything else (or nothing)
/// the first colour of the palette.
pub(crate) fn calendar_color(wanted: Option<&str>) -> (&'static str, String) {
    let [(first_name, first_hex), ..] = PALETTE;
    let Some(wanted) = wanted else {
        return (first_name, first_hex.to_string());
    };
    if let Some(name) = css3_name(wanted)
        && let Some((name, hex)) = PALETTE.iter().find(|(n, _)| *n == name)
    {
        return (name, hex.to_string());
    }
    let Some((r, g, b)) = rgb(wanted) else {
        return (first_name, first_hex.to_string());
    };
    let nearest = PALETTE
        .iter()
        .filter_map(|(name, hex)| {
            let (pr, pg, pb) = rgb(hex)?;
            Some(((pr - r).pow(2) + (pg - g).pow(2) + (pb - b).pow(2), *name))
        })
        .min()
        .map_or(first_name, |(_, name)| name);
    (nearest, format!("#{:02X}{:02X}{:02X}", r, g, b))
}

pub(crate) const CSS3_NAMES: [&str; 147] = [
    "aliceblue",
    "antiquewhite",
    "aqua",
    "aquamarine",
    "azure",
    "beige",
    "bisque",
    "black",
    "blanchedalmond",
    "blue",
    "blueviolet",
    "brown",
    "burlywood",
    "cadetblue",
    "chartreuse",
    "chocolate",
    "coral",
    "cornflowerblue",
    "cornsilk",
    "crimson",
    "cyan",
    "darkblue",
    "darkcyan",
    "darkgoldenrod",
    "darkgray",
    "darkgreen",
    "darkgrey",
    "darkkhaki",
    "darkmagenta",
    "darkolivegreen",
    "darkorange",
    "darkorchid",
    "darkred",
    "darksalmon",
    "darkseagreen",
    "darkslateblue",
    "darkslategray",
    "darkslategrey",
    "darkturquoise",
    "darkviolet",
    "deeppink",
    "deepskyblue",
    "dimgray",
    "dimgrey",
    "dodgerblue",
    "firebrick",
    "floralwhite",
    "forestgreen",
    "fuchsia",
    "gainsboro",
    "ghostwhite",
    "gold",
    "goldenrod",
    "gray",
    "green",
    "greenyellow",
    "grey",
    "honeydew",
    "hotpink",
    "indianred",
    "indigo",
    "ivory",
    "khaki",
    "lavender",
    "lavenderblush",
    "lawngreen",
    "lemonchiffon",
    "lightblue",
    "lightcoral",
    "lightcyan",
    "lightgoldenrodyellow",
    "lightgray",
    "lightgreen",
    "lightgrey",
    "lightpink",
    "lightsalmon",
    "lightseagreen",
    "lightskyblue",
    "lightslategray",
    "lightslategrey",
    "lightsteelblue",
    "lightyellow",
    "lime",
    "limegreen",
    "linen",
    "magenta",
    "maroon",
    "mediumaquamarine",
    "mediumblue",
    "mediumorchid",
    "mediumpurple",
    "mediumseagreen",
    "mediumslateblue",
    "mediumspringgreen",
    "mediumturquoise",
    "mediumvioletred",
    "midnightblue",
    "mintcream",
    "mistyrose",
    "moccasin",
    "navajowhite",
    "navy",
    "oldlace",
    "olive",
    "olivedrab",
    "orange",
    "orangered",
    "orchid",
    "palegoldenrod",
    "palegreen",
    "paleturquoise",
    "palevioletred",
    "papayawhip",
    "peachpuff",
    "peru",
    "pink",
    "plum",
    "powderblue",
    "purple",
    "red",
    "rosybrown",
    "royalblue",
    "saddlebrown",
    "salmon",
    "sandybrown",
    "seagreen",
    "seashell",
    "sienna",
    "silver",
    "skyblue",
    "slateblue",
    "slategray",
    "slategrey",
    "snow",
    "springgreen",
    "steelblue",
    "tan",
    "teal",
    "thistle",
    "tomato",
    "turquoise",
    "violet",
    "wheat",
    "white",
    "whitesmoke",
    "yellow",
    "yellowgreen",
];

/// The CSS3 name `text` spells (any case, surrounding spaces ignored), as written in COLOR.
pub(crate) fn css3_name(text: &str) -> Option<&'static str> {
    let wanted = text.trim().to_ascii_lowercase();
    CSS3_NAMES
        .binary_search(&wanted.as_str())
        .ok()
        .and_then(|i| CSS3_NAMES.get(i).copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_and_names_are_found_in_any_case() {
        assert!(CSS3_NAMES.windows(2).all(|w| w.first() < w.last()));
        assert_eq!(css3_name(" SteelBlue "), Some("steelblue"));
        assert_eq!(css3_name("rebeccapurple"), None, "CSS4, not CSS3");
        assert_eq!(css3_name("#ff0000"), None);
        assert_eq!(css3_name("red;X=1"), None);
    }

    #[test]
    fn the_palette_is_css3_names_all_different_and_the_calendar_colour_has_a_hex_form() {
        for (i, (name, hex)) in PALETTE.iter().enumerate() {
            assert_eq!(css3_name(name), Some(*name));
            assert!(rgb(hex).is_some(), "{hex}");
            assert!(PALETTE.iter().skip(i + 1).all(|(n, _)| n != name));
        }
        assert_eq!(
            calendar_color(Some("Teal")),
            ("teal", "#008080".to_string())
        );
        assert_eq!(
            calendar_color(Some("#2f8a56")),
            ("seagreen", "#2F8A56".to_string())
        );
        assert_eq!(calendar_color(None), ("steelblue", "#4682B4".to_string()));
        assert_eq!(
            calendar_color(Some("red;X=1")),
            ("steelblue", "#4682B4".to_string())
        );
    }
}
