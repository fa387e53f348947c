//! The role vocabulary: canonical slugs with labels and the ways plans write them.
//!
//! Data, not code: to teach plancal a new way of writing a role, add a synonym here.
//! Synonyms are lowercase word stems matched against a normalised responsible cell
//! (lowercase, "ё" as "е", runs of spaces collapsed).

use super::Lang;

pub struct RoleDef {
    pub slug: &'static str,
    /// Plural labels, as a feed name uses them ("… — классные руководители").
    pub ru: &'static str,
    pub vi: &'static str,
    pub en: &'static str,
    pub synonyms: &'static [&'static str],
}

impl RoleDef {
    pub fn label(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ru => self.ru,
            Lang::Vi => self.vi,
            Lang::En => self.en,
        }
    }
}

pub const ROLES: &[RoleDef] = &[
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
            "зав. библиотекой",
            "заведующий библиотекой",
            "школьные библиотекари",
            "все библиотекари",
            "cán bộ thư viện",
            "nhân viên thư viện",
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
            "завуч",
            "старший воспитатель",
            "phó hiệu trưởng",
            "deputy director",
            "deputy principal",
        ],
    },
    RoleDef {
        slug: "administration",
        ru: "администрация",
        vi: "ban giám hiệu",
        en: "administration",
        synonyms: &["администрация", "ban giám hiệu", "administration"],
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
            "воспитатели",
            "воспитатель",
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
];

/// The canonical role for a slug, if it is one of ours.
pub fn find(slug: &str) -> Option<&'static RoleDef> {
    ROLES.iter().find(|r| r.slug == slug)
}
