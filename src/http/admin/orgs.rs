//! `/orgs/{slug}/edit`: an admin edits an organization's name, short name, colour and
//! other names, and merges into it another organization that is the same one (offered by
//! similarity of names). Everything goes through the store calls the API uses
//! (`patch_org`, `add_org_alias`, `remove_org_alias`, `merge_orgs`), so the same
//! validation (colours: CSS names or #hex) and the same guarantees hold.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError, web};

use super::words::{Words, words};
use super::{AdminSession, PageError, esc, form_value, html, read_form, see_other};
use crate::http::AppState;
use crate::http::error::ApiError;
use crate::plan::{Lang, Organization, OrganizationEdit, similar_names};
use crate::store::StoreError;

pub(super) fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/orgs/{slug}/edit").get(edit).post(save))
        .route("/orgs/{slug}/aliases", web::post().to(aliases))
        .route("/orgs/{slug}/merge", web::post().to(merge));
}

/// Most merge suggestions shown.
const SUGGESTIONS: usize = 5;

fn store_err(lang: Lang) -> impl Fn(StoreError) -> PageError {
    move |e| PageError::Api(e.into(), lang)
}

#[derive(serde::Deserialize)]
struct DoneQuery {
    done: Option<String>,
}

#[tracing::instrument(skip_all, fields(org = %slug))]
async fn edit(
    session: AdminSession,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    q: web::Query<DoneQuery>,
) -> Result<HttpResponse, PageError> {
    let w = words(session.lang);
    let notice = match q.done.as_deref() {
        Some("saved") => Some(w.saved),
        Some("merged") => Some(w.merged),
        _ => None,
    };
    edit_page(&session, &state, &slug, notice, None).await
}

/// The edit page; `problem` (a refused change) is shown on top with status 422/409.
async fn edit_page(
    session: &AdminSession,
    state: &AppState,
    slug: &str,
    notice: Option<&str>,
    problem: Option<&ApiError>,
) -> Result<HttpResponse, PageError> {
    let lang = session.lang;
    let w = words(lang);
    let fail = store_err(lang);
    let mut r = state.store.reader().await.map_err(&fail)?;
    let org = r.conn().require_org(slug).await.map_err(&fail)?;
    let aliases = r.conn().org_aliases(org.id).await.map_err(&fail)?;
    let (others, _) = r.conn().list_orgs(true, 1000, 0).await.map_err(&fail)?;
    let others: Vec<Organization> = others.into_iter().filter(|o| o.id != org.id).collect();
    let mut body = format!("<h1>{}: {}</h1>", w.edit_org, esc(&org.name));
    if let Some(n) = notice {
        body.push_str(&format!("<p class=\"notice\" role=\"status\">{n}</p>"));
    }
    if let Some(p) = problem {
        body.push_str(&format!(
            "<p class=\"error\" role=\"alert\">{}</p>",
            esc(&p.problem().detail)
        ));
    }
    body.push_str(&details_form(session, w, &org));
    let names: Vec<String> = aliases.iter().map(|a| a.name.clone()).collect();
    body.push_str(&aliases_section(session, w, &org, &names));
    body.push_str(&merge_section(session, w, &org, &others));
    body.push_str(&format!(
        "<p><a href=\"/orgs/{}?lang={}\">{}</a></p>",
        esc(org.slug.as_str()),
        lang.code(),
        w.back_to_calendar
    ));
    let status = problem.map_or(StatusCode::OK, |p| p.status_code());
    Ok(html(
        status,
        &session.frame,
        w.edit_org,
        &maud::PreEscaped(body),
        Some(session),
    ))
}

fn action(org: &Organization, what: &str, lang: Lang) -> String {
    format!(
        "/orgs/{}/{what}?lang={}",
        esc(org.slug.as_str()),
        lang.code()
    )
}

fn details_form(session: &AdminSession, w: &Words, org: &Organization) -> String {
    let color = org.color.clone().unwrap_or_default();
    let swatch = if crate::store::is_css_color(&color) {
        format!(
            " <span class=\"swatch\" style=\"background:{}\"></span>",
            esc(&color)
        )
    } else {
        String::new()
    };
    format!(
        "<form method=\"post\" action=\"{act}\">{csrf}\
         <label for=\"name\">{name}</label><input type=\"text\" id=\"name\" name=\"name\" size=\"60\" required value=\"{name_v}\">\
         <label for=\"short_name\">{short}</label><input type=\"text\" id=\"short_name\" name=\"short_name\" size=\"30\" value=\"{short_v}\">\
         <label for=\"color\">{color_l}</label><input type=\"text\" id=\"color\" name=\"color\" size=\"16\" value=\"{color_v}\" aria-describedby=\"color_hint\">{swatch}\
         <p class=\"hint\" id=\"color_hint\">{hint}</p>\
         <div class=\"actions\"><button type=\"submit\">{save}</button></div></form>",
        act = action(org, "edit", session.lang),
        csrf = session.csrf_input().into_string(),
        name = w.name,
        name_v = esc(&org.name),
        short = w.short_name,
        short_v = esc(org.short_name.as_deref().unwrap_or("")),
        color_l = w.color,
        color_v = esc(&color),
        hint = w.color_hint,
        save = w.save,
    )
}

