//! The words of the pages, one table per language, and how a request's language is chosen.
//!
//! A lookup is an exhaustive `match Lang`: adding a language adds a table the compiler asks
//! for, and a missing word is a compile error, never a silent fallback to Russian.

use crate::plan::{EventStatus, Lang, OrgKind};
use crate::sources::error_kind::FetchErrorKind;
use crate::timing::month_names;

/// A noun's forms after a number, chosen by `Lang::plural`: Russian one/few/many, English
/// one/other (`few` and `many` both hold "other"), Vietnamese none (all three the same).
pub struct Plural {
    pub one: &'static str,
    pub few: &'static str,
    pub many: &'static str,
}

impl Plural {
    /// "21 мероприятие", "3 плана", "1 plan".
    pub(crate) fn of(&self, lang: Lang, n: i64) -> String {
        let form = match lang.plural(n.unsigned_abs()) {
            crate::timing::Plural::One => self.one,
            crate::timing::Plural::Few => self.few,
            crate::timing::Plural::Many => self.many,
        };
        format!("{n} {form}")
    }
}

/// Every word the pages print. Pages written later add fields here (all three tables).
pub struct Words {
    pub lang_name: &'static str,
    pub home: &'static str,
    pub organizations: &'static str,
    pub search: &'static str,
    pub search_placeholder: &'static str,
    pub no_orgs: &'static str,
    /// "1 план", "3 плана", "21 мероприятие": counted nouns, by `Plural::of`.
    pub plans: Plural,
    pub events_counted: Plural,
    /// "мероприятий: 5" — the noun as a label before a number.
    pub events: &'static str,
    /// The header's links to the upload page (which asks for a login first) and the login.
    pub upload_plan: &'static str,
    pub log_in: &'static str,
    pub partners: &'static str,
    pub partner_of: &'static str,
    pub calendar: &'static str,
    pub month: &'static str,
    pub agenda: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub today: &'static str,
    pub weekdays: [&'static str; 7],
    /// Month names as a calendar heading says them ("апрель 2026").
    pub months: [&'static str; 12],
    /// Month names after a day number ("12 апреля").
    pub months_genitive: [&'static str; 12],
    pub legend: &'static str,
    pub own_events: &'static str,
    pub filters: &'static str,
    pub apply: &'static str,
    pub reset: &'static str,
    pub any: &'static str,
    pub role: &'static str,
    pub section: &'static str,
    pub status: &'static str,
    pub partner: &'static str,
    pub no_events: &'static str,
    pub no_events_month: &'static str,
    pub this_month_undated: &'static str,
    pub year_long: &'static str,
    pub undated: &'static str,
    /// "сроки" before the plan's own words for an inexact event.
    pub timing_label: &'static str,
    pub planned_as: &'static str,
    pub dates: &'static str,
    pub time: &'static str,
    pub place: &'static str,
    pub responsible: &'static str,
    pub roles: &'static str,
    pub people: &'static str,
    pub owner: &'static str,
    pub plan: &'static str,
    pub result: &'static str,
    pub notes: &'static str,
    pub agenda_items: &'static str,
    pub deadline: &'static str,
    pub inexact: &'static str,
    pub every: &'static str,
    pub history: &'static str,
    /// "revision" before SEQUENCE, then created / changed.
    pub revision: &'static str,
    pub created: &'static str,
    pub changed: &'static str,
    pub add_to_calendar: &'static str,
    pub in_feeds: &'static str,
    pub subscribe: &'static str,
    pub subscribe_hint: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub feed_url: &'static str,
    pub google: &'static str,
    pub outlook: &'static str,
    pub outlook365: &'static str,
    pub apple: &'static str,
    pub qr_hint: &'static str,
    pub role_feeds: &'static str,
    pub language: &'static str,
    pub error_title: &'static str,
    pub not_found: &'static str,
    pub bad_request: &'static str,
    pub too_large: &'static str,
    pub unavailable: &'static str,
    pub back_home: &'static str,
    /// The admin's link from an organization's page to its edit page.
    pub edit: &'static str,
    pub private_org: &'static str,
    pub more: &'static str,
    /// The heading of the organization page's list of partners' calendars it follows.
    pub followed: &'static str,
    /// Under that heading: where their events are.
    pub followed_hint: &'static str,
    /// "updated" before the last successful fetch's date and time.
    pub followed_updated: &'static str,
    /// A followed calendar that no fetch has brought yet.
    pub followed_never: &'static str,
    /// "error" before the last failed fetch's date and message.
    pub followed_error: &'static str,
    /// After the error, when an earlier fetch brought a copy: that copy is still shown.
    pub followed_kept_copy: &'static str,
    /// What went wrong with a fetch, one sentence per kind.
    pub fetch_errors: FetchErrorWords,
    /// planned, confirmed, done, cancelled
    pub statuses: [&'static str; 4],
    /// school, library, museum, kindergarten, association, other
    pub kinds: [&'static str; 6],
}

impl Words {
    pub fn status(&self, status: EventStatus) -> &'static str {
        let i = match status {
            EventStatus::Planned => 0,
            EventStatus::Confirmed => 1,
            EventStatus::Done => 2,
            EventStatus::Cancelled => 3,
        };
        self.statuses[i]
    }

    pub fn kind(&self, kind: OrgKind) -> &'static str {
        let i = match kind {
            OrgKind::School => 0,
            OrgKind::Library => 1,
            OrgKind::Museum => 2,
            OrgKind::Kindergarten => 3,
            OrgKind::Association => 4,
            OrgKind::Other => 5,
        };
        self.kinds[i]
    }

    pub fn month(&self, month0: u32) -> &'static str {
        self.months[(month0 % 12) as usize]
    }
}

/// A followed calendar's failed fetch, one sentence per kind; `{n}` is the kind's parameter
/// (a status, a limit, a line, an address, a scheme).
pub struct FetchErrorWords {
    pub timeout: &'static str,
    /// 404 and 410.
    pub http_gone: &'static str,
    /// 401 and 403.
    pub http_closed: &'static str,
    /// Any other status (5xx above all).
    pub http_status: &'static str,
    /// `{n}` is a size: a number and one of the three units below.
    pub too_large: &'static str,
    pub bytes: &'static str,
    pub kilobytes: &'static str,
    pub megabytes: &'static str,
    pub too_many_redirects: &'static str,
    /// `{n}` is the scheme the redirect led to ("file").
    pub redirect_scheme: &'static str,
    pub redirect_refused: &'static str,
    pub address_refused: &'static str,
    pub host_not_found: &'static str,
    pub connection_failed: &'static str,
    pub request_failed: &'static str,
    pub bad_url: &'static str,
    pub not_calendar: &'static str,
    pub unreadable_at: &'static str,
    pub unreadable: &'static str,
    pub too_many_events: &'static str,
}

impl FetchErrorWords {
    /// The sentence for `kind`, its parameter filled in.
    pub fn sentence(&self, kind: &FetchErrorKind) -> String {
        use FetchErrorKind as K;
        let fill =
            |template: &str, n: &dyn std::fmt::Display| template.replace("{n}", &n.to_string());
        match kind {
            K::Timeout { seconds } => fill(self.timeout, seconds),
            K::HttpStatus { status } => {
                let template = match status {
                    404 | 410 => self.http_gone,
                    401 | 403 => self.http_closed,
                    _ => self.http_status,
                };
                fill(template, status)
            }
            K::TooLarge { limit } => fill(self.too_large, &self.size(*limit)),
            K::TooManyRedirects { limit } => fill(self.too_many_redirects, limit),
            K::RedirectRefused { scheme: Some(s) } => fill(self.redirect_scheme, s),
            K::RedirectRefused { scheme: None } => self.redirect_refused.to_string(),
            K::AddressRefused { address } => fill(self.address_refused, address),
            K::HostNotFound => self.host_not_found.to_string(),
            K::ConnectionFailed => self.connection_failed.to_string(),
            K::RequestFailed => self.request_failed.to_string(),
            K::BadUrl => self.bad_url.to_string(),
            K::NotCalendar => self.not_calendar.to_string(),
            K::Unreadable { line: Some(line) } => fill(self.unreadable_at, line),
            K::Unreadable { line: None } => self.unreadable.to_string(),
            K::TooManyEvents { limit } => fill(self.too_many_events, limit),
        }
    }

    /// A size limit in whole megabytes or kilobytes, rounded down (the calendar is larger
    /// than the limit, so it is larger than that too).
    fn size(&self, bytes: u64) -> String {
        const KB: u64 = 1024;
        match bytes {
            b if b >= KB * KB => format!("{} {}", b / (KB * KB), self.megabytes),
            b if b >= KB => format!("{} {}", b / KB, self.kilobytes),
            b => format!("{b} {}", self.bytes),
        }
    }
}

/// The table of `lang`.
pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Ru => &RU,
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}

const RU: Words = Words {
    lang_name: "Русский",
    home: "Все организации",
    organizations: "Организации",
    search: "Найти",
    search_placeholder: "название организации",
    no_orgs: "Организаций с планами пока нет.",
    plans: Plural {
        one: "план",
        few: "плана",
        many: "планов",
    },
    events_counted: Plural {
        one: "мероприятие",
        few: "мероприятия",
        many: "мероприятий",
    },
    events: "мероприятий",
    upload_plan: "Загрузить план",
    log_in: "Войти",
    partners: "Партнёры",
    partner_of: "Партнёр организаций",
    calendar: "Календарь",
    month: "Месяц",
    agenda: "Список",
    previous: "Предыдущий месяц",
    next: "Следующий месяц",
    today: "Сегодня",
    weekdays: ["Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"],
    months: month_names::RU.alone,
    months_genitive: month_names::RU.after_day,
    legend: "Чьи мероприятия показывать",
    own_events: "свои",
    filters: "Фильтры",
    apply: "Показать",
    reset: "Сбросить",
    any: "все",
    role: "Роль",
    section: "Раздел",
    status: "Статус",
    partner: "Партнёр",
    no_events: "Мероприятий пока нет.",
    no_events_month: "В этом месяце мероприятий нет.",
    this_month_undated: "В этом месяце, без точной даты",
    year_long: "В течение года",
    undated: "Без даты",
    timing_label: "сроки",
    planned_as: "в плане",
    dates: "Даты",
    time: "Время",
    place: "Место",
    responsible: "Ответственные",
    roles: "Роли",
    people: "Люди",
    owner: "Организатор",
    plan: "План",
    result: "Ожидаемый результат",
    notes: "Примечания",
    agenda_items: "Повестка",
    deadline: "срок до",
    inexact: "дата не уточнена",
    every: "регулярно",
    history: "История",
    revision: "редакция",
    created: "создано",
    changed: "изменено",
    add_to_calendar: "Добавить в календарь (.ics)",
    in_feeds: "Входит в календари",
    subscribe: "Подписаться на календарь",
    subscribe_hint: "Подписка обновляется сама: новые и перенесённые мероприятия появятся в вашем календаре.",
    copy: "Копировать",
    copied: "Скопировано",
    feed_url: "Адрес календаря",
    google: "Google Календарь",
    outlook: "Outlook.com",
    outlook365: "Microsoft 365",
    apple: "Apple, Thunderbird (webcal)",
    qr_hint: "Наведите камеру телефона",
    role_feeds: "Календари по ролям",
    language: "Язык",
    error_title: "Ошибка",
    not_found: "Такой страницы нет.",
    bad_request: "Запрос не понят.",
    too_large: "Файл слишком большой.",
    unavailable: "Сервис временно недоступен, попробуйте позже.",
    back_home: "На главную",
    edit: "Изменить",
    private_org: "Календарь этой организации закрыт.",
    more: "ещё",
    followed: "Календари партнёров",
    followed_hint: "Организация подписана на эти календари: их мероприятия показаны выше цветом партнёра.",
    followed_updated: "обновлён",
    followed_never: "ещё не загружен",
    followed_error: "ошибка",
    followed_kept_copy: "показана последняя удачная копия",
    fetch_errors: FetchErrorWords {
        timeout: "нет полного ответа за {n} с",
        http_gone: "сервер ответил HTTP {n}: календаря по этому адресу больше нет",
        http_closed: "сервер ответил HTTP {n}: календарь закрыт для всех",
        http_status: "сервер ответил HTTP {n}",
        too_large: "календарь больше {n}",
        bytes: "байт",
        kilobytes: "КБ",
        megabytes: "МБ",
        too_many_redirects: "больше {n} перенаправлений подряд",
        redirect_scheme: "сервер перенаправил на адрес {n}://, такие перенаправления не выполняются",
        redirect_refused: "сервер перенаправил на адрес, который нельзя загрузить",
        address_refused: "адрес {n} во внутренней сети сервера, с него календари не загружаются",
        host_not_found: "имя сервера не найдено",
        connection_failed: "не удалось соединиться с сервером",
        request_failed: "запрос не удался",
        bad_url: "адрес календаря не проходит проверку",
        not_calendar: "сервер прислал не календарь (нет BEGIN:VCALENDAR)",
        unreadable_at: "файл календаря повреждён (строка {n})",
        unreadable: "файл календаря повреждён",
        too_many_events: "в календаре больше {n} мероприятий",
    },
    statuses: ["запланировано", "подтверждено", "проведено", "отменено"],
    kinds: [
        "школа",
        "библиотека",
        "музей",
        "детский сад",
        "объединение",
        "организация",
    ],
};

const VI: Words = Words {
    lang_name: "Tiếng Việt",
    home: "Tất cả đơn vị",
    organizations: "Đơn vị",
    search: "Tìm",
    search_placeholder: "tên đơn vị",
    no_orgs: "Chưa có đơn vị nào có kế hoạch.",
    plans: Plural {
        one: "kế hoạch",
        few: "kế hoạch",
        many: "kế hoạch",
    },
    events_counted: Plural {
        one: "hoạt động",
        few: "hoạt động",
        many: "hoạt động",
    },
    events: "hoạt động",
    upload_plan: "Tải kế hoạch lên",
    log_in: "Đăng nhập",
    partners: "Đối tác",
    partner_of: "Đối tác của",
    calendar: "Lịch",
    month: "Tháng",
    agenda: "Danh sách",
    previous: "Tháng trước",
    next: "Tháng sau",
    today: "Hôm nay",
    weekdays: ["T2", "T3", "T4", "T5", "T6", "T7", "CN"],
    months: month_names::VI.alone,
    months_genitive: month_names::VI.after_day,
    legend: "Hiển thị hoạt động của",
    own_events: "của đơn vị",
    filters: "Bộ lọc",
    apply: "Lọc",
    reset: "Bỏ lọc",
    any: "tất cả",
    role: "Vai trò",
    section: "Mục",
    status: "Trạng thái",
    partner: "Đối tác",
    no_events: "Chưa có hoạt động.",
    no_events_month: "Tháng này không có hoạt động.",
    this_month_undated: "Trong tháng, chưa có ngày cụ thể",
    year_long: "Cả năm học",
    undated: "Chưa có ngày",
    timing_label: "thời gian",
    planned_as: "theo kế hoạch",
    dates: "Ngày",
    time: "Giờ",
    place: "Địa điểm",
    responsible: "Người phụ trách",
    roles: "Vai trò",
    people: "Người thực hiện",
    owner: "Đơn vị tổ chức",
    plan: "Kế hoạch",
    result: "Kết quả dự kiến",
    notes: "Ghi chú",
    agenda_items: "Nội dung",
    deadline: "hạn chót",
    inexact: "chưa có ngày cụ thể",
    every: "định kỳ",
    history: "Lịch sử",
    revision: "phiên bản",
    created: "tạo lúc",
    changed: "sửa lúc",
    add_to_calendar: "Thêm vào lịch (.ics)",
    in_feeds: "Có trong các lịch",
    subscribe: "Đăng ký lịch",
    subscribe_hint: "Lịch tự cập nhật: hoạt động mới và thay đổi sẽ hiện trong lịch của bạn.",
    copy: "Sao chép",
    copied: "Đã sao chép",
    feed_url: "Địa chỉ lịch",
    google: "Google Lịch",
    outlook: "Outlook.com",
    outlook365: "Microsoft 365",
    apple: "Apple, Thunderbird (webcal)",
    qr_hint: "Quét bằng điện thoại",
    role_feeds: "Lịch theo vai trò",
    language: "Ngôn ngữ",
    error_title: "Lỗi",
    not_found: "Không có trang này.",
    bad_request: "Yêu cầu không hợp lệ.",
    too_large: "Tệp quá lớn.",
    unavailable: "Dịch vụ tạm thời không khả dụng, vui lòng thử lại sau.",
    back_home: "Về trang chủ",
    edit: "Sửa",
    private_org: "Lịch của đơn vị này không công khai.",
    more: "thêm",
    followed: "Lịch của đối tác",
    followed_hint: "Đơn vị theo dõi các lịch này: hoạt động của chúng hiển thị ở trên bằng màu của đối tác.",
    followed_updated: "cập nhật",
    followed_never: "chưa được tải",
    followed_error: "lỗi",
    followed_kept_copy: "đang hiển thị bản tải thành công gần nhất",
    fetch_errors: FetchErrorWords {
        timeout: "không nhận được phản hồi đầy đủ trong {n} giây",
        http_gone: "máy chủ trả về HTTP {n}: lịch không còn ở địa chỉ này",
        http_closed: "máy chủ trả về HTTP {n}: lịch không được công khai",
        http_status: "máy chủ trả về HTTP {n}",
        too_large: "lịch lớn hơn {n}",
        bytes: "byte",
        kilobytes: "KB",
        megabytes: "MB",
        too_many_redirects: "chuyển hướng quá {n} lần liên tiếp",
        redirect_scheme: "máy chủ chuyển hướng đến địa chỉ {n}://, loại chuyển hướng này không được thực hiện",
        redirect_refused: "máy chủ chuyển hướng đến một địa chỉ không thể tải",
        address_refused: "địa chỉ {n} thuộc mạng nội bộ của máy chủ nên không được tải",
        host_not_found: "không tìm thấy tên máy chủ",
        connection_failed: "không kết nối được với máy chủ",
        request_failed: "yêu cầu không thành công",
        bad_url: "địa chỉ lịch không hợp lệ",
        not_calendar: "máy chủ không gửi về tệp lịch (không có BEGIN:VCALENDAR)",
        unreadable_at: "tệp lịch bị hỏng (dòng {n})",
        unreadable: "tệp lịch bị hỏng",
        too_many_events: "lịch có hơn {n} hoạt động",
    },
    statuses: ["dự kiến", "đã xác nhận", "đã thực hiện", "đã hủy"],
    kinds: [
        "trường học",
        "thư viện",
        "bảo tàng",
        "trường mầm non",
        "hội",
        "đơn vị",
    ],
};

const EN: Words = Words {
    lang_name: "English",
    home: "All organizations",
    organizations: "Organizations",
    search: "Search",
    search_placeholder: "organization name",
    no_orgs: "No organization has a plan yet.",
    plans: Plural {
        one: "plan",
        few: "plans",
        many: "plans",
    },
    events_counted: Plural {
        one: "event",
        few: "events",
        many: "events",
    },
    events: "events",
    upload_plan: "Upload a plan",
    log_in: "Log in",
    partners: "Partners",
    partner_of: "Partner of",
    calendar: "Calendar",
    month: "Month",
    agenda: "Agenda",
    previous: "Previous month",
    next: "Next month",
    today: "Today",
    weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    months: month_names::EN.alone,
    months_genitive: month_names::EN.after_day,
    legend: "Show events of",
    own_events: "own",
    filters: "Filters",
    apply: "Apply",
    reset: "Reset",
    any: "all",
    role: "Role",
    section: "Section",
    status: "Status",
    partner: "Partner",
    no_events: "No events yet.",
    no_events_month: "No events this month.",
    this_month_undated: "This month, no exact date",
    year_long: "All year",
    undated: "No date",
    timing_label: "timing",
    planned_as: "planned as",
    dates: "Dates",
    time: "Time",
    place: "Place",
    responsible: "Responsible",
    roles: "Roles",
    people: "People",
    owner: "Organizer",
    plan: "Plan",
    result: "Expected result",
    notes: "Notes",
    agenda_items: "Agenda",
    deadline: "due by",
    inexact: "date not fixed",
    every: "recurring",
    history: "History",
    revision: "revision",
    created: "created",
    changed: "changed",
    add_to_calendar: "Add to calendar (.ics)",
    in_feeds: "In calendars",
    subscribe: "Subscribe to this calendar",
    subscribe_hint: "A subscription updates itself: new and moved events appear in your calendar.",
    copy: "Copy",
    copied: "Copied",
    feed_url: "Calendar address",
    google: "Google Calendar",
    outlook: "Outlook.com",
    outlook365: "Microsoft 365",
    apple: "Apple, Thunderbird (webcal)",
    qr_hint: "Point a phone camera here",
    role_feeds: "Calendars by role",
    language: "Language",
    error_title: "Error",
    not_found: "There is no such page.",
    bad_request: "The request was not understood.",
    too_large: "The file is too large.",
    unavailable: "The service is busy; please try again shortly.",
    back_home: "Home",
    edit: "Edit",
    private_org: "This organization's calendar is private.",
    more: "more",
    followed: "Followed calendars",
    followed_hint: "This organization follows these calendars: their events are shown above in the partner's colour.",
    followed_updated: "updated",
    followed_never: "not fetched yet",
    followed_error: "error",
    followed_kept_copy: "the last good copy is shown",
    fetch_errors: FetchErrorWords {
        timeout: "no complete answer within {n} s",
        http_gone: "the server answered HTTP {n}: the calendar is no longer at this address",
        http_closed: "the server answered HTTP {n}: the calendar is not public",
        http_status: "the server answered HTTP {n}",
        too_large: "the calendar is larger than {n}",
        bytes: "bytes",
        kilobytes: "KB",
        megabytes: "MB",
        too_many_redirects: "more than {n} redirects in a row",
        redirect_scheme: "the server redirected to a {n}:// address, which is not followed",
        redirect_refused: "the server redirected to an address that cannot be fetched",
        address_refused: "the address {n} is in the server's own network, which is not fetched from",
        host_not_found: "the server's name does not resolve",
        connection_failed: "the connection to the server failed",
        request_failed: "the request failed",
        bad_url: "the calendar's address does not pass the checks",
        not_calendar: "the server sent something other than a calendar (no BEGIN:VCALENDAR)",
        unreadable_at: "the calendar file is damaged (line {n})",
        unreadable: "the calendar file is damaged",
        too_many_events: "the calendar holds more than {n} events",
    },
    statuses: ["planned", "confirmed", "done", "cancelled"],
    kinds: [
        "school",
        "library",
        "museum",
        "kindergarten",
        "association",
        "organization",
    ],
};

/// Every language a page can be shown in, in the order the switcher lists them.
pub(crate) const LANGS: [Lang; 3] = [Lang::Ru, Lang::Vi, Lang::En];

/// What a request says about its language, strongest first.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct LangHints<'a> {
    /// `?lang=`
    pub query: Option<&'a str>,
    /// The `lang` cookie (set when `?lang=` was given).
    pub cookie: Option<&'a str>,
    /// The Accept-Language header.
    pub accept: Option<&'a str>,
    /// The organization the page is about.
    pub org_locale: Option<Lang>,
}

