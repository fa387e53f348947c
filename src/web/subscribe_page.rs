//! `/subscribe/{feed}`: the page a feed's QR code opens. A phone that scans the feed's own
//! address downloads the file once (a copy that never updates); this page instead offers
//! each calendar's way to subscribe — `webcal://` for Apple Calendar and Thunderbird (and
//! most phone apps), Google Calendar's and Outlook's "add by URL" links — and says plainly
//! that Google's phone app cannot subscribe by address: that is done once on a computer.

use maud::{Markup, html};

use super::layout::{Chrome, page};
use super::subscribe::{FeedLinks, qr_svg, subscribe_page_url};
use crate::plan::Lang;

/// The page's sentences, one table per language.
struct Words {
    heading: &'static str,
    intro: &'static str,
    apple: &'static str,
    apple_how: &'static str,
    google: &'static str,
    google_how: &'static str,
    google_phone: &'static str,
    outlook: &'static str,
    outlook365: &'static str,
    outlook_how: &'static str,
    address: &'static str,
    address_how: &'static str,
    qr: &'static str,
}

const RU: Words = Words {
    heading: "Подписаться на календарь",
    intro: "Подписка — это не копия: календарь сам подтягивает изменения плана (новые даты, отмены).",
    apple: "Apple Календарь, Thunderbird и другие (webcal)",
    apple_how: "На iPhone, iPad и Mac откроется запрос «Подписаться»; Thunderbird и большинство приложений на телефоне понимают эту ссылку так же.",
    google: "Google Календарь",
    google_how: "Откроет Google Календарь с этим адресом: нажмите «Добавить».",
    google_phone: "Приложение Google Календарь на телефоне не умеет подписываться по адресу. Откройте эту страницу на компьютере и подпишитесь там (calendar.google.com) — календарь сам появится и на телефоне.",
    outlook: "Outlook.com",
    outlook365: "Outlook (Microsoft 365, рабочая или школьная учётная запись)",
    outlook_how: "Откроет Outlook в браузере с этим адресом: нажмите «Импорт» или «Подписаться».",
    address: "Адрес календаря",
    address_how: "Для других программ: скопируйте адрес и добавьте календарь «по URL» или «из интернета».",
    qr: "QR-код этой страницы: отсканируйте камерой телефона",
};

const VI: Words = Words {
    heading: "Đăng ký lịch",
    intro: "Đăng ký không phải là bản sao: lịch tự cập nhật khi kế hoạch thay đổi (ngày mới, hoạt động bị hủy).",
    apple: "Lịch Apple, Thunderbird và ứng dụng khác (webcal)",
    apple_how: "Trên iPhone, iPad và Mac sẽ hiện hỏi «Đăng ký»; Thunderbird và phần lớn ứng dụng trên điện thoại cũng hiểu liên kết này.",
    google: "Google Lịch",
    google_how: "Mở Google Lịch với địa chỉ này: bấm «Thêm».",
    google_phone: "Ứng dụng Google Lịch trên điện thoại không đăng ký được bằng địa chỉ. Hãy mở trang này trên máy tính và đăng ký tại đó (calendar.google.com) — lịch sẽ tự hiện trên điện thoại.",
    outlook: "Outlook.com",
    outlook365: "Outlook (Microsoft 365, tài khoản cơ quan hoặc trường học)",
    outlook_how: "Mở Outlook trên trình duyệt với địa chỉ này: bấm «Nhập» hoặc «Đăng ký».",
    address: "Địa chỉ lịch",
    address_how: "Với chương trình khác: sao chép địa chỉ và thêm lịch «từ URL» hoặc «từ Internet».",
    qr: "Mã QR của trang này: quét bằng camera điện thoại",
};

