//! The role vocabulary: canonical slugs with labels and the ways plans write them.
//!
//! Data, not code: to teach plancal a new way of writing a role, add a synonym here.
//! Synonyms are lowercase word stems matched against a normalised responsible cell
//! (lowercase, "ё" as "е", runs of spaces collapsed).

use super::Lang;

pub(crate) struct RoleDef {
    pub slug: &'static str,
    /// Plural labels, as a feed name uses them ("… — классные руководители").
    pub ru: &'static str,
    pub vi: &'static str,
    pub en: &'static str,
    pub synonyms: &'static [&'static str],
}

impl RoleDef {
    pub(crate) fn label(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ru => self.ru,
            Lang::Vi => self.vi,
            Lang::En => self.en,
        }
    }
}

pub(crate) const ROLES: &[RoleDef] = &[
    RoleDef {
        slug: "class-teacher",
        ru: "классные руководители",
        vi: "giáo viên chủ nhiệm",
        en: "class teachers",
        synonyms: &[
            "классные руководители",
            "классный руководитель",
            "классных руководителей",
            "кл. руководители",
            "кл. руководитель",
            "кл.руководители",
            "кл.руководитель",
            "кл. рук",
            "кл.рук",
            "классн. рук",
            "giáo viên chủ nhiệm",
            "gv chủ nhiệm",
            "gvcn",
            "class teacher",
            "homeroom teacher",
        ],
    },
    RoleDef {
        slug: "librarian",
        ru: "библиотекари",
        vi: "cán bộ thư viện",
        en: "librarians",
        synonyms: &[
            "работники библиотеки",
            "сотрудники библиотеки",
            "педагог-библиотекарь",
            "педагоги-библиотекари",
            "библиотекари",
            "библиотекарь",
            "библиотека",
            "биб-ка",
            "б-ка",
            "thủ thư",
            "cán bộ phụ trách thư viện",
            "зав. библиотекой",
            "заведующий библиотекой",
            // A library's heads of departments are its librarians, not its director (whom
            // "заведующий" alone names, as a kindergarten's head).
            "заведующий отделом",
            "заведующая отделом",
            "заведующий детским отделом",
            "заведующая детским отделом",
            "заведующий читальным залом",
            "заведующая читальным залом",
            "заведующий абонементом",
            "заведующая абонементом",
            "заведующий сектором",
            "заведующая сектором",
            "заведующий филиалом",
            "заведующая филиалом",
            "зав. отделом",
            "зав.отделом",
            "школьные библиотекари",
            "все библиотекари",
            "cán bộ thư viện",
            "nhân viên thư viện",
            // "CBTV": cán bộ thư viện as Vietnamese plans abbreviate it.
            "cbtv",
            "thư viện",
            "librarian",
        ],
    },
    RoleDef {
        slug: "organizer",
        ru: "педагоги-организаторы",
        vi: "tổng phụ trách đội",
        en: "organizers",
        synonyms: &[
            "педагог-организатор",
            "педагоги-организаторы",
            // Written without the hyphen, as PDFs and quick typing give it.
            "педагог организатор",
            "педагоги организаторы",
            "организаторы",
            "организатор",
            "tổng phụ trách",
            "organizer",
        ],
    },
    RoleDef {
        slug: "director",
        ru: "директора",
        vi: "hiệu trưởng",
        en: "directors",
        synonyms: &[
            "директор",
            "директора",
            "заведующий",
            "заведующая",
            "hiệu trưởng",
            "director",
            "principal",
        ],
    },
    RoleDef {
        slug: "deputy-director",
        ru: "заместители директора",
        vi: "phó hiệu trưởng",
        en: "deputy directors",
        synonyms: &[
            "заместитель директора",
            "заместители директора",
            "зам. директора",
            "зам.директора",
            "зам директора",
            "заместитель директора по",
            "зам. директора по",
            "зам.директора по",
            "замдиректора",
            "заместитель заведующего",
            "зам. заведующего",
            "зам.заведующего",
            "phó hiệu trưởng phụ trách",
            "завуч",
            "старший воспитатель",
            "phó hiệu trưởng",
            "pht",
            "deputy director",
            "deputy principal",
        ],
    },
    RoleDef {
        slug: "administration",
        ru: "администрация",
        vi: "ban giám hiệu",
        en: "administration",
        synonyms: &[
            "администрация",
            "ban giám hiệu",
            "bgh",
            "lãnh đạo nhà trường",
            "administration",
        ],
    },
    // A kindergarten's teachers are "воспитатели": their own role, not school "учителя"
    // (a plan that says "воспитатели" is shown so, in every language).
    RoleDef {
        slug: "educator",
        ru: "воспитатели",
        vi: "giáo viên mầm non",
        en: "kindergarten teachers",
        synonyms: &[
            "воспитатели",
            "воспитатель",
            "giáo viên mầm non",
            "kindergarten teachers",
            "kindergarten teacher",
        ],
    },
    RoleDef {
        slug: "teacher",
        ru: "учителя",
        vi: "giáo viên",
        en: "teachers",
        synonyms: &[
            "учителя-предметники",
            "учитель-предметник",
            "учителя",
            "учитель",
            "педагоги",
            "педагог",
            "giáo viên bộ môn",
            "giáo viên",
            "teachers",
            "teacher",
        ],
    },
    RoleDef {
        slug: "parents",
        ru: "родители",
        vi: "cha mẹ học sinh",
        en: "parents",
        synonyms: &[
            "родители",
            "родительский комитет",
            "законные представители",
            "hội cha mẹ học sinh",
            "hội cmhs",
            "cha mẹ học sinh",
            "phụ huynh",
            "parents",
        ],
    },
    RoleDef {
        slug: "students",
        ru: "обучающиеся",
        vi: "học sinh",
        en: "students",
        synonyms: &[
            "обучающиеся",
            "учащиеся",
            "ученики",
            "школьники",
            "воспитанники",
            "học sinh",
            "students",
            "pupils",
        ],
    },
    RoleDef {
        slug: "psychologist",
        ru: "педагоги-психологи",
        vi: "giáo viên tâm lý",
        en: "psychologists",
        synonyms: &["педагог-психолог", "психолог", "tâm lý", "psychologist"],
    },
    RoleDef {
        slug: "social-worker",
        ru: "социальные педагоги",
        vi: "cán bộ xã hội",
        en: "social workers",
        synonyms: &[
            "социальный педагог",
            "социальные педагоги",
            "соц. педагог",
            "соц.педагог",
            "социальные педагоги",
            "social worker",
        ],
    },
    RoleDef {
        slug: "methodologist",
        ru: "методисты",
        vi: "cán bộ phương pháp",
        en: "methodologists",
        synonyms: &["методисты", "методист", "methodologist"],
    },
    RoleDef {
        slug: "head-of-association",
        ru: "руководители методического объединения",
        vi: "tổ trưởng chuyên môn",
        en: "heads of association",
        synonyms: &[
            "руководитель рмо",
            "руководитель ммо",
            "руководитель шмо",
            "руководитель мо",
            "руководители мо",
            "руководитель методического объединения",
            "tổ trưởng chuyên môn",
            "tổ trưởng",
            "tổ phó chuyên môn",
            "nhóm trưởng chuyên môn",
            "head of association",
        ],
    },
    RoleDef {
        slug: "club-leader",
        ru: "руководители кружков",
        vi: "phụ trách câu lạc bộ",
        en: "club leaders",
        synonyms: &[
            "руководитель коллектива",
            "руководитель кружка",
            "руководители кружков",
            "педагог дополнительного образования",
            "педагоги дополнительного образования",
            "club leader",
        ],
    },
    RoleDef {
        slug: "youth-union",
        ru: "молодёжные организации",
        vi: "đoàn đội",
        en: "youth unions",
        synonyms: &[
            "đoàn tncs hồ chí minh",
            "đội tntp",
            "đoàn thanh niên",
            "đoàn trường",
            "bí thư đoàn",
            "chi đoàn",
            "ban chấp hành đoàn",
            "ban đoàn",
            "liên đội",
            "советник директора по воспитанию",
        ],
    },
    RoleDef {
        slug: "medical-staff",
        ru: "медицинские работники",
        vi: "nhân viên y tế",
        en: "medical staff",
        synonyms: &[
            "медицинская сестра",
            "медсестра",
            "мед. работник",
            "nhân viên y tế",
            "y tế",
        ],
    },
    RoleDef {
        slug: "counselor",
        ru: "вожатые",
        vi: "phụ trách sao nhi đồng",
        en: "counselors",
        synonyms: &[
            "старший вожатый",
            "старшая вожатая",
            "ст. вожатый",
            "ст.вожатый",
            "ст. вожатая",
            "вожатый",
            "вожатая",
            "вожатые",
            "phụ trách sao",
            "counselor",
        ],
    },
    RoleDef {
        slug: "music-director",
        ru: "музыкальные руководители",
        vi: "giáo viên âm nhạc",
        en: "music directors",
        synonyms: &[
            "музыкальный руководитель",
            "музыкальные руководители",
            "муз. руководитель",
            "муз.руководитель",
            "муз. рук",
            "giáo viên âm nhạc",
            "music director",
        ],
    },
    RoleDef {
        slug: "pe-instructor",
        ru: "инструкторы по физической культуре",
        vi: "giáo viên thể dục",
        en: "PE instructors",
        synonyms: &[
            "инструктор по физической культуре",
            "инструктор по физкультуре",
            "инструктор по фк",
            "инструктор физо",
            "руководитель физ.воспитания",
            "руководитель физвоспитания",
            "руководитель физического воспитания",
            "giáo viên thể dục",
            "pe instructor",
        ],
    },
];

/// The canonical role for a slug, if it is one of ours.
pub(crate) fn find(slug: &str) -> Option<&'static RoleDef> {
    ROLES.iter().find(|r| r.slug == slug)
}

/// Roles as the vocabulary names them in `lang`, joined ("классные руководители, родители";
/// never a slug like `class-teacher`): what the preview and the event form show and read
/// back as the same roles. A role the vocabulary does not know keeps its slug.
pub(crate) fn labels(lang: Lang, slugs: &[String]) -> String {
    slugs
        .iter()
        .map(|slug| match find(slug) {
            Some(def) => def.label(lang).to_string(),
            None => slug.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}
