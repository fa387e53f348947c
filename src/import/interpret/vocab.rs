//! Words that tell what a column, a paragraph or a name is, per language. Data only.
//! Entries are lowercase; "ё" is written "е".

/// What a table column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Field {
    Number,
    Title,
    Timing,
    /// Days or weeks inside the month a timing column names ("TUẦN C.MÔN": "Từ 05 - 31/8").
    Days,
    Location,
    Responsible,
    /// Who leads it, beside a responsible column ("Руководитель" | "Ответственное лицо"):
    /// read as more of the responsible text.
    Leader,
    Result,
    Audience,
    Form,
    /// A meeting's agenda items, beside the meeting's name (chosen by content only: cells
    /// that are lists of items, next to a column that names the meetings).
    Agenda,
}

impl Field {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Field::Number => "number",
            Field::Title => "title",
            Field::Timing => "timing",
            Field::Days => "days",
            Field::Location => "location",
            Field::Responsible => "responsible",
            Field::Leader => "leader",
            Field::Result => "result",
            Field::Audience => "audience",
            Field::Form => "form",
            Field::Agenda => "agenda",
        }
    }
}

/// Header cell words by meaning. A header cell is matched by the first entry it starts with
/// (so "сроки, место проведения" is timing), longest entries first within a field.
pub(crate) const HEADERS: &[(&str, Field)] = &[
    ("№ п/п", Field::Number),
    ("№п/п", Field::Number),
    ("№", Field::Number),
    ("n п/п", Field::Number),
    ("stt", Field::Number),
    ("tt", Field::Number),
    ("tên chủ đề", Field::Title),
    ("chủ đề", Field::Title),
    ("nội dung công việc", Field::Title),
    ("no.", Field::Number),
    ("no", Field::Number),
    ("#", Field::Number),
    ("наименование мероприятия", Field::Title),
    ("наименование", Field::Title),
    ("название", Field::Title),
    ("тематика", Field::Title),
    ("мероприятие, форма", Field::Title),
    ("công việc", Field::Title),
    ("nhiệm vụ", Field::Title),
    ("наименование мероприятий", Field::Title),
    ("название мероприятия", Field::Title),
    ("содержание работы", Field::Title),
    ("содержание деятельности", Field::Title),
    ("содержание", Field::Title),
    ("мероприятия", Field::Title),
    ("мероприятие", Field::Title),
    ("тема", Field::Title),
    ("вид деятельности", Field::Title),
    // The federal calendar plan of educational work: "Дела, события, мероприятия" | "Классы".
    ("дела", Field::Title),
    ("nội dung hoạt động", Field::Title),
    ("nội dung công việc", Field::Title),
    ("nội dung", Field::Title),
    ("tên hoạt động", Field::Title),
    ("hoạt động", Field::Title),
    ("event", Field::Title),
    ("activity", Field::Title),
    ("activities", Field::Title),
    ("title", Field::Title),
    // A term-dates table names its rows by their terms ("Term | Dates").
    ("term", Field::Title),
    // "Tên ngày hội ngày lễ", "Tên sự kiện": the name of what is held. After every
    // longer "tên …" entry, and a person's name is "họ tên", not "tên".
    ("tên", Field::Title),
    ("сроки проведения", Field::Timing),
    ("срок проведения", Field::Timing),
    ("сроки исполнения", Field::Timing),
    ("срок исполнения", Field::Timing),
    ("дата проведения", Field::Timing),
    ("дата и время", Field::Timing),
    ("дата проведен", Field::Timing),
    ("срок выполнения", Field::Timing),
    ("сроки выполнения", Field::Timing),
    ("месяц", Field::Timing),
    ("время", Field::Timing),
    ("tháng", Field::Timing),
    ("thời hạn", Field::Timing),
    ("сроки", Field::Timing),
    ("срок", Field::Timing),
    ("дата", Field::Timing),
    ("период", Field::Timing),
    ("время проведения", Field::Timing),
    ("thời gian thực hiện", Field::Timing),
    ("thời gian", Field::Timing),
    ("ngày", Field::Timing),
    ("when", Field::Timing),
    ("date", Field::Timing),
    ("dates", Field::Timing),
    ("timing", Field::Timing),
    // "Date | Time": a column of clock times beside the dates.
    ("time", Field::Timing),
    ("deadline", Field::Timing),
    ("tuần", Field::Days),
    ("неделя", Field::Days),
    ("week", Field::Days),
    ("место проведения", Field::Location),
    ("место", Field::Location),
    // A library system's plan names the branch that holds the event.
    ("библиотека", Field::Location),
    ("địa điểm", Field::Location),
    ("place", Field::Location),
    ("venue", Field::Location),
    ("location", Field::Location),
    ("ответственные", Field::Responsible),
    ("ответственное лицо", Field::Responsible),
    ("ответственные лица", Field::Responsible),
    ("руководитель", Field::Leader),
    ("руководители", Field::Leader),
    ("ответственный за", Field::Responsible),
    ("ответств", Field::Responsible),
    ("đơn vị thực hiện", Field::Responsible),
    ("người thực hiện", Field::Responsible),
    ("lực lượng", Field::Responsible),
    ("ответственный", Field::Responsible),
    ("исполнители", Field::Responsible),
    ("исполнитель", Field::Responsible),
    ("ответственные исполнители", Field::Responsible),
    ("người phụ trách", Field::Responsible),
    ("người thực hiện", Field::Responsible),
    ("phụ trách", Field::Responsible),
    ("phân công", Field::Responsible),
    ("gv chỉ đạo", Field::Responsible),
    ("giáo viên chỉ đạo", Field::Responsible),
    ("gv phụ trách", Field::Responsible),
    ("bộ phận t.hiện", Field::Responsible),
    ("người chịu trách nhiệm", Field::Responsible),
    ("bộ phận thực hiện", Field::Responsible),
    ("responsible", Field::Responsible),
    ("owner", Field::Responsible),
    ("ожидаемые результаты", Field::Result),
    ("ожидаемый результат", Field::Result),
    ("результат", Field::Result),
    ("результаты", Field::Result),
    ("выход", Field::Result),
    ("kết quả", Field::Result),
    ("sản phẩm", Field::Result),
    ("result", Field::Result),
    ("outcome", Field::Result),
    ("участники", Field::Audience),
    ("возраст участников", Field::Audience),
    ("классы", Field::Audience),
    ("класс", Field::Audience),
    ("целевая аудитория", Field::Audience),
    ("категория участников", Field::Audience),
    ("đối tượng", Field::Audience),
    ("thành phần", Field::Audience),
    ("audience", Field::Audience),
    ("participants", Field::Audience),
    ("для кого", Field::Audience),
    ("khối", Field::Audience),
    ("khối lớp", Field::Audience),
    ("lớp", Field::Audience),
    ("year groups", Field::Audience),
    ("year group", Field::Audience),
    ("форма проведения", Field::Form),
    ("форма работы", Field::Form),
    ("форма", Field::Form),
    ("hình thức", Field::Form),
    ("format", Field::Form),
    ("form", Field::Form),
];