fn aliases_section(
    session: &AdminSession,
    w: &Words,
    org: &Organization,
    names: &[String],
) -> String {
    let act = action(org, "aliases", session.lang);
    let mut out = format!(
        "<h2>{}</h2><p class=\"hint\">{}</p>",
        w.aliases, w.aliases_intro
    );
    if names.is_empty() {
        out.push_str(&format!("<p>{}</p>", w.no_aliases));
    } else {
        out.push_str("<ul class=\"aliases\">");
        for name in names {
            out.push_str(&format!(
                "<li>{n} <form method=\"post\" action=\"{act}\" class=\"inline\">{csrf}\
                 <input type=\"hidden\" name=\"remove\" value=\"{n}\">\
                 <button type=\"submit\" aria-label=\"{rm}: {n}\">{rm}</button></form></li>",
                n = esc(name),
                csrf = session.csrf_input().into_string(),
                rm = w.remove,
            ));
        }
        out.push_str("</ul>");
    }
    out.push_str(&format!(
        "<form method=\"post\" action=\"{act}\">{csrf}<label for=\"alias\">{add}</label>\
         <input type=\"text\" id=\"alias\" name=\"add\" size=\"50\" required> \
         <button type=\"submit\">{add}</button></form>",
        csrf = session.csrf_input().into_string(),
        add = w.add_alias,
    ));
    out
}

fn merge_section(
    session: &AdminSession,
    w: &Words,
    org: &Organization,
    others: &[Organization],
) -> String {
    let act = action(org, "merge", session.lang);
    let names: Vec<&str> = others.iter().map(|o| o.name.as_str()).collect();
    let similar = similar_names(&org.name, &names, SUGGESTIONS);
    let mut out = format!(
        "<h2>{}</h2><p class=\"hint\">{}</p><h3>{}</h3>",
        w.merge, w.merge_intro, w.similar
    );
    if similar.is_empty() {
        out.push_str(&format!("<p>{}</p>", w.no_similar));
    } else {
        out.push_str("<ul class=\"suggestions\">");
        for o in similar.iter().filter_map(|&i| others.get(i)) {
            out.push_str(&format!(
                "<li><a href=\"/orgs/{slug}\">{name}</a> ({slug}) \
                 <form method=\"post\" action=\"{act}\" class=\"inline\">{csrf}\
                 <input type=\"hidden\" name=\"from\" value=\"{slug}\">\
                 <button type=\"submit\" aria-label=\"{merge}: {name}\">{merge}</button></form></li>",
                slug = esc(o.slug.as_str()),
                name = esc(&o.name),
                csrf = session.csrf_input().into_string(),
                merge = w.merge_into_this,
            ));
        }
        out.push_str("</ul>");
    }
    if others.is_empty() {
        return out;
    }
    let options: String = others
        .iter()
        .map(|o| {
            format!(
                "<option value=\"{s}\">{n} ({s})</option>",
                s = esc(o.slug.as_str()),
                n = esc(&o.name)
            )
        })
        .collect();
    out.push_str(&format!(
        "<form method=\"post\" action=\"{act}\">{csrf}<label for=\"from\">{other}</label>\
         <select id=\"from\" name=\"from\">{options}</select> \
         <button type=\"submit\">{merge}</button></form>",
        csrf = session.csrf_input().into_string(),
        other = w.merge_other,
        merge = w.merge_into_this,
    ));
    out
}

/// A change the store refused (a bad colour, a name taken) is shown on the edit page;
/// anything else is an error page.
fn refused(e: &ApiError) -> bool {
    matches!(
        e.status_code(),
        StatusCode::UNPROCESSABLE_ENTITY | StatusCode::CONFLICT | StatusCode::BAD_REQUEST
    )
}

