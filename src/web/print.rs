//! The report's and the outcome forms' styles, and how every page prints (`@media print`):
//! A4, no controls (navigation, filters, forms, subscribe panels, downloads), the legend
//! kept, and colours that survive a grey printer — events are told apart by their borders
//! (solid exact, dashed inexact) and their owner's legend entry, not by tinted backgrounds,
//! which browsers do not print.

/// Appended to `layout::STYLE` in every page's head.
pub(crate) const STYLE: &str = r#"
.report ul.totals{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0;margin:.6rem 0}
.report ul.totals li a{display:block;padding:.4rem .8rem;border:1px solid var(--line);border-radius:.4rem;text-decoration:none;color:var(--fg)}
.report ul.totals strong{font-size:1.3rem}
.report .reportnav{display:flex;flex-wrap:wrap;gap:.4rem 1rem;margin:.3rem 0 .8rem}
figure.chart{margin:1rem 0;overflow-x:auto}
.report section{overflow-x:auto}
figure.chart svg{max-width:100%;height:auto}
@media (max-width:39.99rem){figure.chart svg{max-width:none;width:38rem}}
table.figures{border-collapse:collapse;margin:.3rem 0 1rem;font-size:.92rem}
table.figures th,table.figures td{border:1px solid var(--line);padding:.25rem .5rem;text-align:right;vertical-align:top}
table.figures th[scope=row],table.figures thead th:first-child,table.events th,table.events td{text-align:left}
table.figures .zero{color:var(--muted)}
td.k-waiting{font-weight:700}
section.outcome fieldset label.choice{display:inline-block;margin-right:1rem}
section.outcome form label{display:block;margin:.4rem 0}
section.outcome form input[type=date],section.outcome form input[type=number],section.outcome form input[type=url],section.outcome form textarea{display:block;padding:.3rem;border:1px solid #8a939e;border-radius:.3rem;max-width:100%}
section.outcome form textarea{width:30rem}
section.waiting ul{padding-left:1.2rem}
section.waiting li{margin:.35rem 0}
form.inline{display:inline}
@media print{
 @page{size:A4 landscape;margin:10mm}
 body{font-size:10pt;color:#000;background:#fff}
 main{max-width:none;padding:0}
 header.top,nav.site,nav.langs,.toolbar nav.views,.monthnav a,ul.year,form details,form button,form p,
 .panel,section.followed,.noprint,.admin-bar,a.btn{display:none !important}
 a{color:#000;text-decoration:none}
 fieldset.legend{border:1px solid #000}
 fieldset.legend input{display:none}
 .dot{border:1px solid #000}
 table.grid{page-break-inside:avoid}
 table.grid td{height:auto;min-height:3rem;border:1px solid #000}
 table.grid td.out{background:none}
 .ev,ol.list>li{background:none !important;border:1px solid #000;border-left:4px solid #000;white-space:normal;color:#000}
 .ev.fuzzy,ol.list>li.fuzzy{border-style:dashed;border-left-style:dashed}
 .ev.cancelled{text-decoration:line-through}
 table.figures th,table.figures td{border-color:#000}
 figure.chart{page-break-inside:avoid}
 figure.chart svg{width:100%}
 section{page-break-inside:auto}
 h2{page-break-after:avoid}
}
"#;