/// Words a plan's title starts with.
pub(crate) const TITLE_WORDS: &[&str] =
    &["план", "kế hoạch", "plan", "программа", "perspective plan"];

/// Paragraphs that open the plan's list of events ("№, мероприятие, сроки, ответственные.").
pub(crate) const EVENT_LIST_HEADS: &[&str] = &[
    "мероприят",
    "nội dung",
    "event",
    "activit",
    "содержание работы",
];

/// Headings after which bullets are the plan's activities (plans with no table).
pub(crate) const ACTIVITY_HEADINGS: &[&str] = &[
    "kế hoạch công tác",
    "nhiệm vụ trọng tâm",
    "план работы на",
    "nội dung phối hợp",
    "nội dung",
    "hoạt động",
    // "1/ Sinh hoạt chủ điểm trong tháng:": the month's activities.
    "sinh hoạt",
    "мероприятия",
    "содержание работы",
    "содержание",
    "activities",
    "events",
];

/// Short forms that open an organization's name: МБОУ «СОШ № 18», МУК «…», Trường THCS …
pub(crate) const ORG_FORMS: &[&str] = &[
    "мбоу",
    "маоу",
    "моу",
    "мбу",
    "мау",
    "муп",
    "мук",
    "мбук",
    "мауk",
    "мбдоу",
    "мадоу",
    "мдоу",
    "гбоу",
    "гоу",
    "гбу",
    "мбудо",
    "маудо",
    "мао удо",
    "мбоу до",
    "мку",
    "мкук",
    "мкоу",
    "огбу",
    "огау",
    "фгбоу",
    "цбс",
    "мбу цбс",
    "ицк",
    "икц",
    "ано",
    "оо",
    "doo",
    "trường",
    "thư viện",
    "phòng gd",
    "nhà văn hóa",
    "bảo tàng",
    "đoàn",
    "hội",
];

