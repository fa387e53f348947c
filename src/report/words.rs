//! The report's and the exports' words in ru, vi and en: headings, the marks, the columns
//! of the table schools submit ("отметка о выполнении") and the months of the chart. One
//! table per language; adding a language adds a table the compiler asks for.

use super::Mark;
use super::counts::MonthKey;
use crate::plan::{Lang, OutcomeStatus};
use crate::timing::month_names::month_heading;

pub(crate) struct ReportWords {
    pub report: &'static str,
    pub plan: &'static str,
    pub academic_year: &'static str,
    pub planned: &'static str,
    pub held: &'static str,
    pub not_held: &'static str,
    pub moved: &'static str,
    pub waiting: &'static str,
    pub ahead: &'static str,
    pub by_month: &'static str,
    pub by_owner: &'static str,
    pub by_role: &'static str,
    pub month: &'static str,
    pub owner: &'static str,
    pub role: &'static str,
    pub undated: &'static str,
    pub no_role: &'static str,
    pub chart: &'static str,
    pub events: &'static str,
    pub all_events: &'static str,
    pub nothing: &'static str,
    pub downloads: &'static str,
    pub number: &'static str,
    pub event: &'static str,
    pub timing: &'static str,
    pub responsible: &'static str,
    pub organization: &'static str,
    pub mark: &'static str,
    pub date_held: &'static str,
    pub participants: &'static str,
    pub note: &'static str,
    pub link: &'static str,
    pub new_date: &'static str,
    pub outcome: &'static str,
    pub record: &'static str,
    pub clear: &'static str,
    pub mark_held: &'static str,
    pub other_mark: &'static str,
    pub waiting_heading: &'static str,
    pub waiting_none: &'static str,
    pub outcome_history: &'static str,
    pub cleared: &'static str,
    /// Short month names for the chart's axis, January first.
    pub months_short: [&'static str; 12],
    /// The language the words are in: the chart's full month names come from
    /// `timing::month_names`.
    pub lang: Lang,
}

impl ReportWords {
    /// A month of the report as its tables and its chart name it ("Сентябрь 2025"), or the
    /// word for events with no date.
    pub(crate) fn month_label(&self, key: MonthKey) -> String {
        match key.0 {
            Some((y, m)) => format!("{} {y}", month_heading(self.lang, m.saturating_sub(1))),
            None => self.undated.to_string(),
        }
    }

    /// The word for a mark in a table or a legend.
    pub(crate) fn mark_word(&self, mark: Mark) -> &'static str {
        match mark {
            Mark::Held => self.held,
            Mark::NotHeld => self.not_held,
            Mark::Moved => self.moved,
            Mark::Waiting => self.waiting,
            Mark::Ahead => self.ahead,
        }
    }

    pub(crate) fn outcome_word(&self, status: OutcomeStatus) -> &'static str {
        match status {
            OutcomeStatus::Held => self.held,
            OutcomeStatus::NotHeld => self.not_held,
            OutcomeStatus::Moved => self.moved,
        }
    }
}

const RU: ReportWords = ReportWords {
    lang: Lang::Ru,
    report: "Отчёт о выполнении плана",
    plan: "Сводный план мероприятий",
    academic_year: "учебный год",
    planned: "Запланировано",
    held: "Проведено",
    not_held: "Не проведено",
    moved: "Перенесено",
    waiting: "Ждут отметки",
    ahead: "Впереди",
    by_month: "По месяцам",
    by_owner: "По организациям",
    by_role: "По ответственным",
    month: "Месяц",
    owner: "Организация",
    role: "Ответственные",
    undated: "Без даты",
    no_role: "Роль не указана",
    chart: "Мероприятия по месяцам",
    events: "Мероприятия",
    all_events: "все мероприятия",
    nothing: "Нет мероприятий.",
    downloads: "Скачать",
    number: "№",
    event: "Мероприятие",
    timing: "Сроки",
    responsible: "Ответственные",
    organization: "Организация",
    mark: "Отметка о выполнении",
    date_held: "Дата проведения",
    participants: "Участников",
    note: "Примечание",
    link: "Ссылка",
    new_date: "Новая дата",
    outcome: "Итог",
    record: "Сохранить отметку",
    clear: "Снять отметку",
    mark_held: "Проведено",
    other_mark: "Другая отметка",
    waiting_heading: "Ждут отметки",
    waiting_none: "Все прошедшие мероприятия отмечены.",
    outcome_history: "История отметок",
    cleared: "отметка снята",
    months_short: [
        "янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек",
    ],
};