#[tracing::instrument(skip_all, fields(org = %slug))]
async fn save(
    session: AdminSession,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let lang = session.lang;
    let fields = read_form(payload, &state, lang).await?;
    session.check_csrf(&fields)?;
    let optional = |name: &str| {
        let v = form_value(&fields, name).trim();
        Some((!v.is_empty()).then(|| v.to_string()))
    };
    let patch = OrganizationEdit {
        name: Some(form_value(&fields, "name").trim().to_string()),
        short_name: optional("short_name"),
        color: optional("color"),
        ..Default::default()
    };
    let result: Result<(), ApiError> = async {
        crate::http::extract::check_text("name", patch.name.as_deref().unwrap_or(""), 300)?;
        state
            .write(async |c| {
                let current = c.require_org(&slug).await?;
                c.patch_org(current, None, &patch).await.map(drop)
            })
            .await
    }
    .await;
    finish(&session, &state, &slug, result, "saved").await
}

/// After a change: back to the edit page with a notice, or the edit page with the refusal.
async fn finish(
    session: &AdminSession,
    state: &AppState,
    slug: &str,
    result: Result<(), ApiError>,
    done: &str,
) -> Result<HttpResponse, PageError> {
    match result {
        Ok(()) => Ok(see_other(&format!(
            "/orgs/{slug}/edit?lang={}&done={done}",
            session.lang.code()
        ))),
        Err(e) if refused(&e) => edit_page(session, state, slug, None, Some(&e)).await,
        Err(e) => Err(PageError::Api(e, session.lang)),
    }
}

#[tracing::instrument(skip_all, fields(org = %slug))]
async fn aliases(
    session: AdminSession,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let fields = read_form(payload, &state, session.lang).await?;
    session.check_csrf(&fields)?;
    let add = form_value(&fields, "add").trim().to_string();
    let remove = form_value(&fields, "remove").trim().to_string();
    let result = state
        .write(async |c| {
            let org = c.require_org(&slug).await?;
            if !add.is_empty() {
                crate::http::extract::check_text("add", &add, 300)?;
                c.add_org_alias(&org, &add).await?;
            }
            if !remove.is_empty() {
                c.remove_org_alias(&org, &remove).await?;
            }
            Ok::<_, ApiError>(())
        })
        .await;
    finish(&session, &state, &slug, result, "saved").await
}

#[tracing::instrument(skip_all, fields(org = %slug))]
async fn merge(
    session: AdminSession,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let fields = read_form(payload, &state, session.lang).await?;
    session.check_csrf(&fields)?;
    let from = form_value(&fields, "from").trim().to_string();
    if form_value(&fields, "confirm") != "yes" {
        // A merge cannot be undone: the first press asks.
        return confirm_merge(&session, &state, &slug, &from).await;
    }
    let result = state
        .write(async |c| {
            let into = c.require_org(&slug).await?;
            let other = c.require_org(&from).await?;
            if other.id == into.id {
                return Err(ApiError::unprocessable(
                    "an organization cannot be merged into itself",
                ));
            }
            c.merge_orgs(&other, &into).await?;
            Ok(())
        })
        .await;
    finish(&session, &state, &slug, result, "merged").await
}

/// "Merge «from» into «into»?": what will happen, and the button that does it.
async fn confirm_merge(
    session: &AdminSession,
    state: &AppState,
    slug: &str,
    from: &str,
) -> Result<HttpResponse, PageError> {
    let lang = session.lang;
    let w = words(lang);
    let fail = store_err(lang);
    let mut r = state.store.reader().await.map_err(&fail)?;
    let into = r.conn().require_org(slug).await.map_err(&fail)?;
    let other = r.conn().require_org(from).await.map_err(&fail)?;
    let body = format!(
        "<h1>{title}</h1><p class=\"lead\">«{other}» ({other_slug}) → «{into}» ({into_slug})</p>\
         <p>{intro}</p><p class=\"error\">{undo}</p>\
         <form method=\"post\" action=\"{act}\">{csrf}\
         <input type=\"hidden\" name=\"from\" value=\"{other_slug}\">\
         <input type=\"hidden\" name=\"confirm\" value=\"yes\">\
         <div class=\"actions\"><button type=\"submit\">{merge}</button>\
         <a class=\"btn light\" href=\"/orgs/{into_slug}/edit\">{cancel}</a></div></form>",
        title = w.merge,
        other = esc(&other.name),
        other_slug = esc(other.slug.as_str()),
        into = esc(&into.name),
        into_slug = esc(into.slug.as_str()),
        intro = w.merge_intro,
        undo = w.merge_final,
        act = action(&into, "merge", lang),
        csrf = session.csrf_input().into_string(),
        merge = w.merge_into_this,
        cancel = w.cancel,
    );
    Ok(html(
        StatusCode::OK,
        &session.frame,
        w.merge,
        &maud::PreEscaped(body),
        Some(session),
    ))
}
