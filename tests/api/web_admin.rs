//! The admin pages through real HTTP: login keeps a Secure, HttpOnly, SameSite=Strict
//! session cookie; every form is refused (403, nothing changed) without its CSRF token; an
//! uploaded plan is previewed, corrected and confirmed into the store; a re-import lists
//! what will change; organizations are edited and merged; people without a session get the
//! login page.

use crate::common;

use std::collections::BTreeMap;

use common::{TOKEN, TestApp, create_org};

/// A browser as far as the admin forms need one: keeps cookies, does not follow redirects
/// (the report tests' admin forms use it too).
pub(crate) struct Browser<'a> {
    app: &'a TestApp,
    cookies: BTreeMap<String, String>,
    agent: ureq::Agent,
    /// The client a proxy in front of the server says it forwards (X-Forwarded-For).
    forwarded_for: Option<&'static str>,
}

pub(crate) struct Page {
    pub(crate) status: u16,
    pub(crate) location: Option<String>,
    retry_after: Option<String>,
    set_cookies: Vec<String>,
    pub(crate) body: String,
}

impl<'a> Browser<'a> {
    pub(crate) fn new(app: &'a TestApp) -> Self {
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .build()
            .into();
        Browser {
            app,
            cookies: BTreeMap::new(),
            agent,
            forwarded_for: None,
        }
    }

    fn run(&mut self, req: ureq::http::request::Builder, body: Vec<u8>) -> Page {
        let cookie: Vec<String> = self
            .cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        let req = if cookie.is_empty() {
            req
        } else {
            req.header("Cookie", cookie.join("; "))
        };
        let req = match self.forwarded_for {
            Some(client) => req.header("X-Forwarded-For", client),
            None => req,
        };
        let mut res = self.agent.run(req.body(body).unwrap()).expect("request");
        let header = |name: &str| -> Vec<String> {
            res.headers()
                .get_all(name)
                .iter()
                .map(|v| v.to_str().unwrap().to_string())
                .collect()
        };
        let set_cookies = header("set-cookie");
        let location = header("location").into_iter().next();
        let retry_after = header("retry-after").into_iter().next();
        for c in &set_cookies {
            let (pair, attrs) = c.split_once(';').unwrap_or((c, ""));
            let (k, v) = pair.split_once('=').unwrap();
            if v.is_empty() || attrs.contains("Max-Age=0") {
                self.cookies.remove(k);
            } else {
                self.cookies.insert(k.to_string(), v.to_string());
            }
        }
        let status = res.status().as_u16();
        let body = res.body_mut().read_to_string().unwrap_or_default();
        Page {
            status,
            location,
            retry_after,
            set_cookies,
            body,
        }
    }

    pub(crate) fn get(&mut self, path: &str) -> Page {
        let req = ureq::http::Request::get(self.app.url(path));
        self.run(req, Vec::new())
    }

    pub(crate) fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Page {
        let body = serde_urlencoded::to_string(fields).unwrap();
        let req = ureq::http::Request::post(self.app.url(path))
            .header("Content-Type", "application/x-www-form-urlencoded");
        self.run(req, body.into_bytes())
    }

    pub(crate) fn upload(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        file: (&str, &[u8]),
    ) -> Page {
        let boundary = "plancal-admin-test-boundary";
        let body = common::multipart_body(boundary, fields, file);
        let req = ureq::http::Request::post(self.app.url(path)).header(
            "Content-Type",
            format!("multipart/form-data; boundary={boundary}"),
        );
        self.run(req, body)
    }

    /// Logs in with the admin token; returns the session's CSRF token.
    pub(crate) fn log_in(&mut self) -> String {
        let form = self.get("/login?next=/import");
        let csrf = csrf_of(&form.body);
        let res = self.post(
            "/login",
            &[("csrf", &csrf), ("token", TOKEN), ("next", "/import")],
        );
        assert_eq!(res.status, 303, "{}", res.body);
        let page = self.get("/import?lang=en");
        assert_eq!(page.status, 200, "{}", page.body);
        csrf_of(&page.body)
    }
}

/// The CSRF token a page's forms carry.
fn csrf_of(html: &str) -> String {
    let at = html.find("name=\"csrf\" value=\"").expect("a CSRF field") + 19;
    html[at..].split('"').next().unwrap().to_string()
}

/// The id of the upload a redirect points at.
pub(crate) fn pending_id(location: &str) -> String {
    location
        .trim_start_matches("/import/")
        .split('?')
        .next()
        .unwrap()
        .to_string()
}

pub(crate) const PLAN: &str =
    "План работы библиотеки МБОУ «Озёрная СОШ» на 2025 – 2026 учебный год.

№, мероприятие, сроки, ответственные.
1. Литературная гостиная «Осенние мотивы» – октябрь, работники библиотеки.
2. Неделя детской книги – вторая половина марта, библиотекари, классные руководители.
3. Встреча с писателем – по согласованию, работники библиотеки.
";

