//! Organizations.

use chrono::{DateTime, Utc};

use super::{Conn, Result, StoreError, conflict_on_unique, now, on};
use crate::plan::{
    Lang, OrgKind, Organization, OrganizationEdit, OrganizationInput, Slug, Tz, org_match_key,
};

#[derive(sqlx::FromRow)]
pub(super) struct OrgRow {
    id: i64,
    slug: String,
    name: String,
    short_name: Option<String>,
    kind: String,
    timezone: String,
    locale: String,
    public_feeds: bool,
    public_names: bool,
    color: Option<String>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

pub(super) const COLUMNS: &str = "id, slug, name, short_name, kind, timezone, locale, public_feeds, \
                       public_names, color, created_at, updated_at";

impl TryFrom<OrgRow> for Organization {
    type Error = StoreError;
    fn try_from(r: OrgRow) -> Result<Self> {
        let corrupt = |what: String| StoreError::Corrupt(format!("organization {}: {what}", r.id));
        Ok(Organization {
            id: r.id,
            slug: Slug::parse(&r.slug).map_err(|e| corrupt(e.to_string()))?,
            name: r.name.clone(),
            short_name: r.short_name.clone(),
            kind: OrgKind::parse(&r.kind).ok_or_else(|| corrupt(format!("kind {}", r.kind)))?,
            timezone: Tz::parse(&r.timezone).map_err(|e| corrupt(e.to_string()))?,
            locale: r
                .locale
                .parse::<Lang>()
                .map_err(|e| corrupt(e.to_string()))?,
            public_feeds: r.public_feeds,
            public_names: r.public_names,
            color: r.color,
            created_at: r.created_at,
            updated_at: r.updated_at,
        })
    }
}

/// CSS colour keywords (CSS Color Module Level 4), the names RFC 7986 COLOR takes.
#[rustfmt::skip]
const CSS_COLOR_NAMES: &[&str] = &[
    "aliceblue", "antiquewhite", "aqua", "aquamarine", "azure", "beige", "bisque", "black",
    "blanchedalmond", "blue", "blueviolet", "brown", "burlywood", "cadetblue", "chartreuse",
    "chocolate", "coral", "cornflowerblue", "cornsilk", "crimson", "cyan", "darkblue",
    "darkcyan", "darkgoldenrod", "darkgray", "darkgreen", "darkgrey", "darkkhaki",
    "darkmagenta", "darkolivegreen", "darkorange", "darkorchid", "darkred", "darksalmon",
    "darkseagreen", "darkslateblue", "darkslategray", "darkslategrey", "darkturquoise",
    "darkviolet", "deeppink", "deepskyblue", "dimgray", "dimgrey", "dodgerblue", "firebrick",
    "floralwhite", "forestgreen", "fuchsia", "gainsboro", "ghostwhite", "gold", "goldenrod",
    "gray", "green", "greenyellow", "grey", "honeydew", "hotpink", "indianred", "indigo",
    "ivory", "khaki", "lavender", "lavenderblush", "lawngreen", "lemonchiffon", "lightblue",
    "lightcoral", "lightcyan", "lightgoldenrodyellow", "lightgray", "lightgreen", "lightgrey",
    "lightpink", "lightsalmon", "lightseagreen", "lightskyblue", "lightslategray",
    "lightslategrey", "lightsteelblue", "lightyellow", "lime", "limegreen", "linen", "magenta",
    "maroon", "mediumaquamarine", "mediumblue", "mediumorchid", "mediumpurple",
    "mediumseagreen", "mediumslateblue", "mediumspringgreen", "mediumturquoise",
    "mediumvioletred", "midnightblue", "mintcream", "mistyrose", "moccasin", "navajowhite",
    "navy", "oldlace", "olive", "olivedrab", "orange", "orangered", "orchid", "palegoldenrod",
    "palegreen", "paleturquoise", "palevioletred", "papayawhip", "peachpuff", "peru", "pink",
    "plum", "powderblue", "purple", "rebeccapurple", "red", "rosybrown", "royalblue",
    "saddlebrown", "salmon", "sandybrown", "seagreen", "seashell", "sienna", "silver",
    "skyblue", "slateblue", "slategray", "slategrey", "snow", "springgreen", "steelblue", "tan",
    "teal", "thistle", "tomato", "turquoise", "violet", "wheat", "white", "whitesmoke",
    "yellow", "yellowgreen",
];

/// Is `value` a colour pages and feeds may use as is: a CSS colour name or `#rgb`,
/// `#rgba`, `#rrggbb`, `#rrggbbaa`? Anything else could break out of the CSS it is put in.
pub(crate) fn is_css_color(value: &str) -> bool {
    match value.strip_prefix('#') {
        Some(hex) => {
            matches!(hex.len(), 3 | 4 | 6 | 8) && hex.bytes().all(|b| b.is_ascii_hexdigit())
        }
        None => CSS_COLOR_NAMES.contains(&value.to_ascii_lowercase().as_str()),
    }
}

fn check_color(color: Option<&str>) -> Result<()> {
    match color {
        Some(c) if !is_css_color(c) => Err(StoreError::invalid(
            "/color",
            format!("color {c:?} must be a CSS colour name (\"steelblue\") or #hex (\"#4682b4\")"),
        )),
        _ => Ok(()),
    }
}

/// A colour for partners in merged calendars, picked from the slug so it is stable.
fn default_color(slug: &str) -> String {
    const PALETTE: [&str; 10] = [
        "steelblue",
        "seagreen",
        "darkorange",
        "mediumpurple",
        "indianred",
        "teal",
        "goldenrod",
        "slategray",
        "olivedrab",
        "palevioletred",
    ];
    let sum = slug
        .bytes()
        .fold(0usize, |a, b| a.wrapping_mul(31).wrapping_add(b as usize));
    PALETTE[sum % PALETTE.len()].to_string()
}

impl Conn<'_> {
    /// Organizations; the public (`trusted` false) does not see those with private feeds.
    pub(crate) async fn list_orgs(
        &mut self,
        trusted: bool,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<Organization>, i64)> {
        let sql = format!(
            "SELECT {COLUMNS} FROM organizations WHERE (public_feeds OR $3) ORDER BY slug LIMIT $1 OFFSET $2"
        );
        let rows: Vec<OrgRow> = on!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(limit).bind(offset).bind(trusted).fetch_all(&mut **c).await)?;
        let total: i64 = on!(self, c => sqlx::query_scalar(
            "SELECT COUNT(*) FROM organizations WHERE (public_feeds OR $1)")
            .bind(trusted).fetch_one(&mut **c).await)?;
        Ok((
            rows.into_iter()
                .map(Organization::try_from)
                .collect::<Result<_>>()?,
            total,
        ))
    }

    /// The organization with this slug, or the one it was merged into.
    pub(crate) async fn org_by_slug(&mut self, slug: &str) -> Result<Option<Organization>> {
        let sql = format!("SELECT {COLUMNS} FROM organizations WHERE slug = $1");
        let row: Option<OrgRow> = on!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(slug).fetch_optional(&mut **c).await)?;
        match row {
            Some(row) => Organization::try_from(row).map(Some),
            None => match self.redirected_org_id(slug).await? {
                Some(id) => self.org_by_id(id).await,
                None => Ok(None),
            },
        }
    }

    pub(crate) async fn org_by_id(&mut self, id: i64) -> Result<Option<Organization>> {
        let sql = format!("SELECT {COLUMNS} FROM organizations WHERE id = $1");
        let row: Option<OrgRow> = on!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(id).fetch_optional(&mut **c).await)?;
        row.map(Organization::try_from).transpose()
    }

    pub(crate) async fn require_org(&mut self, slug: &str) -> Result<Organization> {
        self.org_by_slug(slug)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("organization {slug:?}")))
    }

    /// Creates an organization.
    ///
    /// # Errors
    ///
    /// `StoreError::Conflict` when the slug is taken; a database error.
    pub async fn create_org(&mut self, input: &OrganizationInput) -> Result<Organization> {
        let slug = input.slug.as_str();
        self.insert_org(input, false)
            .await
            .map_err(|e| match e {
                StoreError::Db(e) => conflict_on_unique(e, || {
                    format!(
                        "an organization with slug {slug:?} already exists; choose another slug"
                    )
                }),
                other => other,
            })?
            .ok_or_else(|| StoreError::NotFound(format!("organization {slug:?}")))
    }

    /// The organization with `input`'s slug: created, or the one another transaction
    /// created first (imports create partners and owners by name, in parallel).
    pub(crate) async fn org_for_input(
        &mut self,
        input: &OrganizationInput,
    ) -> Result<Organization> {
        if let Some(org) = self.insert_org(input, true).await? {
            return Ok(org);
        }
        self.require_org(input.slug.as_str()).await
    }

    /// Inserts; with `if_new`, a taken slug is no error and gives `None`.
    async fn insert_org(
        &mut self,
        input: &OrganizationInput,
        if_new: bool,
    ) -> Result<Option<Organization>> {
        let name = input.name.trim();
        if name.is_empty() {
            return Err(StoreError::invalid("/name", "name must not be empty"));
        }
        check_color(input.color.as_deref())?;
        let locale = input.locale.unwrap_or(Lang::Ru);
        let tz = input.timezone.unwrap_or_else(|| Tz::default_for(locale));
        let at = now();
        let color = input
            .color
            .clone()
            .unwrap_or_else(|| default_color(input.slug.as_str()));
        let sql = format!(
            "INSERT INTO organizations (slug, name, match_key, short_name, kind, \
             timezone, locale, public_feeds, public_names, color, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) {} RETURNING id",
            if if_new {
                "ON CONFLICT (slug) DO NOTHING"
            } else {
                ""
            }
        );
        let slug = input.slug.as_str();
        let id: Option<i64> = on!(self, c => sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
            .bind(slug)
            .bind(name)
            .bind(org_match_key(name))
            .bind(input.short_name.as_deref())
            .bind(input.kind.as_str())
            .bind(tz.name())
            .bind(locale.code())
            .bind(input.public_feeds.unwrap_or(true))
            .bind(input.public_names.unwrap_or(false))
            .bind(color.as_str())
            .bind(at)
            .fetch_optional(&mut **c).await)?;
        let Some(id) = id else { return Ok(None) };
        self.changed_feeds();
        self.org_by_id(id).await
    }

    /// Replaces every field (PUT) of the organization `slug`; the slug may change.
    pub(crate) async fn replace_org(
        &mut self,
        slug: &str,
        input: &OrganizationInput,
    ) -> Result<Organization> {
        let current = self.require_org(slug).await?;
        let edit = OrganizationEdit {
            name: Some(input.name.clone()),
            short_name: Some(input.short_name.clone()),
            kind: Some(input.kind),
            timezone: Some(input.timezone.unwrap_or(current.timezone)),
            locale: Some(input.locale.unwrap_or(current.locale)),
            public_feeds: Some(input.public_feeds.unwrap_or(current.public_feeds)),
            public_names: Some(input.public_names.unwrap_or(current.public_names)),
            color: Some(input.color.clone().or(current.color.clone())),
        };
        self.patch_org(current, Some(&input.slug), &edit).await
    }

    pub(crate) async fn patch_org(
        &mut self,
        current: Organization,
        new_slug: Option<&Slug>,
        p: &OrganizationEdit,
    ) -> Result<Organization> {
        let name = p.name.clone().unwrap_or(current.name.clone());
        if name.trim().is_empty() {
            return Err(StoreError::invalid("/name", "name must not be empty"));
        }
        if let Some(color) = &p.color {
            check_color(color.as_deref())?;
        }
        let slug = new_slug.unwrap_or(&current.slug).as_str().to_string();
        const SQL: &str = "UPDATE organizations SET slug = $1, name = $2, match_key = $3, \
            short_name = $4, kind = $5, timezone = $6, locale = $7, public_feeds = $8, \
            public_names = $9, color = $10, updated_at = $11 WHERE id = $12";
        on!(self, c => sqlx::query(SQL)
            .bind(slug.as_str())
            .bind(name.trim())
            .bind(org_match_key(&name))
            .bind(p.short_name.clone().unwrap_or(current.short_name.clone()))
            .bind(p.kind.unwrap_or(current.kind).as_str())
            .bind(p.timezone.unwrap_or(current.timezone).name())
            .bind(p.locale.unwrap_or(current.locale).code())
            .bind(p.public_feeds.unwrap_or(current.public_feeds))
            .bind(p.public_names.unwrap_or(current.public_names))
            .bind(p.color.clone().unwrap_or(current.color.clone()))
            .bind(now())
            .bind(current.id)
            .execute(&mut **c).await.map(|r| r.rows_affected()))
        .map_err(|e| {
            conflict_on_unique(e, || {
                format!("an organization with slug {slug:?} already exists")
            })
        })?;
        self.changed_feeds();
        self.org_by_id(current.id)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("organization {}", current.id)))
    }

    pub(crate) async fn delete_org(&mut self, slug: &str) -> Result<()> {
        let org = self.require_org(slug).await?;
        // Plans the organization owns go with it; their events leave every feed.
        on!(self, c => sqlx::query("DELETE FROM organizations WHERE id = $1")
            .bind(org.id).execute(&mut **c).await.map(|r| r.rows_affected()))?;
        self.changed_feeds();
        Ok(())
    }

    /// The organization a name refers to, created (kind guessed, locale inherited) when no
    /// organization of that name exists yet.
    pub(crate) async fn org_for_name(&mut self, name: &str, locale: Lang) -> Result<Organization> {
        let key = org_match_key(name);
        // Another transaction may create this name's organization between our look-up and
        // our insert; then its slug is taken, and the next look-up finds it.
        for _ in 0..8 {
            if !key.is_empty()
                && let Some(id) = self.org_id_by_key(&key).await?
                && let Some(org) = self.org_by_id(id).await?
            {
                return Ok(org);
            }
            let slug = self.free_slug(&Slug::from_name(name)).await?;
            let kind = guess_kind(&name.to_lowercase());
            let input = OrganizationInput::named(slug, name.trim().to_string(), kind, Some(locale));
            if let Some(org) = self.insert_org(&input, true).await? {
                return Ok(org);
            }
        }
        Err(StoreError::Busy(format!(
            "organizations named {name:?} kept being created in parallel; try again"
        )))
    }

    /// The organization `name` names (its slug, its name or one of its aliases as the keys
    /// match them), never created: None when there is none.
    pub(crate) async fn org_named(&mut self, name: &str) -> Result<Option<Organization>> {
        if let Ok(slug) = Slug::parse(name.trim())
            && let Some(org) = self.org_by_slug(slug.as_str()).await?
        {
            return Ok(Some(org));
        }
        let key = org_match_key(name);
        if key.is_empty() {
            return Ok(None);
        }
        match self.org_id_by_key(&key).await? {
            Some(id) => self.org_by_id(id).await,
            None => Ok(None),
        }
    }

    /// `base`, or `base-2`, `base-3` … whichever is not taken yet.
    pub(crate) async fn free_slug(&mut self, base: &Slug) -> Result<Slug> {
        let mut candidate = base.clone();
        for n in 2..1000 {
            if self.org_by_slug(candidate.as_str()).await?.is_none() {
                return Ok(candidate);
            }
            let stem: String = base.as_str().chars().take(Slug::MAX_LEN - 5).collect();
            candidate = Slug::parse(&format!("{}-{n}", stem.trim_end_matches('-')))
                .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        }
        Err(StoreError::Conflict(format!("no free slug near {base}")))
    }
}

/// Words in an organization's name that tell its kind (data, per language).
const KIND_WORDS: &[(&str, OrgKind)] = &[
    ("библиотек", OrgKind::Library),
    ("цбс", OrgKind::Library),
    ("thư viện", OrgKind::Library),
    ("library", OrgKind::Library),
    ("музей", OrgKind::Museum),
    ("bảo tàng", OrgKind::Museum),
    ("museum", OrgKind::Museum),
    ("доу", OrgKind::Kindergarten),
    ("детский сад", OrgKind::Kindergarten),
    ("mầm non", OrgKind::Kindergarten),
    ("kindergarten", OrgKind::Kindergarten),
    ("сош", OrgKind::School),
    ("оош", OrgKind::School),
    ("школ", OrgKind::School),
    ("гимназ", OrgKind::School),
    ("лицей", OrgKind::School),
    ("trường", OrgKind::School),
    ("school", OrgKind::School),
    ("объединени", OrgKind::Association),
    ("association", OrgKind::Association),
];

pub(super) fn guess_kind(name: &str) -> OrgKind {
    KIND_WORDS
        .iter()
        .find(|(w, _)| name.contains(w))
        .map(|(_, k)| *k)
        .unwrap_or_default()
}
