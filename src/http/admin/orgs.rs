//! `/orgs/{slug}/edit`: an admin edits an organization's name, short name, colour and
//! other names, and merges into it another organization that is the same one (offered by
//! similarity of names). Everything goes through the store calls the API uses
//! (`patch_org`, `add_org_alias`, `remove_org_alias`, `merge_orgs`), so the same
//! validation (colours: CSS names or #hex) and the same guarantees hold.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError, web};

use super::words::words;
use super::{AdminSession, PageError, form_value, html, read_form, see_other};
use crate::http::AppState;
use crate::http::error::ApiError;
use crate::plan::privacy::MergePublishes;
use crate::plan::{Lang, Organization, OrganizationEdit};
use crate::store::StoreError;

pub(super) fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/orgs/{slug}/edit").get(edit).post(save))
        .route("/orgs/{slug}/aliases", web::post().to(aliases))
        .route("/orgs/{slug}/merge", web::post().to(merge));
}

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
    let names: Vec<String> = aliases.into_iter().map(|a| a.name).collect();
    let detail = problem.map(|p| p.problem().detail.clone());
    let color = org.color.as_deref().unwrap_or("");
    let body = crate::web::admin::orgs::OrgEdit {
        lang,
        csrf: &session.csrf,
        org: &org,
        aliases: &names,
        others: &others,
        notice,
        problem: detail.as_deref(),
        color_ok: crate::store::is_css_color(color),
    }
    .render();
    let status = problem.map_or(StatusCode::OK, |p| p.status_code());
    Ok(html(
        status,
        &session.frame,
        w.edit_org,
        &body,
        Some(session),
    ))
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
    let publish = form_value(&fields, "publish") == "yes";
    // A merge cannot be undone: the first press asks, and so does a press without the box
    // ticked when the merge would publish what is private (a browser without `required`).
    if form_value(&fields, "confirm") != "yes"
        || (!publish && !publishes(&session, &state, &slug, &from).await?.nothing())
    {
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
            // Checked again where it is decided: the flags may have changed since the page.
            if !publish && !MergePublishes::between(&other, &into).nothing() {
                return Err(ApiError::new(
                    StatusCode::CONFLICT,
                    "the merge would publish what the other organization keeps private",
                ));
            }
            c.merge_orgs(&other, &into).await?;
            Ok(())
        })
        .await;
    finish(&session, &state, &slug, result, "merged").await
}

/// The organization that goes (`from`) and the one it goes into (`slug`), as stored.
async fn merge_pair(
    session: &AdminSession,
    state: &AppState,
    slug: &str,
    from: &str,
) -> Result<(Organization, Organization), PageError> {
    let fail = store_err(session.lang);
    let mut r = state.store.reader().await.map_err(&fail)?;
    let into = r.conn().require_org(slug).await.map_err(&fail)?;
    let other = r.conn().require_org(from).await.map_err(&fail)?;
    Ok((other, into))
}

/// What merging `from` into `slug` would publish.
async fn publishes(
    session: &AdminSession,
    state: &AppState,
    slug: &str,
    from: &str,
) -> Result<MergePublishes, PageError> {
    let (other, into) = merge_pair(session, state, slug, from).await?;
    Ok(MergePublishes::between(&other, &into))
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
    let (other, into) = merge_pair(session, state, slug, from).await?;
    let publishes = MergePublishes::between(&other, &into);
    let body =
        crate::web::admin::orgs::confirm_merge(lang, &session.csrf, &other, &into, publishes);
    Ok(html(
        StatusCode::OK,
        &session.frame,
        w.merge,
        &body,
        Some(session),
    ))
}
