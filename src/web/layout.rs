//! The frame every page shares: `<head>` with the embedded stylesheet, the top bar with the
//! language switcher, `<main>`. Pages hand it their title and body; the admin pages and
//! error pages use the same frame.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::i18n::{LANGS, words};
use crate::plan::Lang;

/// Where the embedded script is served (`script-src 'self'` allows it; no inline script).
pub(crate) const SCRIPT_PATH: &str = "/assets/plancal.js";

/// What the frame needs to know about the request.
#[derive(Clone, Debug)]
pub struct Chrome<'a> {
    pub lang: Lang,
    pub title: &'a str,
    /// The request's path, so the language links point at the same page.
    pub path: &'a str,
    /// The request's query pairs; `lang` is replaced by each switcher link.
    pub query: &'a [(String, String)],
}

impl Chrome<'_> {
    /// The current page in another language (other query parameters kept).
    pub(crate) fn lang_href(&self, lang: Lang) -> String {
        let mut pairs: Vec<(&str, &str)> = self
            .query
            .iter()
            .filter(|(k, _)| k != "lang")
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        pairs.push(("lang", lang.code()));
        format!("{}?{}", self.path, encode_query(&pairs))
    }
}

/// `k=v&k2=v2`, percent-encoded.
pub(crate) fn encode_query(pairs: &[(&str, &str)]) -> String {
    serde_urlencoded::to_string(pairs).unwrap_or_default()
}

/// A whole HTML document around `body`.
pub fn page(chrome: &Chrome<'_>, body: &Markup) -> Markup {
    let w = words(chrome.lang);
    html! {
        (DOCTYPE)
        html lang=(chrome.lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (chrome.title) " · plancal" }
                style { (PreEscaped(STYLE)) (PreEscaped(super::print::STYLE)) }
                script src=(SCRIPT_PATH) defer {}
            }
            body {
                header.top {
                    a.brand href="/" { "plancal" }
                    // The upload asks for a login first; the login link is for the other
                    // admin pages (an organization's edit page is reached from its calendar).
                    nav.site aria-label="plancal" {
                        a href="/import" { (w.upload_plan) }
                        a href="/login" { (w.log_in) }
                    }
                    nav.langs aria-label=(w.language) {
                        @for lang in LANGS {
                            @if lang == chrome.lang {
                                a href=(chrome.lang_href(lang)) aria-current="true" lang=(lang.code()) { (words(lang).lang_name) }
                            } @else {
                                a href=(chrome.lang_href(lang)) lang=(lang.code()) hreflang=(lang.code()) { (words(lang).lang_name) }
                            }
                        }
                    }
                }
                main { (body) }
            }
        }
    }
}

/// The error page: a heading in the user's language, what went wrong, a way home.
pub(crate) fn error_page(chrome: &Chrome<'_>, status: u16, message: &str, detail: &str) -> Markup {
    let w = words(chrome.lang);
    page(
        chrome,
        &html! {
            h1 { (w.error_title) " " (status) }
            p.lead { (message) }
            @if !detail.is_empty() {
                p.muted { (detail) }
            }
            p { a href="/" { (w.back_home) } }
        },
    )
}

