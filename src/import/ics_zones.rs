//! Time zone names as calendar programs write them in TZID, mapped to IANA zones. Google,
//! Apple, Nextcloud and Radicale write IANA names (sometimes behind a vendor prefix such as
//! "/mozilla.org/20070129_1/Europe/Moscow" or "/freeassociation.sourceforge.net/Tzfile/…");
//! Outlook and Exchange write Windows names ("Russian Standard Time"). The Windows table is
//! CLDR's windowsZones.xml, territory "001" (the zone Windows means by the name), for the
//! zones plancal's users and their partners live in and the common others.

use std::str::FromStr;

use chrono_tz::Tz;

/// Windows zone name → IANA zone.
const WINDOWS_ZONES: &[(&str, &str)] = &[
    ("Russian Standard Time", "Europe/Moscow"),
    ("Russia Time Zone 3", "Europe/Samara"),
    ("Russia Time Zone 10", "Asia/Srednekolymsk"),
    ("Russia Time Zone 11", "Asia/Kamchatka"),
    ("Kaliningrad Standard Time", "Europe/Kaliningrad"),
    ("Volgograd Standard Time", "Europe/Volgograd"),
    ("Astrakhan Standard Time", "Europe/Astrakhan"),
    ("Saratov Standard Time", "Europe/Saratov"),
    ("Ekaterinburg Standard Time", "Asia/Yekaterinburg"),
    ("Omsk Standard Time", "Asia/Omsk"),
    ("N. Central Asia Standard Time", "Asia/Novosibirsk"),
    ("Altai Standard Time", "Asia/Barnaul"),
    ("Tomsk Standard Time", "Asia/Tomsk"),
    ("North Asia Standard Time", "Asia/Krasnoyarsk"),
    ("North Asia East Standard Time", "Asia/Irkutsk"),
    ("Transbaikal Standard Time", "Asia/Chita"),
    ("Yakutsk Standard Time", "Asia/Yakutsk"),
    ("Vladivostok Standard Time", "Asia/Vladivostok"),
    ("Sakhalin Standard Time", "Asia/Sakhalin"),
    ("Magadan Standard Time", "Asia/Magadan"),
    ("Belarus Standard Time", "Europe/Minsk"),
    ("SE Asia Standard Time", "Asia/Bangkok"),
    ("China Standard Time", "Asia/Shanghai"),
    ("Singapore Standard Time", "Asia/Singapore"),
    ("Tokyo Standard Time", "Asia/Tokyo"),
    ("Korea Standard Time", "Asia/Seoul"),
    ("India Standard Time", "Asia/Kolkata"),
    ("Central Asia Standard Time", "Asia/Almaty"),
    ("West Asia Standard Time", "Asia/Tashkent"),
    ("Arabian Standard Time", "Asia/Dubai"),
    ("Turkey Standard Time", "Europe/Istanbul"),
    ("FLE Standard Time", "Europe/Kiev"),
    ("E. Europe Standard Time", "Europe/Chisinau"),
    ("GTB Standard Time", "Europe/Bucharest"),
    ("Central European Standard Time", "Europe/Warsaw"),
    ("Central Europe Standard Time", "Europe/Budapest"),
    ("Romance Standard Time", "Europe/Paris"),
    ("W. Europe Standard Time", "Europe/Berlin"),
    ("GMT Standard Time", "Europe/London"),
    ("Greenwich Standard Time", "Atlantic/Reykjavik"),
    ("UTC", "UTC"),
    ("Coordinated Universal Time", "UTC"),
    ("Eastern Standard Time", "America/New_York"),
    ("Central Standard Time", "America/Chicago"),
    ("Mountain Standard Time", "America/Denver"),
    ("Pacific Standard Time", "America/Los_Angeles"),
    ("AUS Eastern Standard Time", "Australia/Sydney"),
];

/// The IANA zone a TZID names, if any: an IANA name (behind a vendor path or not), or a
/// Windows name. Case and surrounding quotes do not count for Windows names.
pub(super) fn zone_of_tzid(tzid: &str) -> Option<Tz> {
    let tzid = tzid.trim().trim_matches('"').trim();
    if tzid.is_empty() {
        return None;
    }
    if let Ok(tz) = Tz::from_str(tzid) {
        return Some(tz);
    }
    // "/mozilla.org/20070129_1/Europe/Moscow", "/freeassociation.sourceforge.net/Tzfile/
    // America/Argentina/Buenos_Aires": the IANA name is the last two or three segments.
    let parts: Vec<&str> = tzid.split('/').filter(|p| !p.is_empty()).collect();
    for take in [3, 2] {
        if let Some(start) = parts.len().checked_sub(take)
            && let Some(tail) = parts.get(start..)
            && let Ok(tz) = Tz::from_str(&tail.join("/"))
        {
            return Some(tz);
        }
    }
    WINDOWS_ZONES
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(tzid))
        .and_then(|(_, iana)| Tz::from_str(iana).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iana_vendor_and_windows_names_are_zones() {
        assert_eq!(zone_of_tzid("Europe/Moscow"), Some(Tz::Europe__Moscow));
        assert_eq!(
            zone_of_tzid("/mozilla.org/20070129_1/Asia/Ho_Chi_Minh"),
            Some(Tz::Asia__Ho_Chi_Minh)
        );
        assert_eq!(
            zone_of_tzid("/freeassociation.sourceforge.net/Tzfile/America/Argentina/Buenos_Aires"),
            Some(Tz::America__Argentina__Buenos_Aires)
        );
        assert_eq!(
            zone_of_tzid("\"Russian Standard Time\""),
            Some(Tz::Europe__Moscow)
        );
        assert_eq!(
            zone_of_tzid("SE Asia Standard Time"),
            Some(Tz::Asia__Bangkok)
        );
        assert_eq!(zone_of_tzid("Customized Time Zone"), None);
        assert_eq!(zone_of_tzid(""), None);
    }

    #[test]
    fn every_windows_name_maps_to_a_real_zone() {
        for (name, iana) in WINDOWS_ZONES {
            assert!(Tz::from_str(iana).is_ok(), "{name} → {iana}");
        }
    }
}
