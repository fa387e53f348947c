//! The words of the admin pages (login, import, organization editing) in every language.
//! A lookup is an exhaustive `match`: a new language is a new table the compiler asks for.

use crate::plan::Lang;
use crate::plan::diff::Field;

pub(crate) struct Words {
    pub login: &'static str,
    pub login_intro: &'static str,
    pub token: &'static str,
    pub log_in: &'static str,
    pub log_out: &'static str,
    pub bad_token: &'static str,
    pub import: &'static str,
    pub upload_intro: &'static str,
    pub file: &'static str,
    pub owner: &'static str,
    pub new_org: &'static str,
    pub new_org_hint: &'static str,
    pub year: &'static str,
    pub year_hint: &'static str,
    pub upload: &'static str,
    pub preview: &'static str,
    pub preview_intro: &'static str,
    pub title: &'static str,
    pub timing: &'static str,
    pub dates: &'static str,
    pub exact_date: &'static str,
    pub roles: &'static str,
    pub people: &'static str,
    pub partners: &'static str,
    pub not_an_event: &'static str,
    pub undated: &'static str,
    pub warnings: &'static str,
    pub row: &'static str,
    pub roles_hint: &'static str,
    pub column: &'static str,
    pub update_preview: &'static str,
    pub confirm: &'static str,
    pub discard: &'static str,
    pub events_count: &'static str,
    pub reimport_of: &'static str,
    pub first_import: &'static str,
    pub will_add: &'static str,
    pub will_change: &'static str,
    pub will_cancel: &'static str,
    pub unchanged: &'static str,
    pub is_new: &'static str,
    pub changed: &'static str,
    pub corrected: &'static str,
    /// A stored event's roles or place a person set by hand, kept by a re-import.
    pub by_hand: &'static str,
    pub nothing_changes: &'static str,
    pub fix_these: &'static str,
    pub imported: &'static str,
    pub open_calendar: &'static str,
    pub import_another: &'static str,
    pub edit_org: &'static str,
    pub name: &'static str,
    pub short_name: &'static str,
    pub color: &'static str,
    pub color_hint: &'static str,
    pub save: &'static str,
    pub saved: &'static str,
    pub aliases: &'static str,
    pub aliases_intro: &'static str,
    pub no_aliases: &'static str,
    pub add_alias: &'static str,
    pub remove: &'static str,
    pub merge: &'static str,
    pub merge_intro: &'static str,
    pub similar: &'static str,
    pub no_similar: &'static str,
    pub merge_into_this: &'static str,
    pub merge_other: &'static str,
    pub merged: &'static str,
    pub merge_final: &'static str,
    /// A merge into an organization that shows what the other keeps private.
    pub merge_publishes_events: &'static str,
    pub merge_publishes_names: &'static str,
    pub merge_publish_confirm: &'static str,
    pub cancel: &'static str,
    pub back_to_calendar: &'static str,
    pub forbidden: &'static str,
    pub forbidden_detail: &'static str,
    pub too_large: &'static str,
    pub bad_request: &'static str,
    pub not_found: &'static str,
    pub unsupported: &'static str,
    pub unreadable: &'static str,
    pub conflict: &'static str,
    pub busy: &'static str,
    pub error: &'static str,
    pub gone_upload: &'static str,
}

pub(crate) fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Ru => &RU,
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}

/// A field of an event that a re-import changes, as a person calls it.
pub(crate) fn field_name(lang: Lang, field: Field) -> &'static str {
    let [ru, vi, en] = match field {
        Field::Title => ["название", "tên", "title"],
        Field::Timing => ["сроки", "thời gian", "timing"],
        Field::Dates => ["даты", "ngày", "dates"],
        Field::Pinned => ["точная дата", "ngày chính xác", "exact date"],
        Field::Place => ["место", "địa điểm", "place"],
        Field::Section => ["раздел", "mục", "section"],
        Field::Responsible => ["ответственные", "người phụ trách", "responsible"],
        Field::Roles => ["роли", "vai trò", "roles"],
        Field::People => ["люди", "người", "people"],
        Field::Partners => ["партнёры", "đối tác", "partners"],
        Field::Result => ["результат", "kết quả", "result"],
        Field::Notes => ["примечания", "ghi chú", "notes"],
    };
    match lang {
        Lang::Ru => ru,
        Lang::Vi => vi,
        Lang::En => en,
    }
}