/// Governing bodies a responsible cell names without quotes ("Управление культуры",
/// "Комитет по образованию", "Phòng Văn hóa"): partners, not people or roles.
pub(crate) const GOVERNING_BODIES: &[&str] = &[
    "управление",
    "комитет",
    "министерство",
    "департамент",
    "администрация",
    "отдел культуры",
    "отдел образования",
    "phòng văn hóa",
    "phòng giáo dục",
    "sở giáo dục",
    "sở văn hóa",
    "ubnd",
    "department for",
    "department of",
    "county council",
    "city council",
];

/// Nouns that make a place an organization ("Пожарная часть", "Краеведческий музей").
pub(crate) const ORG_NOUNS: &[&str] = &[
    "библиотека",
    "библиотеки",
    "музей",
    "центр",
    "пожарная часть",
    "театр",
    "дом культуры",
    "дворец",
    "школа",
    "гимназия",
    "лицей",
    "колледж",
    "университет",
    "детский сад",
    "больница",
    "поликлиника",
    "администрация",
    "управление",
    "отдел",
    "станция",
    "клуб",
    "парк",
    "архив",
    "thư viện",
    "bảo tàng",
    "nhà văn hóa",
    "trường",
    "library",
    "museum",
    "centre",
    "center",
    "fire station",
    "theatre",
    "school",
];

/// Words after which an event's text names the organizations it is held with ("совместно с
/// ОГИБДД", "с приглашением сотрудников ПЧ-26", "при участии музея").
pub(crate) const PARTNER_CUES: &[&str] = &[
    "совместно с",
    "совместно со",
    "с приглашением",
    "при участии",
    "с участием",
    "в сотрудничестве с",
    "во взаимодействии с",
    "phối hợp với",
    "cùng với",
    "in partnership with",
    "together with",
    "с представителями",
    "с сотрудниками",
    "с инспектором",
    "с инспекторами",
];

/// Words of a heading that only says dates follow ("2025-26 Meetings", "Meeting Dates",
/// "Schedule"): the lead sentence above names the events better.
pub(crate) const LIST_HEADING_WORDS: &[&str] = &[
    "meetings", "meeting", "dates", "date", "schedule", "calendar", "times", "and",
];

/// Words of a sentence between an event's name and its date ("National Library Week is
/// April 7–13", "Ngày hội diễn ra từ 19/04", "открытие Недели состоится 24 марта").
pub(crate) const PROSE_DATE_CUES: &[&str] = &[
    "is",
    "are",
    "will be",
    "will be held",
    "is held",
    "takes place",
    "will take place",
    "on",
    "from",
    "runs",
    "diễn ra",
    "được tổ chức",
    "vào",
    "vào ngày",
    "ngày",
    "từ",
    "từ ngày",
    "состоится",
    "пройдет",
    "пройдёт",
    "проходит",
    "пройдут",
    "с",
];

/// Labels of a page's own date before its text ("date 2019-09-28", "Posted on …",
/// "Ngày đăng: …", "Опубликовано: …").
pub(crate) const STAMP_LABELS: &[&str] = &[
    "date",
    "posted",
    "posted on",
    "published",
    "published on",
    "ngày đăng",
    "đăng ngày",
    "опубликовано",
    "дата публикации",
];

/// Words after a listed date that name the documents linked to it, not the event
/// ("August 20, 2025 Minutes", "Agenda & Minutes (PDF)").
pub(crate) const LINK_WORDS: &[&str] = &["minutes", "agenda", "pdf", "and", "notes", "packet"];

/// Verbs of a lead sentence that says what the dates listed under it are ("General
/// Association Meetings are held on …", "Meetings will take place …", "The Board holds
/// Regular Board Meetings …").
pub(crate) const LEAD_VERBS: &[&str] = &[
    "are held",
    "is held",
    "will be held",
    "will take place",
    "take place",
    "takes place",
    "are scheduled",
    "holds",
    "hold",
];

