//! The words an event description is made of, per language.

use crate::timing::Lang;

pub struct Words {
    pub timing: &'static str,
    pub date_not_settled: &'static str,
    pub online: &'static str,
    pub responsible: &'static str,
    pub people: &'static str,
    pub agenda: &'static str,
    pub result: &'static str,
    pub notes: &'static str,
    pub plan: &'static str,
    pub section: &'static str,
}

const RU: Words = Words {
    timing: "Сроки по плану",
    date_not_settled: "Точная дата ещё не назначена.",
    online: "Онлайн.",
    responsible: "Ответственные",
    people: "Контакты",
    agenda: "Программа",
    result: "Ожидаемый результат",
    notes: "Примечания",
    plan: "План",
    section: "Раздел",
};

const VI: Words = Words {
    timing: "Thời gian theo kế hoạch",
    date_not_settled: "Chưa có ngày cụ thể.",
    online: "Trực tuyến.",
    responsible: "Người phụ trách",
    people: "Liên hệ",
    agenda: "Chương trình",
    result: "Kết quả dự kiến",
    notes: "Ghi chú",
    plan: "Kế hoạch",
    section: "Mục",
};

const EN: Words = Words {
    timing: "Planned timing",
    date_not_settled: "The exact date is not set yet.",
    online: "Online.",
    responsible: "Responsible",
    people: "Contacts",
    agenda: "Agenda",
    result: "Expected result",
    notes: "Notes",
    plan: "Plan",
    section: "Section",
};

pub fn of(lang: Lang) -> &'static Words {
    match lang {
        Lang::Ru => &RU,
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}