/// A column of the uploaded table as a person calls it (the importer names it by its
/// field: "timing", "responsible").
pub(crate) fn column_name(lang: Lang, column: &str) -> String {
    let field = match column {
        "title" => Field::Title,
        "timing" => Field::Timing,
        "location" => Field::Place,
        "section" => Field::Section,
        "responsible" => Field::Responsible,
        "result" => Field::Result,
        "notes" => Field::Notes,
        other => return other.to_string(),
    };
    field_name(lang, field).to_string()
}

/// The heading of the preview's note on how the file was read.
pub(crate) fn reading_heading(lang: Lang) -> &'static str {
    match lang {
        Lang::Ru => "Как прочитан файл",
        Lang::Vi => "Cách đọc tệp",
        Lang::En => "How the file was read",
    }
}

/// The words before the name of the timing rule that read a row's timing.
pub(crate) fn timing_rule_label(lang: Lang) -> &'static str {
    match lang {
        Lang::Ru => "прочитано правилом",
        Lang::Vi => "đọc theo quy tắc",
        Lang::En => "read by the rule",
    }
}

/// A layout of the importer (`Reading::layouts`) as a person calls it.
pub(crate) fn layout_name(lang: Lang, layout: &str) -> String {
    let [ru, vi, en] = match layout {
        "header-table" => [
            "таблица со строкой заголовков",
            "bảng có hàng tiêu đề",
            "a table with a header row",
        ],
        "dated-rows" => [
            "таблица дат без заголовков",
            "bảng ngày không có tiêu đề",
            "a table of dates with no header",
        ],
        "week-columns" => [
            "месяц по неделям",
            "tháng chia theo tuần",
            "a month laid out by weeks",
        ],
        "weekday-columns" => [
            "неделя по дням",
            "tuần chia theo thứ",
            "a week laid out by days",
        ],
        "day-part-columns" => [
            "дни по половинам дня",
            "ngày chia theo buổi",
            "days laid out by half-days",
        ],
        "paragraphs" => ["абзацы текста", "các đoạn văn", "paragraphs of text"],
        "bulleted-lines" => [
            "маркированный список",
            "danh sách gạch đầu dòng",
            "a bulleted list",
        ],
        "numbered-lines" => [
            "нумерованный список",
            "danh sách đánh số",
            "a numbered list",
        ],
        other => return other.to_string(),
    };
    match lang {
        Lang::Ru => ru,
        Lang::Vi => vi,
        Lang::En => en,
    }
    .to_string()
}