/// The same cue as an adjective of the event's noun ("Совместная с ДХШ выставка …"): the
/// organization is named between the cue and the noun, so the name ends at the first
/// lowercase word after the organization's own word.
pub(crate) const PARTNER_ADJECTIVE_CUES: &[&str] = &[
    "совместная с",
    "совместная со",
    "совместный с",
    "совместный со",
    "совместное с",
    "совместное со",
    "совместные с",
    "совместные со",
];

/// The people of an organization a partner list names before it ("сотрудников ПЧ-12",
/// "инспектора ПДН"), as stems.
pub(crate) const PARTNER_STAFF: &[&str] = &[
    "сотрудник",
    "инспектор",
    "представител",
    "работник",
    "специалист",
    "staff",
    "officer",
];

/// Short forms written in capitals that name no organization: wars, operations, exams,
/// subjects and rules ("ВОВ", "СВО", "ЕГЭ", "ПДД").
pub(crate) const NOT_ORGS: &[&str] = &[
    "вов", "сво", "рф", "пдд", "зож", "дтп", "чс", "обж", "впр", "огэ", "егэ", "гиа", "фгос",
    "ссср",
];

/// Services a plan names by their short form or a common noun, without a proper name, that
/// are organizations all the same: traffic police, juvenile inspectors, fire and rescue.
pub(crate) const SERVICE_ORGS: &[&str] = &[
    "гибдд",
    "огибдд",
    "госавтоинспекц",
    "гаи",
    "пдн",
    "опдн",
    "идн",
    "кдн",
    "мчс",
    "огпн",
    "пч",
    "псч",
    "вдпо",
    "полици",
    "омвд",
    "овд",
    "мвд",
    "công an",
    "police",
    "fire service",
    "fire brigade",
];

/// A bracket that marks an executor as an outside body taking part by agreement
/// ("(по согласованию)", and its typo "(со согласованию)").
pub(crate) const BY_AGREEMENT: &[&str] = &["по согласованию", "со согласованию", "по согласов"];

/// Places that are the organization itself, not a partner ("Школьная библиотека", "Актовый зал").
pub(crate) const OWN_PLACES: &[&str] = &[
    "школьная библиотека",
    "школьные библиотеки",
    "актовый зал",
    "актный зал",
    "кабинет",
    "мед.кабинет",
    "спортивный зал",
    "спортзал",
    "класс",
    "классы",
    "оу",
    "школа",
    "thư viện trường",
    "lớp",
    "hội trường",
];

/// Words that mark a meeting whose following unnumbered rows are its agenda.
pub(crate) const MEETING_WORDS: &[&str] = &[
    "заседание",
    "совещание",
    "семинар",
    "конференция",
    "họp",
    "hội nghị",
    "meeting",
];

/// First words of a meeting's agenda items ("О выборах …", "Отчёт …", "Итоги …"): numbered
/// items that open so are one meeting's topics, not events. Words of five letters or more
/// match as stems ("утвержден" in "утверждение", "утверждении").
pub(crate) const AGENDA_OPENERS: &[&str] = &[
    "о",
    "об",
    "обо",
    "отчет",
    "итоги",
    "итогах",
    "результат",
    "выборы",
    "избрание",
    "утвержден",
    "рассмотрен",
    "информаци",
    "анализ",
    "согласован",
    "планирован",
    "разное",
    "về",
    "bầu",
    "report",
    "election",
    "approval",
];

/// Lines that only announce a meeting's agenda ("Повестка дня:") and name no meeting.
pub(crate) const AGENDA_LABELS: &[&str] = &[
    "повестка дня",
    "повестка",
    "вопросы",
    "рассматриваемые вопросы",
    "nội dung",
    "agenda",
];

/// Words that make a number an anniversary ("70-летию", "65-й годовщине", "80th
/// anniversary").
pub(crate) const ANNIVERSARY_WORDS: &[&str] = &["лети", "годовщин", "anniversary", "năm ngày"];

/// Events whose anniversaries plans are named by, with their year: "к 75-летию Победы" is
/// 2020.
pub(crate) const ANNIVERSARY_EVENTS: &[(&str, i32)] = &[("побед", 1945), ("victory", 1945)];