/// The page language: `?lang=`, then the cookie, then Accept-Language, then the
/// organization's locale, then Russian (the product's default). Unknown values are passed
/// over, never an error: a stale cookie must not break a page.
pub(crate) fn negotiate(h: LangHints<'_>) -> Lang {
    let parse = |v: Option<&str>| v.and_then(|v| v.parse::<Lang>().ok());
    parse(h.query)
        .or_else(|| parse(h.cookie))
        .or_else(|| h.accept.and_then(from_accept_language))
        .or(h.org_locale)
        .unwrap_or(Lang::Ru)
}

/// The supported language the client prefers most ("vi-VN,vi;q=0.9,en;q=0.5" → vi).
/// A wildcard says nothing, so it gives no answer and the organization's locale decides.
pub(crate) fn from_accept_language(header: &str) -> Option<Lang> {
    let mut best: Option<(f32, Lang)> = None;
    for part in header.split(',') {
        let mut pieces = part.split(';');
        let tag = pieces.next().unwrap_or("").trim();
        let q = pieces
            .filter_map(|p| p.trim().strip_prefix("q="))
            .find_map(|v| v.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        let primary = tag.split('-').next().unwrap_or("");
        let Ok(lang) = primary.parse::<Lang>() else {
            continue;
        };
        if q > 0.0 && best.is_none_or(|(bq, _)| q > bq) {
            best = Some((q, lang));
        }
    }
    best.map(|(_, lang)| lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_beats_cookie_beats_header_beats_org_locale() {
        let all = LangHints {
            query: Some("en"),
            cookie: Some("vi"),
            accept: Some("ru"),
            org_locale: Some(Lang::Vi),
        };
        assert_eq!(negotiate(all), Lang::En);
        assert_eq!(negotiate(LangHints { query: None, ..all }), Lang::Vi);
        let header = LangHints {
            query: None,
            cookie: None,
            ..all
        };
        assert_eq!(negotiate(header), Lang::Ru);
        let org = LangHints {
            accept: None,
            ..header
        };
        assert_eq!(negotiate(org), Lang::Vi);
        assert_eq!(negotiate(LangHints::default()), Lang::Ru);
    }

    #[test]
    fn unknown_values_are_passed_over_not_errors() {
        let h = LangHints {
            query: Some("de"),
            cookie: Some("%%"),
            accept: Some("de-DE,fr;q=0.8"),
            org_locale: Some(Lang::En),
        };
        assert_eq!(negotiate(h), Lang::En);
    }

    #[test]
    fn accept_language_takes_the_highest_supported_weight() {
        assert_eq!(
            from_accept_language("vi-VN,vi;q=0.9,en-US;q=0.8"),
            Some(Lang::Vi)
        );
        assert_eq!(
            from_accept_language("de;q=1,en;q=0.3,ru;q=0.7"),
            Some(Lang::Ru)
        );
        assert_eq!(from_accept_language("*"), None);
        assert_eq!(from_accept_language("en;q=0"), None);
    }

    #[test]
    fn every_fetch_error_is_a_sentence_with_its_parameter_in_every_language() {
        use crate::sources::error_kind::every_kind;
        for lang in LANGS {
            let w = &words(lang).fetch_errors;
            for (kind, code) in every_kind() {
                let said = w.sentence(&kind);
                assert!(!said.contains("{n}"), "{lang:?} {code}: {said}");
                let param = code.split_once(':').map_or("", |(_, p)| p);
                let shown = match &kind {
                    FetchErrorKind::TooLarge { .. } => "1",
                    _ => param,
                };
                assert!(said.contains(shown), "{lang:?} {code}: {said}");
                assert!(said.len() > 10, "{lang:?} {code}: {said}");
            }
        }
    }

    #[test]
    fn fetch_errors_read_as_each_language_says_them() {
        let http = FetchErrorKind::HttpStatus { status: 503 };
        assert_eq!(
            words(Lang::Ru).fetch_errors.sentence(&http),
            "сервер ответил HTTP 503"
        );
        assert_eq!(
            words(Lang::Vi).fetch_errors.sentence(&http),
            "máy chủ trả về HTTP 503"
        );
        let gone = FetchErrorKind::HttpStatus { status: 404 };
        assert_eq!(
            words(Lang::En).fetch_errors.sentence(&gone),
            "the server answered HTTP 404: the calendar is no longer at this address"
        );
        let large = |limit| FetchErrorKind::TooLarge { limit };
        let ru = &words(Lang::Ru).fetch_errors;
        assert_eq!(ru.sentence(&large(1_048_576)), "календарь больше 1 МБ");
        assert_eq!(
            ru.sentence(&large(3_000_000)),
            "календарь больше 2 МБ",
            "rounded down"
        );
        assert_eq!(ru.sentence(&large(2048)), "календарь больше 2 КБ");
        assert_eq!(ru.sentence(&large(100)), "календарь больше 100 байт");
        let line = FetchErrorKind::Unreadable { line: Some(12) };
        assert_eq!(
            words(Lang::Vi).fetch_errors.sentence(&line),
            "tệp lịch bị hỏng (dòng 12)"
        );
    }

    #[test]
    fn every_table_names_every_status_and_kind() {
        for lang in LANGS {
            let w = words(lang);
            for s in EventStatus::ALL {
                assert!(!w.status(s).is_empty());
            }
            for k in OrgKind::ALL {
                assert!(!w.kind(k).is_empty());
            }
        }
    }
}