/// Why a column was taken for its field, in one line: "столбец 2 — название: по
/// содержимому (100 % ячеек)".
pub(crate) fn column_choice(lang: Lang, c: &crate::plan::ColumnChoice) -> String {
    use crate::plan::ChosenBy;
    let own = match c.field.as_str() {
        "number" => Some(["номер", "số thứ tự", "number"]),
        "agenda" => Some(["повестка", "chương trình họp", "agenda"]),
        "audience" => Some(["участники", "đối tượng", "audience"]),
        "form" => Some(["форма", "hình thức", "form"]),
        "leader" => Some(["руководитель", "người chủ trì", "leader"]),
        "days" => Some(["дни", "ngày", "days"]),
        _ => None,
    };
    let field = match (own, lang) {
        (Some([ru, _, _]), Lang::Ru) => ru.to_string(),
        (Some([_, vi, _]), Lang::Vi) => vi.to_string(),
        (Some([_, _, en]), Lang::En) => en.to_string(),
        (None, _) => column_name(lang, &c.field),
    };
    let column = c.column + 1;
    let cells = c.content_percent.map(|p| match lang {
        Lang::Ru => format!("{p} % ячеек"),
        Lang::Vi => format!("{p}% số ô"),
        Lang::En => format!("{p}% of its cells"),
    });
    let header = c.header.as_deref().unwrap_or("");
    let why = match (c.by, lang) {
        (ChosenBy::Content, Lang::Ru) => "по содержимому ячеек".to_string(),
        (ChosenBy::Content, Lang::Vi) => "theo nội dung các ô".to_string(),
        (ChosenBy::Content, Lang::En) => "by what its cells hold".to_string(),
        (_, Lang::Ru) => format!("по заголовку «{header}»"),
        (_, Lang::Vi) => format!("theo tiêu đề «{header}»"),
        (_, Lang::En) => format!("by its header “{header}”"),
    };
    let why = match cells {
        Some(cells) => format!("{why} ({cells})"),
        None => why,
    };
    match lang {
        Lang::Ru => format!("столбец {column} — {field}: {why}"),
        Lang::Vi => format!("cột {column} — {field}: {why}"),
        Lang::En => format!("column {column} — {field}: {why}"),
    }
}

/// Why a login waits: too many wrong tokens from this address, and when to try again.
pub(crate) fn too_many_logins(lang: Lang, minutes: u64) -> String {
    match lang {
        Lang::Ru => format!(
            "С этого адреса слишком много раз ввели неверный токен. Попробуйте снова через {minutes} мин."
        ),
        Lang::Vi => {
            format!("Đã nhập sai mã quá nhiều lần từ địa chỉ này. Hãy thử lại sau {minutes} phút.")
        }
        Lang::En => format!("Too many wrong tokens from this address. Try again in {minutes} min."),
    }
}

/// What storing a plan did: added, updated, unchanged, cancelled events.
pub(crate) fn stored_counts(
    lang: Lang,
    [added, updated, unchanged, cancelled]: [usize; 4],
) -> String {
    match lang {
        Lang::Ru => format!(
            "добавлено {added}, изменено {updated}, без изменений {unchanged}, отменено {cancelled}"
        ),
        Lang::Vi => format!("thêm {added}, sửa {updated}, không đổi {unchanged}, hủy {cancelled}"),
        Lang::En => format!(
            "{added} added, {updated} updated, {unchanged} unchanged, {cancelled} cancelled"
        ),
    }
}