const VI: ReportWords = ReportWords {
    lang: Lang::Vi,
    report: "Báo cáo kết quả thực hiện kế hoạch",
    plan: "Kế hoạch hoạt động tổng hợp",
    academic_year: "năm học",
    planned: "Theo kế hoạch",
    held: "Đã thực hiện",
    not_held: "Không thực hiện",
    moved: "Dời lịch",
    waiting: "Chờ đánh dấu",
    ahead: "Sắp tới",
    by_month: "Theo tháng",
    by_owner: "Theo đơn vị",
    by_role: "Theo người phụ trách",
    month: "Tháng",
    owner: "Đơn vị",
    role: "Người phụ trách",
    undated: "Chưa có ngày",
    no_role: "Chưa ghi vai trò",
    chart: "Hoạt động theo tháng",
    events: "Hoạt động",
    all_events: "tất cả hoạt động",
    nothing: "Không có hoạt động.",
    downloads: "Tải về",
    number: "STT",
    event: "Nội dung hoạt động",
    timing: "Thời gian",
    responsible: "Người phụ trách",
    organization: "Đơn vị",
    mark: "Kết quả thực hiện",
    date_held: "Ngày thực hiện",
    participants: "Số người tham gia",
    note: "Ghi chú",
    link: "Liên kết",
    new_date: "Ngày mới",
    outcome: "Kết quả",
    record: "Lưu kết quả",
    clear: "Xóa đánh dấu",
    mark_held: "Đã thực hiện",
    other_mark: "Kết quả khác",
    waiting_heading: "Chờ đánh dấu",
    waiting_none: "Mọi hoạt động đã qua đều đã được đánh dấu.",
    outcome_history: "Lịch sử đánh dấu",
    cleared: "đã xóa đánh dấu",
    months_short: [
        "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12",
    ],
};

const EN: ReportWords = ReportWords {
    lang: Lang::En,
    report: "Plan implementation report",
    plan: "Merged plan of events",
    academic_year: "academic year",
    planned: "Planned",
    held: "Held",
    not_held: "Not held",
    moved: "Moved",
    waiting: "Waiting for a mark",
    ahead: "Ahead",
    by_month: "By month",
    by_owner: "By organization",
    by_role: "By role",
    month: "Month",
    owner: "Organization",
    role: "Role",
    undated: "No date",
    no_role: "No role given",
    chart: "Events by month",
    events: "Events",
    all_events: "all events",
    nothing: "No events.",
    downloads: "Download",
    number: "No.",
    event: "Event",
    timing: "When",
    responsible: "Responsible",
    organization: "Organization",
    mark: "Outcome",
    date_held: "Date held",
    participants: "Participants",
    note: "Note",
    link: "Link",
    new_date: "New date",
    outcome: "Outcome",
    record: "Save the outcome",
    clear: "Clear the mark",
    mark_held: "Held",
    other_mark: "Another outcome",
    waiting_heading: "Waiting for a mark",
    waiting_none: "Every past event has its mark.",
    outcome_history: "Marks so far",
    cleared: "mark cleared",
    months_short: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
};

pub(crate) fn words(lang: Lang) -> &'static ReportWords {
    match lang {
        Lang::Ru => &RU,
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}