/// Dates spelt with a word before the day, the month and the year ("ngày 28 tháng 9 năm
/// 2016"), as official headers and signatures write them.
pub(crate) const SPELLED_DATES: &[(&str, &str, &str)] = &[("ngày", "tháng", "năm")];

/// The line of an official header that names the school (Vietnamese plans put it under the
/// district office: "PHÒNG GD&ĐT ỨNG HOÀ" / "TRƯỜNG THCS TRƯỜNG THỊNH").
pub(crate) const SCHOOL_LINE_WORDS: &[&str] = &["trường", "thư viện", "nhà văn hóa", "bảo tàng"];

/// Words that make a header cell the event's column even when it starts with the form
/// ("Форма и наименование мероприятия").
pub(crate) const TITLE_HEADER_WORDS: &[&str] = &[
    "наименование",
    "название",
    "мероприяти",
    "nội dung",
    "tên hoạt động",
];

/// Head lines that give the plan's span ("Thời gian: Từ ngày 23/3 đến ngày 30/4/2021").
pub(crate) const PERIOD_LABELS: &[&str] = &[
    "thời gian",
    "сроки",
    "срок",
    "время проведения",
    "дата проведения",
    "период",
    "dates",
    "when",
];

/// Timings that mean the plan's own span ("в течение месячника", "в течение периода").
pub(crate) const PLAN_SPAN_WORDS: &[&str] = &[
    "месячник",
    "периода",
    "в период проведения",
    "декады",
    "trong thời gian",
    "trong tháng",
    "cả tháng",
    "during the",
];

/// Headings of meetings written as paragraphs ("Заседание №2 (ноябрь)").
pub(crate) const MEETING_HEADINGS: &[&str] = &[
    "заседание",
    "совещание",
    "педсовет",
    "педагогический совет",
    "họp",
    "sinh hoạt chuyên môn",
    "meeting",
];

/// Rooms and departments a library or school plan names as an event's place.
pub(crate) const ROOM_PLACES: &[&str] = &[
    "читальный зал",
    "абонемент",
    "фойе",
    "краевед. отдел",
    "краевед.отдел",
    "краеведческий отдел",
    "детский отдел",
    "актовый зал",
    "спортивный зал",
    "конференц-зал",
    "hội trường",
    "phòng đọc",
    "sân trường",
];

/// Words of a title after which an organization's name has ended ("… МКУК МЦБС на март").
pub(crate) const TITLE_STOP_WORDS: &[&str] = &[
    "на", "по", "в", "во", "для", "с", "со", "и", "за", "năm", "tháng", "học", "for", "in",
];

/// Weekdays as the header cells of a week grid name them ("THỨ 2", "Понедельник", "Mon").
pub(crate) const WEEKDAYS: &[(&str, chrono::Weekday)] = {
    use chrono::Weekday::{Fri, Mon, Sat, Sun, Thu, Tue, Wed};
    &[
        ("thứ 2", Mon),
        ("thứ hai", Mon),
        ("thứ 3", Tue),
        ("thứ ba", Tue),
        ("thứ 4", Wed),
        ("thứ tư", Wed),
        ("thứ 5", Thu),
        ("thứ năm", Thu),
        ("thứ 6", Fri),
        ("thứ sáu", Fri),
        ("thứ 7", Sat),
        ("thứ bảy", Sat),
        ("chủ nhật", Sun),
        ("понедельник", Mon),
        ("вторник", Tue),
        ("среда", Wed),
        ("четверг", Thu),
        ("пятница", Fri),
        ("суббота", Sat),
        ("воскресенье", Sun),
        ("пн", Mon),
        ("вт", Tue),
        ("ср", Wed),
        ("чт", Thu),
        ("пт", Fri),
        ("сб", Sat),
        ("вс", Sun),
        ("monday", Mon),
        ("tuesday", Tue),
        ("wednesday", Wed),
        ("thursday", Thu),
        ("friday", Fri),
        ("saturday", Sat),
        ("sunday", Sun),
        ("mon", Mon),
        ("tue", Tue),
        ("wed", Wed),
        ("thu", Thu),
        ("fri", Fri),
        ("sat", Sat),
        ("sun", Sun),
    ]
};

