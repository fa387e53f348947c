//! The one script the pages use, embedded in the binary and served from our own origin, so
//! the Content-Security-Policy can say `script-src 'self'` and allow no inline script.

use actix_web::HttpResponse;
use actix_web::http::header;

/// Progressive enhancement only: every page works without it. It copies feed URLs to the
/// clipboard and keeps the legend's owner toggles in the address bar, so a shared link
/// shows the same owners.
pub(super) const SCRIPT: &str = r#"(function(){
document.addEventListener('click',function(e){
 var b=e.target.closest('button[data-copy]');if(!b)return;
 var i=document.getElementById(b.getAttribute('data-copy'));if(!i)return;
 var done=function(){var t=b.textContent;b.textContent=b.getAttribute('data-done')||t;setTimeout(function(){b.textContent=t},1500)};
 if(navigator.clipboard){navigator.clipboard.writeText(i.value).then(done,function(){i.select();document.execCommand('copy');done()})}else{i.select();document.execCommand('copy');done()}
});
document.addEventListener('change',function(e){
 var c=e.target;if(!c.matches||!c.matches('input[data-owner]'))return;
 var u=new URL(location.href);u.searchParams.delete('hide');
 document.querySelectorAll('input[data-owner]').forEach(function(x){if(!x.checked)u.searchParams.append('hide',x.getAttribute('data-owner'))});
 history.replaceState(null,'',u.toString());
 document.querySelectorAll('a[data-keep-hide]').forEach(function(a){var h=new URL(a.href);h.searchParams.delete('hide');u.searchParams.getAll('hide').forEach(function(v){h.searchParams.append('hide',v)});a.href=h.toString()});
});
})();
"#;

pub(super) async fn script() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/javascript; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
        .body(SCRIPT)
}