on_both_backends! {
    login_sets_a_secure_http_only_same_site_strict_session_cookie => |app: TestApp| {
        let mut b = Browser::new(&app);
        let form = b.get("/login");
        assert_eq!(form.status, 200);
        let csrf = csrf_of(&form.body);
        // A wrong token: the login page again, and no session.
        let res = b.post("/login", &[("csrf", &csrf), ("token", "wrong"), ("next", "/import")]);
        assert_eq!(res.status, 401, "{}", res.body);
        assert!(!res.set_cookies.iter().any(|c| c.starts_with("plancal_session=")));
        let csrf = csrf_of(&res.body);
        let res = b.post("/login", &[("csrf", &csrf), ("token", TOKEN), ("next", "/import")]);
        assert_eq!(res.status, 303, "{}", res.body);
        assert_eq!(res.location.as_deref(), Some("/import"));
        let session = res.set_cookies.iter().find(|c| c.starts_with("plancal_session=")).unwrap();
        for attr in ["; Secure", "; HttpOnly", "; SameSite=Strict", "; Path=/"] {
            assert!(session.contains(attr), "{session} lacks {attr}");
        }
        assert!(!session.contains(TOKEN), "the cookie is not the token");
        assert_eq!(b.get("/import").status, 200);
        // Logging out ends the session on the server, not only in this browser.
        let stolen = b.cookies.clone();
        let csrf = csrf_of(&b.get("/import").body);
        assert_eq!(b.post("/logout", &[("csrf", &csrf)]).status, 303);
        assert_eq!(b.get("/import").status, 303);
        b.cookies = stolen;
        assert_eq!(b.get("/import").status, 303, "a logged-out session id is dead");
    };

    ten_wrong_tokens_from_one_address_make_the_login_wait_with_a_429_page => |app: TestApp| {
        let mut b = Browser::new(&app);
        let mut csrf = csrf_of(&b.get("/login?lang=ru").body);
        for i in 0..10 {
            let res = b.post("/login?lang=ru", &[("csrf", &csrf), ("token", "wrong"), ("next", "/import")]);
            assert_eq!(res.status, 401, "try {i}: {}", res.body);
            csrf = csrf_of(&res.body);
        }
        // Even the right token waits now: guessing cannot go on.
        let res = b.post("/login?lang=ru", &[("csrf", &csrf), ("token", TOKEN), ("next", "/import")]);
        assert_eq!(res.status, 429, "{}", res.body);
        assert!(!res.set_cookies.iter().any(|c| c.starts_with("plancal_session=")));
        assert!(res.body.contains("слишком много раз ввели неверный токен"), "{}", res.body);
        assert!(res.body.contains("через 10 мин."), "{}", res.body);
        let page = b.get("/login?lang=en");
        let csrf = csrf_of(&page.body);
        let res = b.post("/login?lang=en", &[("csrf", &csrf), ("token", TOKEN), ("next", "/import")]);
        assert_eq!(res.status, 429);
        assert!(res.body.contains("Too many wrong tokens from this address"), "{}", res.body);
        let retry: u64 = res.retry_after.as_deref().unwrap_or("").parse().unwrap();
        assert!((540..=600).contains(&retry), "{retry}");
        // The API's token check is not the web login's: the admin token still works there.
        assert_eq!(app.get_admin("/api/v1/tokens").status, 200);
    };

    behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit => |app: TestApp| {
        let mut guesser = Browser::new(&app);
        guesser.forwarded_for = Some("203.0.113.5");
        let mut csrf = csrf_of(&guesser.get("/login?lang=en").body);
        for _ in 0..10 {
            let res = guesser.post("/login?lang=en", &[("csrf", &csrf), ("token", "wrong"), ("next", "/import")]);
            assert_eq!(res.status, 401, "{}", res.body);
            csrf = csrf_of(&res.body);
        }
        let res = guesser.post("/login?lang=en", &[("csrf", &csrf), ("token", TOKEN), ("next", "/import")]);
        assert_eq!(res.status, 429, "the guesser waits");
        // Another client behind the same proxy is not held up by the guesser's failures...
        let mut admin = Browser::new(&app);
        admin.forwarded_for = Some("198.51.100.20");
        let csrf = csrf_of(&admin.get("/login?lang=en").body);
        let res = admin.post("/login?lang=en", &[("csrf", &csrf), ("token", TOKEN), ("next", "/import")]);
        assert_eq!(res.status, 303, "{}", res.body);
        // ...and the guesser cannot name itself someone else in front of the proxy's entry.
        guesser.forwarded_for = Some("198.51.100.20, 203.0.113.5");
        let csrf = csrf_of(&guesser.get("/login?lang=en").body);
        let res = guesser.post("/login?lang=en", &[("csrf", &csrf), ("token", TOKEN), ("next", "/import")]);
        assert_eq!(res.status, 429);
    };

    people_without_a_session_get_the_login_page => |app: TestApp| {
        create_org(&app, "school", "Школа", "ru");
        let mut b = Browser::new(&app);
        for path in ["/import", "/orgs/school/edit", "/import/abc"] {
            let res = b.get(path);
            assert_eq!(res.status, 303, "{path}");
            let to = res.location.unwrap();
            assert!(to.starts_with("/login?"), "{to}");
            let login = b.get(&to);
            assert_eq!(login.status, 200);
            assert!(login.body.contains("type=\"password\""), "{}", login.body);
        }
        // The organization's page offers no edit link to people who are not logged in.
        let page = b.get("/orgs/school");
        assert_eq!(page.status, 200);
        assert!(!page.body.contains("/orgs/school/edit"), "{}", page.body);
        // A session cookie nobody issued is no session.
        b.cookies.insert("plancal_session".into(), "f".repeat(64));
        assert_eq!(b.get("/import").status, 303);
        // Posting to a page without a session changes nothing either.
        let res = b.post("/orgs/school/edit", &[("name", "Взлом")]);
        assert_eq!(res.status, 303);
        assert_eq!(app.get("/api/v1/orgs/school").json()["name"], "Школа");
    };

    a_logged_in_admin_sees_private_organizations_and_names_as_a_token_does => |app: TestApp| {
        create_org(&app, "hidden-school", "Закрытая школа", "ru");
        let res = app.send("PATCH", "/api/v1/orgs/hidden-school", &serde_json::json!({"public_feeds": false}));
        assert_eq!(res.status, 200, "{}", res.body);
        create_org(&app, "names-school", "Школа имён", "ru");
        let mut ids = Vec::new();
        for org in ["hidden-school", "names-school"] {
            let plan = serde_json::json!({"org": org, "title": "План", "academic_year": "2025-2026",
                "events": [{"title": format!("Квиз {org}"), "timing": "12 ноября",
                            "responsible": "Труханова С.С., организатор",
                            "roles": ["organizer"], "people": [{"name": "Труханова С.С."}]}]});
            let res = app.send("POST", "/api/v1/plans", &plan);
            assert_eq!(res.status, 201, "{}", res.body);
            ids.push(res.json()["events"][0]["id"].as_i64().unwrap());
        }
        let (hidden_event, names_event) = (ids[0], ids[1]);
        let mut b = Browser::new(&app);
        // Not logged in: the private organization does not exist and names are hidden.
        assert_eq!(b.get("/orgs/hidden-school").status, 404);
        assert_eq!(b.get(&format!("/events/{hidden_event}")).status, 404);
        assert!(!b.get("/").body.contains("hidden-school"));
        let names_pages = ["/orgs/names-school?view=agenda&month=2025-11".to_string(), format!("/events/{names_event}")];
        for path in &names_pages {
            assert!(!b.get(path).body.contains("Труханова"), "{path}");
        }
        b.log_in();
        // Logged in: what an admin token shows through the API, the pages show too.
        let page = b.get("/orgs/hidden-school?view=agenda&month=2025-11");
        assert_eq!(page.status, 200, "{}", page.body);
        assert!(page.body.contains("Квиз hidden-school") && page.body.contains("Труханова"), "{}", page.body);
        assert!(b.get(&format!("/events/{hidden_event}")).body.contains("Труханова"));
        assert!(b.get("/").body.contains("/orgs/hidden-school"));
        for path in &names_pages {
            assert!(b.get(path).body.contains("Труханова"), "{path} for a logged-in admin");
        }
        let api = b.get("/api/v1/orgs/hidden-school");
        assert_eq!(api.status, 200, "the session reads the API as the token does: {}", api.body);
        // A session is no write permission for the API: that still needs the token.
        let req = ureq::http::Request::patch(app.url("/api/v1/orgs/names-school"))
            .header("Content-Type", "application/json");
        let res = b.run(req, r#"{"name": "Взлом"}"#.as_bytes().to_vec());
        assert_eq!(res.status, 401, "{}", res.body);
        // Logged out, the pages forget it.
        let csrf = csrf_of(&b.get("/import").body);
        assert_eq!(b.post("/logout", &[("csrf", &csrf)]).status, 303);
        assert_eq!(b.get("/orgs/hidden-school").status, 404);
        assert!(!b.get(&names_pages[1]).body.contains("Труханова"));
    };

    a_form_without_its_csrf_token_is_refused_and_changes_nothing => |app: TestApp| {
        create_org(&app, "school", "Школа", "ru");
        let mut b = Browser::new(&app);
        let csrf = b.log_in();
        for fields in [
            vec![("name", "Другое имя")],
            vec![("name", "Другое имя"), ("csrf", "0123")],
        ] {
            let res = b.post("/orgs/school/edit?lang=en", &fields);
            assert_eq!(res.status, 403, "{}", res.body);
            assert!(res.body.contains("Forbidden") && res.body.contains("Nothing was changed"), "{}", res.body);
        }
        assert_eq!(b.post("/orgs/school/aliases", &[("add", "Школа №1")]).status, 403);
        assert_eq!(b.post("/orgs/school/merge", &[("from", "school")]).status, 403);
        let upload = b.upload("/import", &[("new_org", "x")], ("plan.txt", PLAN.as_bytes()));
        assert_eq!(upload.status, 403);
        assert_eq!(b.post("/logout", &[]).status, 403);
        assert_eq!(app.get("/api/v1/orgs/school").json()["name"], "Школа");
        assert_eq!(app.get("/api/v1/orgs/school/aliases").json(), serde_json::json!([]));
        assert_eq!(app.get("/api/v1/orgs?limit=10").json()["total"], 1);
        // The login form has its own token, tied to its own cookie.
        let mut other = Browser::new(&app);
        let res = other.post("/login", &[("csrf", &csrf), ("token", TOKEN)]);
        assert_eq!(res.status, 403);
        // With the token the same change goes through.
        let res = b.post("/orgs/school/edit", &[("csrf", &csrf), ("name", "Другое имя")]);
        assert_eq!(res.status, 303, "{}", res.body);
        assert_eq!(app.get("/api/v1/orgs/school").json()["name"], "Другое имя");
    };

    an_upload_is_previewed_corrected_and_stored_with_the_corrected_date => |app: TestApp| {
        let mut b = Browser::new(&app);
        let csrf = b.log_in();
        let res = b.upload("/import?lang=en", &[("csrf", &csrf), ("new_org", "ozernaya-library")],
            ("plan.txt", PLAN.as_bytes()));
        assert_eq!(res.status, 303, "{}", res.body);
        let id = pending_id(&res.location.unwrap());
        let preview = b.get(&format!("/import/{id}?lang=en"));
        assert_eq!(preview.status, 200);
        for title in ["Литературная гостиная", "Неделя детской книги", "Встреча с писателем"] {
            assert!(preview.body.contains(title), "{title}");
        }
        assert!(preview.body.contains("October 2025"), "normalised dates shown");
        assert!(preview.body.contains("A new plan"), "no stored plan yet");
        // Nothing is stored before the confirmation.
        assert_eq!(app.get("/api/v1/orgs?limit=10").json()["total"], 0);
        // Correct row 3's timing; the preview shows the new date.
        let path = format!("/import/{id}?lang=en");
        let fields = [("csrf", csrf.as_str()), ("timing.2", "12 ноября"), ("roles.2", "librarian, class-teacher")];
        let res = b.post(&path, &[fields.as_slice(), &[("action", "preview")]].concat());
        assert_eq!(res.status, 303, "{}", res.body);
        let preview = b.get(&path);
        assert!(preview.body.contains("value=\"12 ноября\""), "{}", preview.body);
        assert!(preview.body.contains("12 November 2025"), "{}", preview.body);
        // A bad value is named, and nothing is stored.
        let res = b.post(&path, &[("csrf", csrf.as_str()), ("pin.1", "12.11"), ("action", "confirm")]);
        assert_eq!(res.status, 422, "{}", res.body);
        assert!(res.body.contains("row 2, pin"), "{}", res.body);
        assert_eq!(app.get("/api/v1/orgs?limit=10").json()["total"], 0);
        let res = b.post(&path, &[fields.as_slice(), &[("action", "confirm")]].concat());
        assert_eq!(res.status, 200, "{}", res.body);
        assert!(res.body.contains("/orgs/ozernaya-library"), "links the calendar");
        let events = app.get_admin("/api/v1/events?org=ozernaya-library").json();
        let meeting = events["items"].as_array().unwrap().iter()
            .find(|e| e["title"].as_str().unwrap().contains("Встреча с писателем")).unwrap();
        assert_eq!(meeting["timing"], "12 ноября");
        assert_eq!(meeting["when"]["start"], "2025-11-12");
        assert_eq!(meeting["roles"], serde_json::json!(["librarian", "class-teacher"]));
        // The upload is gone once stored: confirming again stores nothing twice.
        let again = b.post(&path, &[fields.as_slice(), &[("action", "confirm")]].concat());
        assert_eq!(again.status, 404, "{}", again.body);
        assert_eq!(app.get_admin("/api/v1/events?org=ozernaya-library").json()["total"], 3);
    };

    preview_warnings_are_in_the_pages_language_and_point_at_the_row_and_column => |app: TestApp| {
        let mut b = Browser::new(&app);
        let csrf = b.log_in();
        let plan = PLAN.replace("вторая половина марта", "20.04.2026 - 10.04.2026");
        let res = b.upload("/import?lang=ru", &[("csrf", &csrf), ("new_org", "ozernaya-library")],
            ("plan.txt", plan.as_bytes()));
        assert_eq!(res.status, 303, "{}", res.body);
        let id = pending_id(&res.location.unwrap());
        let ru = b.get(&format!("/import/{id}?lang=ru"));
        let list = ru.body.split("class=\"warnings\"").nth(1).expect("a warnings list")
            .split("</ul>").next().unwrap();
        // The row by the plan's own number (as the CLI and the API say it), a link to it, the
        // column as the table calls it.
        assert!(list.contains("<a href=\"#row-2\">№ 2</a> «Неделя детской книги», столбец «сроки»"), "{list}");
        assert!(list.contains("«20.04.2026 - 10.04.2026»: конец (10 апреля 2026) раньше начала (20 апреля 2026); даты переставлены"), "{list}");
        assert!(!list.contains("no date could be read") && !list.contains("is before the start"), "{list}");
        // The row itself is marked, and its timing input says why.
        let row = ru.body.split("id=\"row-2\"").nth(1).unwrap().split("</tr>").next().unwrap();
        assert!(ru.body.contains("class=\"attention\" id=\"row-2\""), "{}", ru.body);
        assert!(row.contains("class=\"warned\"") && row.contains("aria-describedby=\"warn-2\""), "{row}");
        assert!(row.contains("даты переставлены"), "{row}");
        let vi = b.get(&format!("/import/{id}?lang=vi"));
        assert!(vi.body.contains("<a href=\"#row-2\">STT 2</a>"), "{}", vi.body);
        assert!(vi.body.contains("cột «thời gian»") && vi.body.contains("ngày kết thúc (10/4/2026) trước ngày bắt đầu (20/4/2026)"), "{}", vi.body);
        // Corrected, the row's warnings go with the old words.
        let path = format!("/import/{id}?lang=en");
        let res = b.post(&path, &[("csrf", csrf.as_str()), ("timing.1", "20.04.2026 - 30.04.2026"), ("action", "preview")]);
        assert_eq!(res.status, 303, "{}", res.body);
        let en = b.get(&path);
        assert!(!en.body.contains("href=\"#row-2\"") && !en.body.contains("id=\"warn-2\""), "{}", en.body);
        assert!(!en.body.contains("class=\"warnings\""), "no warning left: {}", en.body);
    };

    a_reimport_preview_lists_new_changed_and_cancelled_rows => |app: TestApp| {
        let res = app.upload("plan.txt", PLAN.as_bytes(), &[("org", "ozernaya-library")]);
        assert_eq!(res.status, 201, "{}", res.body);
        let edited = PLAN
            .replace("вторая половина марта", "апрель")
            .replace("3. Встреча с писателем – по согласованию, работники библиотеки.",
                     "3. Конкурс чтецов – до 15 февраля, учителя литературы.");
        let mut b = Browser::new(&app);
        let csrf = b.log_in();
        let res = b.upload("/import?lang=en", &[("csrf", &csrf), ("org", "ozernaya-library")],
            ("plan.txt", edited.as_bytes()));
        assert_eq!(res.status, 303, "{}", res.body);
        let id = pending_id(&res.location.unwrap());
        let preview = b.get(&format!("/import/{id}?lang=en"));
        assert!(preview.body.contains("1 new, 1 changed, 1 cancelled, 1 unchanged"), "{}", preview.body);
        assert!(preview.body.contains("changed: timing, dates"), "{}", preview.body);
        assert!(preview.body.contains("<span class=\"badge cancel\">cancelled</span> Встреча с писателем"));
        // Marking the new row as not an event leaves it out of what will change.
        let path = format!("/import/{id}?lang=en");
        let res = b.post(&path, &[("csrf", csrf.as_str()), ("skip.2", "on"), ("action", "preview")]);
        assert_eq!(res.status, 303);
        let preview = b.get(&path);
        assert!(preview.body.contains("0 new, 1 changed, 1 cancelled, 1 unchanged"), "{}", preview.body);
        let res = b.post(&path, &[("csrf", csrf.as_str()), ("skip.2", "on"), ("action", "confirm")]);
        assert_eq!(res.status, 200, "{}", res.body);
        let events = app.get_admin("/api/v1/events?org=ozernaya-library").json();
        let statuses: Vec<(String, String)> = events["items"].as_array().unwrap().iter()
            .map(|e| (e["title"].as_str().unwrap().to_string(), e["status"].as_str().unwrap().to_string()))
            .collect();
        assert_eq!(statuses.len(), 3, "{statuses:?}");
        assert!(statuses.iter().any(|(t, s)| t.starts_with("Встреча") && s == "cancelled"), "{statuses:?}");
    };

    an_organization_is_edited_and_merged_on_its_page => |app: TestApp| {
        create_org(&app, "ramenki-school", "МОУ «Рамешковская СОШ»", "ru");
        create_org(&app, "ramenki-school-2", "МБОУ Рамешковская средняя школа", "ru");
        create_org(&app, "library", "Детская библиотека", "ru");
        let mut b = Browser::new(&app);
        let csrf = b.log_in();
        let page = b.get("/orgs/ramenki-school/edit?lang=en");
        assert_eq!(page.status, 200);
        assert!(b.get("/orgs/ramenki-school").body.contains("href=\"/orgs/ramenki-school/edit\""));
        let suggestions = page.body.split("class=\"suggestions\"").nth(1).unwrap().split("</ul>").next().unwrap();
        assert!(suggestions.contains("ramenki-school-2"), "{suggestions}");
        assert!(!suggestions.contains("library"), "{suggestions}");
        // A colour that is not a CSS colour is refused on the page; nothing changes.
        let res = b.post("/orgs/ramenki-school/edit?lang=en",
            &[("csrf", &csrf), ("name", "МОУ «Рамешковская СОШ»"), ("color", "red;}body{")]);
        assert_eq!(res.status, 422, "{}", res.body);
        assert!(res.body.contains("must be a CSS colour name"), "{}", res.body);
        assert_ne!(app.get("/api/v1/orgs/ramenki-school").json()["color"], "red;}body{");
        let res = b.post("/orgs/ramenki-school/edit",
            &[("csrf", &csrf), ("name", "Рамешковская СОШ"), ("short_name", "РСОШ"), ("color", "#4682b4")]);
        assert_eq!(res.status, 303, "{}", res.body);
        let org = app.get("/api/v1/orgs/ramenki-school").json();
        assert_eq!((org["name"].as_str(), org["short_name"].as_str(), org["color"].as_str()),
                   (Some("Рамешковская СОШ"), Some("РСОШ"), Some("#4682b4")));
        let res = b.post("/orgs/ramenki-school/aliases", &[("csrf", &csrf), ("add", "Школа посёлка Рамешки")]);
        assert_eq!(res.status, 303, "{}", res.body);
        assert_eq!(app.get("/api/v1/orgs/ramenki-school/aliases").json()[0]["name"], "Школа посёлка Рамешки");
        // The first press asks, and changes nothing.
        let res = b.post("/orgs/ramenki-school/merge?lang=en", &[("csrf", &csrf), ("from", "ramenki-school-2")]);
        assert_eq!(res.status, 200, "{}", res.body);
        assert!(res.body.contains("A merge cannot be undone."), "{}", res.body);
        assert_eq!(app.get("/api/v1/orgs?limit=10").json()["total"], 3);
        let res = b.post("/orgs/ramenki-school/merge",
            &[("csrf", &csrf), ("from", "ramenki-school-2"), ("confirm", "yes")]);
        assert_eq!(res.status, 303, "{}", res.body);
        let slugs: Vec<String> = app.get("/api/v1/orgs?limit=10").json()["items"].as_array().unwrap()
            .iter().map(|o| o["slug"].as_str().unwrap().to_string()).collect();
        assert_eq!(slugs, ["library", "ramenki-school"]);
        let page = b.get("/orgs/ramenki-school/edit?lang=en&done=merged");
        assert!(page.body.contains("Organizations merged."));
        // The merged organization's feed URL keeps working.
        assert_eq!(app.get("/feeds/orgs/ramenki-school-2.ics").status, 200);
        let res = b.post("/orgs/ramenki-school/aliases", &[("csrf", &csrf), ("remove", "Школа посёлка Рамешки")]);
        assert_eq!(res.status, 303);
        let left = app.get("/api/v1/orgs/ramenki-school/aliases").json();
        assert!(!left.to_string().contains("Школа посёлка Рамешки"), "{left}");
    };

    a_merge_that_would_publish_a_private_organization_says_so_and_needs_a_yes => |app: TestApp| {
        create_org(&app, "school", "МОУ «Рамешковская СОШ»", "ru");
        create_org(&app, "hidden-library", "Детская библиотека", "ru");
        let res = app.send("PATCH", "/api/v1/orgs/hidden-library", &serde_json::json!({"public_feeds": false}));
        assert_eq!(res.status, 200, "{}", res.body);
        let mut b = Browser::new(&app);
        let csrf = b.log_in();
        let ask = b.post("/orgs/school/merge?lang=ru", &[("csrf", &csrf), ("from", "hidden-library")]);
        assert_eq!(ask.status, 200, "{}", ask.body);
        assert!(ask.body.contains("после объединения их увидят все"), "{}", ask.body);
        assert!(ask.body.contains(r#"name="publish" value="yes" required"#), "{}", ask.body);
        // Confirmed without the box: asked again, nothing merged.
        let res = b.post("/orgs/school/merge?lang=ru",
            &[("csrf", &csrf), ("from", "hidden-library"), ("confirm", "yes")]);
        assert_eq!(res.status, 200, "{}", res.body);
        assert!(res.body.contains("после объединения их увидят все"), "{}", res.body);
        assert_eq!(app.get_admin("/api/v1/orgs?limit=10").json()["total"], 2);
        // With it, merged.
        let res = b.post("/orgs/school/merge",
            &[("csrf", &csrf), ("from", "hidden-library"), ("confirm", "yes"), ("publish", "yes")]);
        assert_eq!(res.status, 303, "{}", res.body);
        assert_eq!(app.get_admin("/api/v1/orgs?limit=10").json()["total"], 1);
    };
}

#[test]
fn an_upload_over_the_limit_gets_a_413_page_in_the_persons_language() {
    let Some(app) = common::spawn_app(common::Backend::Sqlite) else {
        return;
    };
    let mut b = Browser::new(&app);
    let csrf = b.log_in();
    let big = vec![b'a'; 20 * 1024 * 1024 + 1];
    let res = b.upload(
        "/import?lang=ru",
        &[("csrf", &csrf), ("new_org", "big")],
        ("big.txt", &big),
    );
    assert_eq!(res.status, 413, "{}", res.body);
    assert!(res.body.contains("Файл слишком большой"), "{}", res.body);
    assert!(res.body.contains("20 MiB"), "{}", res.body);
    let res = b.upload(
        "/import?lang=en",
        &[("csrf", &csrf), ("new_org", "bad")],
        ("plan.docx", b"not a zip"),
    );
    assert!(matches!(res.status, 415 | 422), "{}", res.body);
    assert!(
        res.body.to_lowercase().starts_with("<!doctype html>"),
        "{}",
        res.body
    );
    assert_eq!(app.get("/api/v1/orgs?limit=10").json()["total"], 0);
}

/// The hostile-input issue's calendar: 3,000 nested components overflowed the parser's stack
/// and aborted the server. The upload page answers with a page naming the line; the server
/// stays up and stores nothing.
#[test]
fn a_deeply_nested_calendar_upload_gets_a_422_page_and_the_server_stays_up() {
    let Some(app) = common::spawn_app(common::Backend::Sqlite) else {
        return;
    };
    let mut b = Browser::new(&app);
    let csrf = b.log_in();
    let nested = common::nested_calendar(3000);
    let res = b.upload(
        "/import?lang=en",
        &[("csrf", &csrf), ("new_org", "nested")],
        ("partner.ics", nested.as_bytes()),
    );
    assert_eq!(res.status, 422, "{}", res.body);
    assert!(
        res.body.to_lowercase().starts_with("<!doctype html>"),
        "{}",
        res.body
    );
    assert!(res.body.contains("line 13"), "{}", res.body);
    assert_eq!(app.get("/healthz").status, 200);
    assert_eq!(app.get("/api/v1/orgs?limit=10").json()["total"], 0);
}

/// An upload the importer cannot read as sent: an old Word file (OLE2 compound document).
fn old_word_bytes() -> Vec<u8> {
    let mut doc = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    doc.extend_from_slice(&[0; 504]);
    doc.extend("WordDocument".encode_utf16().flat_map(u16::to_le_bytes));
    doc
}

/// The seed plan of a school and its library, as a librarian uploads it.
fn seed_000() -> (String, Vec<u8>) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let path = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with("000"))
        .expect("seed 000");
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    (name, std::fs::read(&path).unwrap())
}

on_both_backends! {
    an_uploaded_doc_is_answered_in_the_readers_language_with_the_form_kept => |app: TestApp| {
        create_org(&app, "ramenki-school", "МОУ «Рамешковская СОШ»", "ru");
        let mut b = Browser::new(&app);
        let csrf = b.log_in();
        let fields = [("csrf", csrf.as_str()), ("org", "ramenki-school"), ("year", "2025-2026")];
        let res = b.upload("/import?lang=ru", &fields, ("план.doc", &old_word_bytes()));
        assert_eq!(res.status, 415, "{}", res.body);
        // Without LibreOffice (this machine has none) the answer says what to do, in Russian.
        assert!(res.body.contains("Это документ старого формата Word 97–2003 (.doc)."), "{}", res.body);
        assert!(res.body.contains("LibreOffice") && res.body.contains("сохраните как «Документ Word (.docx)»"));
        let said = res.body.split("id=\"upload-error\"").nth(1).expect("the error box")
            .split("</div>").next().unwrap();
        for english in ["open it", "save it", "upload", "document", "the file", "Choose"] {
            assert!(!said.contains(english), "English {english:?} on a Russian page: {said}");
        }
        assert!(!res.body.contains("Upload a plan") && !res.body.contains("School year"), "{}", res.body);
        // The form as it was filled: the organization chosen, the year typed, the file named.
        assert!(res.body.contains(r#"<option value="ramenki-school" selected>"#), "{}", res.body);
        assert!(res.body.contains(r#"value="2025-2026""#) && res.body.contains("план.doc"));
        assert!(res.body.contains(r#"aria-invalid="true""#));
        // The same file for a Vietnamese reader; a PDF; a file and no organization.
        let vi = b.upload("/import?lang=vi", &fields, ("plan.doc", &old_word_bytes()));
        assert!(vi.body.contains("Đây là tài liệu Word 97–2003 định dạng cũ (.doc)."), "{}", vi.body);
        let pdf = b.upload("/import?lang=ru", &fields, ("plan.pdf", b"%PDF-1.7\n%..."));
        assert_eq!(pdf.status, 415);
        assert!(pdf.body.contains("Это PDF") && pdf.body.contains("Word .docx"), "{}", pdf.body);
        let no_org = [("csrf", csrf.as_str()), ("org", ""), ("year", "2025-2026")];
        let res = b.upload("/import?lang=ru", &no_org, ("plan.txt", PLAN.as_bytes()));
        assert_eq!(res.status, 400, "{}", res.body);
        assert!(res.body.contains("Выберите организацию, которой принадлежит план"), "{}", res.body);
        assert!(res.body.contains(r#"value="2025-2026""#));
        let image = b.upload("/import?lang=en", &fields, ("plan.png", b"\x89PNG\r\n\x1a\n...."));
        assert_eq!(image.status, 415, "{}", image.body);
        assert!(image.body.contains("does not look like a plan"), "{}", image.body);
        assert_eq!(app.get("/api/v1/orgs?limit=10").json()["total"], 1, "nothing stored");
    };

    the_preview_names_roles_in_the_pages_language_and_shows_who_answers_as_read => |app: TestApp| {
        let mut b = Browser::new(&app);
        let csrf = b.log_in();
        let (name, bytes) = seed_000();
        let res = b.upload("/import?lang=ru", &[("csrf", &csrf), ("new_org", "ramenki-school")], (&name, &bytes));
        assert_eq!(res.status, 303, "{}", res.body);
        let id = pending_id(&res.location.unwrap());
        let page = b.get(&format!("/import/{id}?lang=ru"));
        assert!(page.body.contains("классные руководители"), "{}", page.body);
        assert!(!page.body.contains("class-teacher") && !page.body.contains("librarian,"), "a slug on the page");
        // The plan's own partner, named in its title, and the responsible cell as read.
        assert!(page.body.contains("Партнёры: МУК «Рамешковская ЦБС»"), "{}", page.body);
        assert!(page.body.contains("работники библиотеки") || page.body.contains("библиотекар"), "{}", page.body);
        // Labels read back as the same roles: sending the roles as shown corrects nothing.
        let shown: Vec<(String, String)> = page.body.split("name=\"roles.").skip(1).map(|rest| {
            let n = rest.split('"').next().unwrap();
            let value = rest.split("value=\"").nth(1).unwrap().split('"').next().unwrap();
            (format!("roles.{n}"), value.replace("&quot;", "\""))
        }).collect();
        assert!(!shown.is_empty());
        let mut fields: Vec<(&str, &str)> = vec![("csrf", csrf.as_str()), ("action", "preview")];
        fields.extend(shown.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let res = b.post(&format!("/import/{id}?lang=ru"), &fields);
        assert_eq!(res.status, 303, "{}", res.body);
        let again = b.get(&format!("/import/{id}?lang=en"));
        assert!(again.body.contains("class teachers") && !again.body.contains("corrected"), "{}", again.body);
    };
}

on_both_backends! {
    an_admin_pins_cancels_and_restores_one_event_on_its_page_as_the_api_would => |app: TestApp| {
        let res = app.upload("plan.txt", PLAN.as_bytes(), &[("org", "ozernaya-library")]);
        assert_eq!(res.status, 201, "{}", res.body);
        let events = app.get_admin("/api/v1/events?org=ozernaya-library&limit=10").json();
        let first = &events["items"][0];
        let (id, uid, seq) = (first["id"].as_i64().unwrap(), first["uid"].clone(), first["sequence"].as_i64().unwrap());
        // Without a session the page has no form; with one it has, filled as stored.
        assert!(!app.get(&format!("/events/{id}?lang=ru")).body.contains("/edit?lang="));
        let mut b = Browser::new(&app);
        let csrf = b.log_in();
        let page = b.get(&format!("/events/{id}?lang=ru"));
        assert!(page.body.contains(&format!("action=\"/events/{id}/edit?lang=ru\"")), "{}", page.body);
        assert!(page.body.contains("Исправить мероприятие"));
        let path = format!("/events/{id}/edit?lang=ru");
        let roles = page.body.split("id=\"edit-roles\"").nth(1).unwrap()
            .split("value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
        let location = first["location"].as_str().unwrap_or("").to_string();
        let form = |date: &'static str, status: &'static str| -> Vec<(&'static str, String)> {
            vec![("csrf", csrf.clone()), ("date", date.into()), ("time", "14:30".into()),
                 ("status", status.into()), ("roles", roles.clone()), ("location", location.clone())]
        };
        let send = |b: &mut Browser, f: &[(&str, String)]| {
            let pairs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
            b.post(&path, &pairs)
        };
        // No CSRF token: refused, nothing changed.
        let refused = b.post(&path, &[("date", "2025-10-17"), ("status", "planned")]);
        assert_eq!(refused.status, 403);
        // A date written wrongly is named in Russian.
        let bad = send(&mut b, &form("17.10.2025", "planned"));
        assert_eq!(bad.status, 422, "{}", bad.body);
        assert!(bad.body.contains("Точная дата пишется так: 2025-10-17."), "{}", bad.body);
        // Pinned and cancelled in one press: the API's write (same UID, SEQUENCE + 1).
        let done = send(&mut b, &form("2025-10-17", "cancelled"));
        assert_eq!(done.status, 303, "{}", done.body);
        let stored = app.get_admin(&format!("/api/v1/events/{id}")).json();
        assert_eq!(stored["uid"], uid);
        assert_eq!(stored["sequence"].as_i64().unwrap(), seq + 1, "{stored}");
        assert_eq!(stored["pinned"]["date"], "2025-10-17");
        assert_eq!(stored["pinned"]["time"], "14:30:00");
        assert_eq!(stored["status"], "cancelled");
        assert_eq!(stored["roles"], first["roles"], "labels read back as the same roles");
        let feed = app.get("/feeds/orgs/ozernaya-library.ics").body.replace("\r\n ", "");
        let vevent = feed.split("BEGIN:VEVENT").find(|v| v.contains(uid.as_str().unwrap())).unwrap();
        assert!(vevent.contains("STATUS:CANCELLED") && vevent.contains("T143000"), "{vevent}");
        // Restored: planned again, the pin kept.
        let back = send(&mut b, &form("2025-10-17", "planned"));
        assert_eq!(back.status, 303, "{}", back.body);
        let stored = app.get_admin(&format!("/api/v1/events/{id}")).json();
        assert_eq!((stored["status"].as_str(), stored["sequence"].as_i64()), (Some("planned"), Some(seq + 2)));
    };
}

on_both_backends! {
    a_reimport_preview_shows_a_stored_pin_in_its_field_and_keeps_it => |app: TestApp| {
        let res = app.upload("plan.txt", PLAN.as_bytes(), &[("org", "ozernaya-library")]);
        assert_eq!(res.status, 201, "{}", res.body);
        let events = app.get_admin("/api/v1/events?org=ozernaya-library&limit=10").json();
        let id = events["items"][0]["id"].as_i64().unwrap();
        let res = app.send("PATCH", &format!("/api/v1/events/{id}"), &serde_json::json!({"pinned": {"date": "2025-10-17"}}));
        assert_eq!(res.status, 200, "{}", res.body);
        let mut b = Browser::new(&app);
        let csrf = b.log_in();
        let res = b.upload("/import?lang=ru", &[("csrf", &csrf), ("org", "ozernaya-library")], ("plan.txt", PLAN.as_bytes()));
        assert_eq!(res.status, 303, "{}", res.body);
        let location = res.location.unwrap();
        let preview = b.get(&location);
        assert!(preview.body.contains(r#"name="pin.0" value="2025-10-17""#), "{}", preview.body);
        // Confirmed as shown: the pin stays.
        let path = format!("/import/{}?lang=ru", pending_id(&location));
        let res = b.post(&path, &[("csrf", csrf.as_str()), ("pin.0", "2025-10-17"), ("action", "confirm")]);
        assert_eq!(res.status, 200, "{}", res.body);
        let stored = app.get_admin(&format!("/api/v1/events/{id}")).json();
        assert_eq!(stored["pinned"]["date"], "2025-10-17", "{stored}");
    };
}