const RU: Words = Words {
    login: "Вход для администратора",
    login_intro: "Введите токен администратора (из настройки admin_token или команды «plancal token create»).",
    token: "Токен администратора",
    log_in: "Войти",
    log_out: "Выйти",
    bad_token: "Этот токен не подходит. Проверьте его и попробуйте ещё раз.",
    import: "Загрузка плана",
    upload_intro: "Загрузите план (DOCX, XLSX, ODS, CSV, текст или календарь .ics). До сохранения вы увидите все мероприятия и сможете исправить то, что прочитано неверно.",
    file: "Файл плана",
    owner: "Организация",
    new_org: "или новая организация",
    new_org_hint: "название организации или её адрес латиницей (ozernaya-school); без названия оно возьмётся из плана",
    year: "Учебный год",
    year_hint: "например 2025-2026; пусто — как написано в плане",
    upload: "Загрузить и посмотреть",
    preview: "Проверка перед сохранением",
    preview_intro: "Исправьте сроки, точные даты и роли там, где они прочитаны неверно, отметьте строки, которые не являются мероприятиями, затем сохраните.",
    title: "Мероприятие",
    timing: "Сроки (как в плане)",
    dates: "Даты",
    exact_date: "Точная дата",
    roles: "Роли",
    people: "Ответственные",
    partners: "Партнёры",
    not_an_event: "Не мероприятие",
    undated: "без даты",
    warnings: "Замечания при чтении файла",
    row: "строка",
    roles_hint: "например: библиотекари, классные руководители",
    column: "столбец",
    update_preview: "Обновить просмотр",
    confirm: "Сохранить план",
    discard: "Отменить загрузку",
    events_count: "мероприятий",
    reimport_of: "Повторная загрузка плана",
    first_import: "Новый план: все мероприятия будут добавлены.",
    will_add: "новых",
    will_change: "изменится",
    will_cancel: "будет отменено",
    unchanged: "без изменений",
    is_new: "новое",
    changed: "изменено",
    corrected: "исправлено",
    by_hand: "исправлено вручную, сохранится",
    nothing_changes: "Ничего не изменится.",
    fix_these: "Исправьте, пожалуйста:",
    imported: "План сохранён",
    open_calendar: "Открыть календарь организации",
    import_another: "Загрузить ещё план",
    edit_org: "Редактирование организации",
    name: "Название",
    short_name: "Краткое название",
    color: "Цвет в календаре",
    color_hint: "название цвета CSS (steelblue) или #hex (#4682b4)",
    save: "Сохранить",
    saved: "Сохранено.",
    aliases: "Другие названия",
    aliases_intro: "Так организацию могут называть в планах партнёров; такие упоминания будут связаны с ней.",
    no_aliases: "Других названий нет.",
    add_alias: "Добавить название",
    remove: "Удалить",
    merge: "Объединение",
    merge_intro: "Если другая организация — это та же самая, объедините их: её планы, мероприятия, люди и названия перейдут сюда, а её ссылки на календари продолжат работать.",
    similar: "Похожие названия",
    no_similar: "Похожих организаций не найдено.",
    merge_into_this: "Объединить с этой",
    merge_other: "Другая организация",
    merged: "Организации объединены.",
    merge_final: "Объединение нельзя отменить.",
    merge_publishes_events: "Планы и мероприятия этой организации скрыты от всех, а у этой организации они открыты: после объединения их увидят все.",
    merge_publishes_names: "Имена людей в планах этой организации скрыты, а у этой организации открыты: после объединения их увидят все.",
    merge_publish_confirm: "Я понимаю: объединение откроет это всем",
    cancel: "Отмена",
    back_to_calendar: "К календарю",
    forbidden: "Доступ запрещён",
    forbidden_detail: "Форма устарела или отправлена не с этого сайта. Откройте страницу заново и повторите. Ничего не изменено.",
    too_large: "Файл слишком большой",
    bad_request: "Неверный запрос",
    not_found: "Страница не найдена",
    unsupported: "Этот формат не поддерживается",
    unreadable: "Файл не удалось прочитать",
    conflict: "Конфликт",
    busy: "Сервер занят",
    error: "Ошибка",
    gone_upload: "Эта загрузка уже сохранена, отменена или устарела. Загрузите файл заново.",
};

