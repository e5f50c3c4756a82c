/**
 * The website's one stylesheet: system fonts, contrast of at least 4.5:1 for text (7:1 for body text), a visible
 * focus ring on everything that takes focus, one column on a phone (360 px). Served under its hash
 * (paths.ts `stylesheetPath`) and cached for a year.
 */
import { createHash } from 'crypto';

export const siteCss = `
:root{--ink:#1b1b1b;--muted:#454545;--line:#8a8a8a;--soft:#f3f5f7;--brand:#0b3d5c;--link:#0a4f85;--focus:#ffbf47;--ok:#1d6b3a;--warn:#8a4b00}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif;color:var(--ink);background:#fff}
a{color:var(--link);text-decoration:underline;text-underline-offset:.15em}
a:hover{text-decoration-thickness:.15em}
:focus-visible{outline:3px solid var(--ink);outline-offset:2px;box-shadow:0 0 0 6px var(--focus)}
.visually-hidden{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.skip{position:absolute;left:.5rem;top:-4rem;background:#fff;color:var(--ink);padding:.5rem 1rem;z-index:10}
.skip:focus{top:.5rem}
.wrap{max-width:72rem;margin:0 auto;padding:0 1rem}
header.site{background:var(--brand);color:#fff}
header.site a{color:#fff}
header.site .bar{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem 1.5rem;padding:.75rem 1rem}
.brand{font-weight:700;font-size:1.15rem;text-decoration:none}
header.site nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;list-style:none;margin:0;padding:0}
header.site nav a{display:inline-block;padding:.35rem 0}
header.site nav a[aria-current=page]{font-weight:700;text-decoration-thickness:.2em}
.lang{font-weight:600}
main{display:block;padding:1.25rem 0 2.5rem}
main:focus{outline:none}
h1{font-size:1.9rem;line-height:1.2;margin:.5rem 0 1rem}
h2{font-size:1.4rem;line-height:1.25;margin:2rem 0 .75rem}
h3{font-size:1.15rem;line-height:1.3;margin:1.25rem 0 .5rem}
h4{font-size:1rem;margin:1rem 0 .4rem}
p.lead{font-size:1.1rem;max-width:46rem}
.muted{color:var(--muted)}
.columns{display:grid;gap:1.5rem}
@media (min-width:56rem){.columns{grid-template-columns:17rem 1fr}}
form.filters{background:var(--soft);border:1px solid var(--line);padding:1rem;border-radius:4px;align-self:start}
form.filters fieldset{border:0;margin:0 0 1rem;padding:0}
form.filters legend,form.filters label.field{display:block;font-weight:700;margin-bottom:.3rem}
.check{display:flex;gap:.5rem;align-items:flex-start;margin:.2rem 0}
.check input{width:1.2rem;height:1.2rem;margin:.15rem 0 0;flex:none}
input[type=search],input[type=date],select{width:100%;font:inherit;padding:.45rem .5rem;border:2px solid var(--ink);border-radius:3px;background:#fff;color:var(--ink);min-height:2.75rem}
.hint{display:block;font-size:.9rem;color:var(--muted);margin-bottom:.3rem}
.field-group{margin-bottom:1rem}
button,.button{display:inline-block;font:inherit;font-weight:700;background:var(--brand);color:#fff;border:2px solid var(--brand);border-radius:3px;padding:.5rem 1.1rem;min-height:2.75rem;cursor:pointer;text-decoration:none}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center}
.search-row{display:flex;flex-wrap:wrap;gap:.5rem;max-width:40rem}
.search-row input{flex:1 1 14rem}
ol.cards,ul.cards{list-style:none;margin:0;padding:0;display:grid;gap:1rem}
.card{border:1px solid var(--line);border-radius:4px;padding:1rem}
.card h2,.card h3{margin:0 0 .4rem;font-size:1.15rem}
.meta{display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:.25rem 0;padding:0;list-style:none;color:var(--muted);font-size:.95rem}
.badge{display:inline-block;border:2px solid currentColor;border-radius:3px;padding:0 .4rem;font-weight:700;font-size:.9rem}
.badge.open{color:var(--ok)}.badge.upcoming{color:var(--link)}.badge.closed{color:var(--muted)}.badge.ongoing{color:var(--brand)}
dl.facts{display:grid;grid-template-columns:minmax(8rem,14rem) 1fr;gap:.4rem 1rem;margin:1rem 0}
dl.facts dt{font-weight:700}
dl.facts dd{margin:0}
@media (max-width:30rem){dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:.5rem}}
nav.pages ul{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0;margin:1.5rem 0 0}
nav.pages a,nav.pages span{display:inline-block;min-width:2.75rem;min-height:2.75rem;padding:.55rem .75rem;border:1px solid var(--line);border-radius:3px;text-align:center}
nav.pages [aria-current=page]{background:var(--brand);color:#fff;font-weight:700}
.progress{margin:.5rem 0}
.progress .track{display:block;width:100%;max-width:24rem;height:.9rem;border:1px solid var(--ink)}
figure.chart{margin:.5rem 0}
figure.chart svg{max-width:100%;height:auto}
table{border-collapse:collapse;margin:.5rem 0}
th,td{border:1px solid var(--line);padding:.3rem .6rem;text-align:left}
caption{text-align:left;font-weight:700;padding:.25rem 0}
details summary{cursor:pointer;color:var(--link);text-decoration:underline;padding:.25rem 0}
.notice{border-left:4px solid var(--warn);background:#fff8ec;padding:.5rem .75rem}
.error-summary{border:3px solid #b00020;padding:1rem;margin:1rem 0}
pre{white-space:pre-wrap;word-break:break-all;background:var(--soft);border:1px solid var(--line);padding:.75rem}
footer.site{border-top:1px solid var(--line);background:var(--soft);padding:1.25rem 0;font-size:.95rem}
footer.site ul{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;list-style:none;margin:0;padding:0}
.goal{border-left:4px solid var(--brand);padding-left:1rem}
.results{display:grid;gap:1rem}
@media (min-width:48rem){.results{grid-template-columns:1fr 1fr}}
`
  .trim()
  .replace(/\n/g, '');

export const cssHash = createHash('sha1').update(siteCss).digest('hex').slice(0, 12);