/// Parts of the day as the columns of a weekly schedule name them ("SÁNG | CHIỀU").
pub(crate) const DAY_PARTS: &[&str] = &[
    "sáng",
    "chiều",
    "tối",
    "buổi sáng",
    "buổi chiều",
    "buổi tối",
    "утро",
    "день",
    "вечер",
    "первая половина дня",
    "вторая половина дня",
    "morning",
    "afternoon",
    "evening",
];

/// Row labels of a grid that state aims, not events ("MỤC TIÊU", "Цели").
pub(crate) const AIMS_WORDS: &[&str] = &[
    "mục tiêu",
    "mục đích",
    "yêu cầu",
    "цел",
    "задач",
    "aims",
    "objective",
    "goals",
];

/// Phrases of a document's official header (the state motto, an approval block), as
/// `people::norm` writes them: a table holding one is no table of events.
pub(crate) const OFFICIAL_HEADER_PHRASES: &[&str] = &[
    "cộng hòa xã hội chủ nghĩa việt nam",
    "cộng hoà xã hội chủ nghĩa việt nam",
    "độc lập - tự do - hạnh phúc",
    "độc lập – tự do – hạnh phúc",
    "утверждаю",
    "согласовано",
];

/// Headings of a plan's parts that list no events: aims, the organizing committee and who
/// takes part, the budget (`paragraphs::aside_part`). The activities and how they are
/// organised ("Tổ chức thực hiện", with its "Thời gian:") are not among them.
pub(crate) const ASIDE_PARTS: &[&str] = &[
    "mục đích",
    "mục tiêu",
    "yêu cầu",
    "ban tổ chức",
    "ban chỉ đạo",
    "ban giám khảo",
    "thành phần",
    "kinh phí",
    "цели",
    "цель",
    "задачи",
    "оргкомитет",
    "состав оргкомитета",
    "финансирование",
    "ожидаемые результаты",
    "aims",
    "objectives",
    "budget",
];

/// Words a week column's header opens with ("Tuần I (Từ ngày …)", "1 неделя", "Week 2").
pub(crate) const WEEK_WORDS: &[&str] = &["tuần", "неделя", "week"];

/// Row labels of a table's totals ("TỔNG CỘNG | 35 tuần", "Итого"): a sum, not an event.
pub(crate) const TOTAL_WORDS: &[&str] =
    &["tổng cộng", "tổng số", "cộng", "итого", "всего", "total"];

/// Terms that name their school year by one calendar year ("Fall 2017", "Spring term
/// 2018"): true when the term opens the school year (its year is the first), false when it
/// ends it.
pub(crate) const TERM_YEAR_WORDS: &[(&str, bool)] = &[
    ("fall", true),
    ("autumn", true),
    ("spring", false),
    ("summer", false),
];

/// Words that qualify a header's field without changing it ("Ориентировочное время
/// проведения", "Dự kiến thời gian"): the header is read without them.
pub(crate) const HEADER_QUALIFIERS: &[&str] = &[
    "ориентировочное",
    "ориентировочные",
    "ориентировочный",
    "ориентировочная",
    "примерное",
    "примерные",
    "примерный",
    "планируемое",
    "планируемые",
    "планируемая",
    "dự kiến",
    "estimated",
    "relevant",
    "key",
    "important",
    "planned",
    "approximate",
    // Vietnamese plural words: "Dự kiến các hoạt động" is the activities column.
    "các",
    "những",
];

/// Words before a day that only say "the day" ("a) Ngày 28 tháng 8 năm 2025", "b) Các ngày
/// 29 …"): a line of them and a date is a day heading.
pub(crate) const DAY_WORDS: &[&str] = &["ngày", "các ngày", "день", "date", "day"];

/// Verbs that report a document issued ("đã ban hành Công văn", "издал приказ"): the date of
/// such a sentence is the document's.
pub(crate) const ISSUED_WORDS: &[&str] = &[
    "ban hành",
    "đã ký",
    "издал",
    "издан",
    "подписал",
    "утвердил",
    "issued",
];

/// A web page's "read more" link at the end of a text ("Подробнее…", "Читать дальше »").
pub(crate) const MORE_LINKS: &[&str] = &[
    "подробнее",
    "читать далее",
    "читать дальше",
    "xem thêm",
    "xem tiếp",
    "read more",
    "continue reading",
];