const VI: Words = Words {
    login: "Đăng nhập quản trị",
    login_intro: "Nhập mã quản trị (từ cấu hình admin_token hoặc lệnh «plancal token create»).",
    token: "Mã quản trị",
    log_in: "Đăng nhập",
    log_out: "Đăng xuất",
    bad_token: "Mã này không hợp lệ. Hãy kiểm tra và thử lại.",
    import: "Tải lên kế hoạch",
    upload_intro: "Tải lên kế hoạch (DOCX, XLSX, ODS, CSV, văn bản hoặc lịch .ics). Trước khi lưu, bạn sẽ thấy mọi hoạt động và có thể sửa những gì đọc sai.",
    file: "Tệp kế hoạch",
    owner: "Đơn vị",
    new_org: "hoặc đơn vị mới",
    new_org_hint: "tên đơn vị hoặc địa chỉ chữ Latinh (truong-hoa-binh); nếu chỉ có địa chỉ, tên lấy từ kế hoạch",
    year: "Năm học",
    year_hint: "ví dụ 2025-2026; để trống — theo kế hoạch",
    upload: "Tải lên và xem trước",
    preview: "Kiểm tra trước khi lưu",
    preview_intro: "Sửa thời gian, ngày chính xác và vai trò nếu đọc sai, đánh dấu các dòng không phải hoạt động, rồi lưu.",
    title: "Hoạt động",
    timing: "Thời gian (như trong kế hoạch)",
    dates: "Ngày",
    exact_date: "Ngày chính xác",
    roles: "Vai trò",
    people: "Người phụ trách",
    partners: "Đối tác",
    not_an_event: "Không phải hoạt động",
    undated: "chưa có ngày",
    warnings: "Lưu ý khi đọc tệp",
    row: "dòng",
    roles_hint: "ví dụ: giáo viên chủ nhiệm",
    column: "cột",
    update_preview: "Cập nhật bản xem trước",
    confirm: "Lưu kế hoạch",
    discard: "Hủy tải lên",
    events_count: "hoạt động",
    reimport_of: "Tải lại kế hoạch",
    first_import: "Kế hoạch mới: mọi hoạt động sẽ được thêm.",
    will_add: "mới",
    will_change: "thay đổi",
    will_cancel: "bị hủy",
    unchanged: "không đổi",
    is_new: "mới",
    changed: "đã đổi",
    corrected: "đã sửa",
    by_hand: "đã sửa tay, được giữ lại",
    nothing_changes: "Không có gì thay đổi.",
    fix_these: "Vui lòng sửa:",
    imported: "Đã lưu kế hoạch",
    open_calendar: "Mở lịch của đơn vị",
    import_another: "Tải lên kế hoạch khác",
    edit_org: "Sửa thông tin đơn vị",
    name: "Tên",
    short_name: "Tên ngắn",
    color: "Màu trên lịch",
    color_hint: "tên màu CSS (steelblue) hoặc #hex (#4682b4)",
    save: "Lưu",
    saved: "Đã lưu.",
    aliases: "Tên khác",
    aliases_intro: "Các tên mà kế hoạch của đối tác dùng để gọi đơn vị này; những lần nhắc đó sẽ được liên kết với đơn vị.",
    no_aliases: "Chưa có tên khác.",
    add_alias: "Thêm tên",
    remove: "Xóa",
    merge: "Gộp đơn vị",
    merge_intro: "Nếu một đơn vị khác chính là đơn vị này, hãy gộp lại: kế hoạch, hoạt động, người và tên của nó chuyển sang đây, đường dẫn lịch cũ vẫn hoạt động.",
    similar: "Tên tương tự",
    no_similar: "Không tìm thấy đơn vị tương tự.",
    merge_into_this: "Gộp vào đơn vị này",
    merge_other: "Đơn vị khác",
    merged: "Đã gộp đơn vị.",
    merge_final: "Không thể hoàn tác việc gộp.",
    merge_publishes_events: "Kế hoạch và hoạt động của đơn vị kia đang ẩn, còn đơn vị này công khai: sau khi gộp, mọi người sẽ thấy chúng.",
    merge_publishes_names: "Tên người trong kế hoạch của đơn vị kia đang ẩn, còn đơn vị này công khai: sau khi gộp, mọi người sẽ thấy chúng.",
    merge_publish_confirm: "Tôi hiểu: việc gộp sẽ công khai những điều này",
    cancel: "Hủy",
    back_to_calendar: "Về lịch",
    forbidden: "Không được phép",
    forbidden_detail: "Biểu mẫu đã cũ hoặc không được gửi từ trang này. Hãy mở lại trang và thử lại. Không có gì thay đổi.",
    too_large: "Tệp quá lớn",
    bad_request: "Yêu cầu không hợp lệ",
    not_found: "Không tìm thấy trang",
    unsupported: "Định dạng không được hỗ trợ",
    unreadable: "Không đọc được tệp",
    conflict: "Xung đột",
    busy: "Máy chủ đang bận",
    error: "Lỗi",
    gone_upload: "Lần tải lên này đã được lưu, đã hủy hoặc đã hết hạn. Hãy tải tệp lên lại.",
};