/// The stylesheet, embedded: phone first (390 px wide), wider screens get the month grid
/// with titles. Owner colours come in as `--c` on each element.
pub(crate) const STYLE: &str = r#"
:root{--fg:#1b1f24;--muted:#4d5660;--line:#d5dae0;--bg:#fff;--soft:#f4f6f9;--accent:#1d5ca8}
*{box-sizing:border-box}
body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--accent)}
header.top{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center;justify-content:space-between;padding:.55rem 1rem;border-bottom:1px solid var(--line);background:var(--soft)}
header.top .brand{font-weight:700;font-size:1.1rem;text-decoration:none}
nav.langs,nav.site{display:flex;gap:.8rem;flex-wrap:wrap}
nav.langs a[aria-current]{font-weight:700;color:var(--fg);text-decoration:none}
main{max-width:74rem;margin:0 auto;padding:1rem}
h1{font-size:1.45rem;line-height:1.25;margin:.2rem 0 .6rem}
h2{font-size:1.15rem;margin:1.4rem 0 .5rem}
h3{font-size:1rem;margin:1rem 0 .3rem}
.muted{color:var(--muted)}
.lead{font-size:1.1rem}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
form.search{display:flex;gap:.5rem;margin:.5rem 0 1rem}
input,select,button{font:inherit}
form.search input{flex:1;min-width:0;padding:.45rem .6rem;border:1px solid #8a939e;border-radius:.35rem}
button,.btn{padding:.4rem .8rem;border:1px solid var(--accent);border-radius:.35rem;background:var(--accent);color:#fff;cursor:pointer;text-decoration:none;display:inline-block}
.btn.light,button.light{background:#fff;color:var(--accent)}
ul.orgs{list-style:none;padding:0;margin:0;display:grid;gap:.6rem;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr))}
ul.orgs li{border:1px solid var(--line);border-left:6px solid var(--c,var(--accent));border-radius:.4rem;padding:.6rem .8rem}
ul.orgs .name{font-weight:600}
.tag{display:inline-block;font-size:.8rem;padding:0 .4rem;border-radius:.6rem;background:var(--soft);border:1px solid var(--line);color:var(--muted)}
.dot{display:inline-block;width:.8em;height:.8em;border-radius:50%;background:var(--c);vertical-align:-.05em;margin-right:.3em;border:1px solid rgba(0,0,0,.25)}
.toolbar{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;justify-content:space-between;margin:.4rem 0 .6rem}
.views a,.views span{padding:.3rem .7rem;border:1px solid var(--accent);text-decoration:none}
.views a:first-child,.views span:first-child{border-radius:.35rem 0 0 .35rem}
.views a:last-child,.views span:last-child{border-radius:0 .35rem .35rem 0}
.views span{background:var(--accent);color:#fff}
.monthnav{display:flex;align-items:center;gap:.5rem}
.monthnav h2{margin:0;min-width:9rem;text-align:center}
.monthnav a{font-size:1.3rem;text-decoration:none;padding:0 .5rem}
.year{display:flex;gap:.3rem;overflow-x:auto;padding:.2rem 0 .5rem;margin:0;list-style:none}
.year a,.year span{white-space:nowrap;font-size:.85rem;padding:.15rem .5rem;border-radius:1rem;border:1px solid var(--line);text-decoration:none}
.year span{background:var(--fg);color:#fff;border-color:var(--fg)}
fieldset{border:1px solid var(--line);border-radius:.4rem;margin:.4rem 0;padding:.4rem .7rem}
legend{font-weight:600;padding:0 .3rem}
.legend label{display:inline-flex;align-items:center;gap:.25rem;margin:.15rem 1rem .15rem 0;cursor:pointer}
.legend input{width:1.1rem;height:1.1rem;accent-color:var(--c)}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end}
.filters label{display:flex;flex-direction:column;font-size:.85rem;color:var(--muted)}
.filters select{max-width:16rem;padding:.3rem;border:1px solid #8a939e;border-radius:.3rem;color:var(--fg);background:#fff}
table.grid{width:100%;border-collapse:collapse;table-layout:fixed}
table.grid th{font-size:.8rem;color:var(--muted);font-weight:600;padding:.2rem}
table.grid td{border:1px solid var(--line);vertical-align:top;height:5.5rem;padding:.15rem;overflow:hidden}
table.grid a.more{display:block;font-size:.75rem;padding:0 .2rem}
table.grid td.out{background:var(--soft)}
table.grid td.out .dn{color:#636b74}
table.grid td.today{outline:2px solid var(--accent);outline-offset:-2px}
.dn{font-size:.8rem;font-weight:600}
.ev{display:block;font-size:.78rem;line-height:1.2;margin:.12rem 0;padding:.1rem .25rem;border-left:4px solid var(--c);background:color-mix(in srgb,var(--c) 16%,#fff);border-radius:.2rem;color:var(--fg);text-decoration:none;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.ev.fuzzy{border-left-style:dashed;background:repeating-linear-gradient(135deg,color-mix(in srgb,var(--c) 24%,#fff) 0 5px,#fff 5px 10px)}
.ev .rec{font-weight:700}
.cancelled .t,.ev.cancelled{text-decoration:line-through;color:var(--muted)}
.dl{font-weight:700}
ol.list{list-style:none;padding:0;margin:0}
ol.list>li{border-left:5px solid var(--c);padding:.35rem .6rem;margin:.45rem 0;background:color-mix(in srgb,var(--c) 7%,#fff);border-radius:.25rem}
ol.list>li.fuzzy{border-left-style:dashed;background:repeating-linear-gradient(135deg,color-mix(in srgb,var(--c) 12%,#fff) 0 6px,#fff 6px 12px)}
ol.list .when{font-weight:600;margin-right:.4rem}
ol.list .t{font-weight:600}
ol.list .meta{font-size:.85rem;color:var(--muted)}
.badge{display:inline-block;font-size:.75rem;font-weight:600;padding:0 .35rem;border-radius:.3rem;border:1px solid currentColor;margin-left:.3rem;white-space:nowrap}
.fuzzy-label{font-style:italic}
.panel{border:1px solid var(--line);border-radius:.5rem;padding:.8rem;margin:1.2rem 0;background:var(--soft)}
.feed{display:grid;grid-template-columns:1fr;gap:.6rem;align-items:start}
.feed .links{display:flex;flex-wrap:wrap;gap:.4rem .8rem}
.urlrow{display:flex;gap:.4rem}
.urlrow input{flex:1;min-width:0;padding:.35rem;border:1px solid #8a939e;border-radius:.3rem;font-size:.85rem;background:#fff}
.qr{width:9.5rem;height:9.5rem;background:#fff;padding:.3rem;border:1px solid var(--line)}
.qr svg{width:100%;height:100%}
details.more summary{cursor:pointer;color:var(--accent);margin:.4rem 0}
.followed ul{list-style:none;padding:0;margin:0}
.followed li{border-left:5px solid var(--c);padding:.35rem .6rem;margin:.45rem 0;background:var(--soft);border-radius:.25rem}
.followed .host{overflow-wrap:anywhere}
.followed .status{font-size:.85rem;color:var(--muted)}
.followed .error{color:#8a1c1c;overflow-wrap:anywhere}
dl.facts{display:grid;grid-template-columns:1fr;gap:.1rem .8rem;margin:.5rem 0}
dl.facts dt{font-weight:600;color:var(--muted);font-size:.9rem}
dl.facts dd{margin:0 0 .5rem}
@media (min-width:40rem){
 dl.facts{grid-template-columns:12rem 1fr}
 dl.facts dd{margin:0}
 .feed{grid-template-columns:1fr 10rem}
}
@media (max-width:39.99rem){
 table.grid td{height:3.2rem;padding:.1rem}
 table.grid .ev{font-size:0;padding:0;height:.45rem;border-left-width:0;background:var(--c)}
 table.grid .ev.fuzzy{background:repeating-linear-gradient(135deg,var(--c) 0 3px,#fff 3px 6px);border:1px solid var(--c)}
 table.grid th{font-size:.72rem;padding:.1rem 0}
}
/* admin pages (login, import preview, organization editing) */
.admin-page .admin-bar{display:flex;gap:1rem;align-items:center;justify-content:flex-end;margin:-.4rem 0 .6rem}
.admin-page .admin-bar form{margin:0}
.admin-page label{display:block;margin:.7rem 0 .2rem;font-weight:600}
.admin-page input[type=text],.admin-page input[type=password],.admin-page input[type=date],.admin-page select{padding:.35rem .5rem;border:1px solid #8a939e;border-radius:.3rem;max-width:100%;background:#fff}
.admin-page .hint{color:var(--muted);font-size:.9rem;margin:.15rem 0}
.admin-page .error,.admin-page .problems{color:#8a1c1c;background:#fdecec;border:1px solid #f0b8b8;padding:.6rem .8rem;border-radius:.35rem}
.admin-page .notice{background:#e7f4ea;border:1px solid #b5dcbf;padding:.6rem .8rem;border-radius:.35rem}
.admin-page .actions{display:flex;flex-wrap:wrap;gap:.6rem;margin:1rem 0}
.admin-page form.inline{display:inline}
.admin-page .table-wrap{overflow-x:auto}
table.preview{border-collapse:collapse;width:100%;font-size:.92rem}
table.preview th{text-align:left;font-size:.8rem;color:var(--muted);vertical-align:bottom;padding:.3rem}
table.preview td{border-top:1px solid var(--line);padding:.35rem .3rem;vertical-align:top}
table.preview td.title{min-width:14rem;max-width:28rem}
table.preview td input[type=text]{width:100%;min-width:9rem}
table.preview tr.attention td{background:#fff6dc}
table.preview td.warned input{border-color:#b86e00;box-shadow:0 0 0 2px #f3c56b}
table.preview tr:target{outline:3px solid #b86e00;outline-offset:-3px}
table.preview tr.skipped td{opacity:.55}
table.preview tr.skipped td.title{text-decoration:line-through}
.badge.new{color:#1d6b2f}.badge.changed{color:#8a5a00}.badge.cancel{color:#a11d1d}
.admin-page .warn{color:#8a4b00;font-size:.85rem}
.admin-page .swatch{display:inline-block;width:1.3em;height:1.3em;border:1px solid #888;border-radius:.2rem;vertical-align:middle;margin-left:.3rem}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_links_keep_the_other_query_parameters() {
        let q = vec![
            ("view".to_string(), "agenda".to_string()),
            ("lang".to_string(), "ru".to_string()),
        ];
        let c = Chrome {
            lang: Lang::Ru,
            title: "t",
            path: "/orgs/x",
            query: &q,
        };
        assert_eq!(c.lang_href(Lang::Vi), "/orgs/x?view=agenda&lang=vi");
    }

    #[test]
    fn text_is_escaped_in_titles_and_bodies() {
        let c = Chrome {
            lang: Lang::En,
            title: "<script>",
            path: "/",
            query: &[],
        };
        let html = page(&c, &html! { p { "a & <b>" } }).into_string();
        assert!(html.contains("&lt;script&gt; · plancal"));
        assert!(html.contains("a &amp; &lt;b&gt;"));
        assert!(html.contains("<html lang=\"en\">"));
    }
}