const EN: Words = Words {
    heading: "Subscribe to the calendar",
    intro: "A subscription is not a copy: your calendar fetches the plan's changes itself (new dates, cancellations).",
    apple: "Apple Calendar, Thunderbird and others (webcal)",
    apple_how: "On iPhone, iPad and Mac this asks to subscribe; Thunderbird and most phone apps take the link the same way.",
    google: "Google Calendar",
    google_how: "Opens Google Calendar with this address: press Add.",
    google_phone: "Google Calendar's phone app cannot subscribe by address. Open this page on a computer and subscribe there (calendar.google.com) — the calendar then appears on the phone by itself.",
    outlook: "Outlook.com",
    outlook365: "Outlook (Microsoft 365, work or school account)",
    outlook_how: "Opens Outlook on the web with this address: press Import or Subscribe.",
    address: "Calendar address",
    address_how: "For other programs: copy the address and add a calendar \"from URL\" or \"from the internet\".",
    qr: "QR code of this page: scan it with a phone's camera",
};

fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Ru => &RU,
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}

/// One way to subscribe: a heading, the link, what happens.
fn way(title: &str, href: &str, how: &str) -> Markup {
    html! {
        li {
            a.btn href=(href) rel="noopener" { (title) }
            p.muted { (how) }
        }
    }
}

pub(crate) fn subscribe_page(chrome: &Chrome<'_>, feed: &FeedLinks) -> Markup {
    let w = words(chrome.lang);
    page(
        chrome,
        &html! {
            h1 { (w.heading) }
            p { strong { (feed.name) } }
            p { (w.intro) }
            ul.ways {
                (way(w.apple, &feed.webcal, w.apple_how))
                li {
                    a.btn href=(feed.google) rel="noopener" { (w.google) }
                    p.muted { (w.google_how) }
                    p role="note" { strong { (w.google_phone) } }
                }
                (way(w.outlook, &feed.outlook, w.outlook_how))
                (way(w.outlook365, &feed.outlook365, w.outlook_how))
            }
            h2 { (w.address) }
            p.muted { (w.address_how) }
            div.urlrow {
                label.sr for="feed-url" { (w.address) }
                input id="feed-url" type="text" readonly value=(feed.url);
            }
            div.qr { (maud::PreEscaped(qr_svg(&subscribe_page_url(&feed.url), w.qr))) }
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feed() -> FeedLinks {
        FeedLinks {
            name: "Школа — классные руководители".into(),
            url: "https://cal.example/feeds/roles/class-teacher.ics?org=s".into(),
            webcal: "webcal://cal.example/feeds/roles/class-teacher.ics?org=s".into(),
            google: "https://calendar.google.com/calendar/r?cid=webcal%3A".into(),
            outlook: "https://outlook.live.com/calendar/0/addfromweb?url=x".into(),
            outlook365: "https://outlook.office.com/calendar/0/addfromweb?url=x".into(),
        }
    }

    #[test]
    fn a_feeds_qr_code_opens_its_subscribe_page() {
        assert_eq!(
            subscribe_page_url("https://cal.example/feeds/orgs/s/merged.ics"),
            "https://cal.example/subscribe/orgs/s/merged.ics"
        );
    }

    #[test]
    fn the_page_offers_webcal_google_and_outlook_and_says_googles_phone_app_cannot() {
        let chrome = Chrome {
            lang: Lang::Ru,
            title: "t",
            path: "/subscribe/roles/class-teacher.ics",
            query: &[],
        };
        let html = subscribe_page(&chrome, &feed()).into_string();
        assert!(
            html.contains(r#"href="webcal://cal.example/feeds/roles/class-teacher.ics?org=s""#)
        );
        assert!(html.contains("https://calendar.google.com/calendar/r?cid="));
        assert!(html.contains("outlook.live.com") && html.contains("outlook.office.com"));
        assert!(html.contains("на телефоне не умеет подписываться по адресу"));
        assert!(html.contains("<svg"), "the QR code");
        for lang in [Lang::Vi, Lang::En] {
            let other = subscribe_page(&Chrome { lang, ..chrome }, &feed()).into_string();
            assert!(!other.contains("подписываться"), "{lang:?}");
        }
    }
}