const EN: Words = Words {
    login: "Admin login",
    login_intro: "Enter an admin token (the admin_token setting, or one made with “plancal token create”).",
    token: "Admin token",
    log_in: "Log in",
    log_out: "Log out",
    bad_token: "That token is not valid. Check it and try again.",
    import: "Upload a plan",
    upload_intro: "Upload a plan (DOCX, XLSX, ODS, CSV, text or an .ics calendar). Before anything is stored you see every event and can correct what was read wrong.",
    file: "Plan file",
    owner: "Organization",
    new_org: "or a new organization",
    new_org_hint: "the organization's name, or an address in latin letters (ozernaya-school); with an address only, the name comes from the plan",
    year: "Academic year",
    year_hint: "such as 2025-2026; empty: as the plan says",
    upload: "Upload and preview",
    preview: "Check before storing",
    preview_intro: "Correct timings, exact dates and roles that were read wrong, mark rows that are not events, then store the plan.",
    title: "Event",
    timing: "Timing (as written)",
    dates: "Dates",
    exact_date: "Exact date",
    roles: "Roles",
    people: "Responsible",
    partners: "Partners",
    not_an_event: "Not an event",
    undated: "no date",
    warnings: "Notes from reading the file",
    row: "row",
    roles_hint: "such as: librarians, class teachers",
    column: "column",
    update_preview: "Update preview",
    confirm: "Store the plan",
    discard: "Discard upload",
    events_count: "events",
    reimport_of: "Re-import of the plan",
    first_import: "A new plan: every event will be added.",
    will_add: "new",
    will_change: "changed",
    will_cancel: "cancelled",
    unchanged: "unchanged",
    is_new: "new",
    changed: "changed",
    corrected: "corrected",
    by_hand: "set by hand, kept",
    nothing_changes: "Nothing changes.",
    fix_these: "Please correct:",
    imported: "Plan stored",
    open_calendar: "Open the organization's calendar",
    import_another: "Upload another plan",
    edit_org: "Edit organization",
    name: "Name",
    short_name: "Short name",
    color: "Colour in calendars",
    color_hint: "a CSS colour name (steelblue) or #hex (#4682b4)",
    save: "Save",
    saved: "Saved.",
    aliases: "Other names",
    aliases_intro: "Names partners' plans use for this organization; those mentions link to it.",
    no_aliases: "No other names yet.",
    add_alias: "Add name",
    remove: "Remove",
    merge: "Merge",
    merge_intro: "If another organization is this one, merge them: its plans, events, people and names move here, and its calendar links keep working.",
    similar: "Similar names",
    no_similar: "No similar organizations found.",
    merge_into_this: "Merge into this one",
    merge_other: "Another organization",
    merged: "Organizations merged.",
    merge_final: "A merge cannot be undone.",
    merge_publishes_events: "The other organization keeps its plans and events private and this one shows them to everyone: the merge publishes them.",
    merge_publishes_names: "The other organization keeps the names of its people private and this one shows them: the merge publishes them.",
    merge_publish_confirm: "I understand: the merge makes this public",
    cancel: "Cancel",
    back_to_calendar: "Back to the calendar",
    forbidden: "Forbidden",
    forbidden_detail: "The form is out of date or was not sent from this site. Open the page again and retry. Nothing was changed.",
    too_large: "The file is too large",
    bad_request: "Bad request",
    not_found: "Page not found",
    unsupported: "This format is not supported",
    unreadable: "The file could not be read",
    conflict: "Conflict",
    busy: "The server is busy",
    error: "Error",
    gone_upload: "This upload was already stored, discarded or has expired. Upload the file again.",
};
