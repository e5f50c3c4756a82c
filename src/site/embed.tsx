/**
 * The embed: `<script src="…/embed.js" data-municipality="<slug>" data-lang="lv" async></script>` on any page
 * renders that municipality's open programmes in a shadow root placed where the script is, so neither the host's
 * styles nor the embed's leak across; its links go back to the programmes' pages on this site. The script fetches
 * the list as an HTML fragment rendered here (anonymous, no cookies, readable from any origin: it is public data).
 */
import type { Locale } from '../plugins/se-planning/server/src/publication/render';
import type { SiteData } from './data';
import { absolute, renderFragment, viewOf } from './layout';
import { messages } from './messages';
import { pathOf, siteFiles } from './paths';
import { ApplicationWindow, StateBadge } from './components';

/**
 * The fragment's own styles: `all: initial` on the host so nothing the host page sets is inherited inside, and
 * pixels rather than rem (a host page's root font size would reach inside through rem).
 */
const EMBED_CSS = [
  ':host{all:initial;display:block}',
  '.se{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1b1b1b;background:#fff;border:1px solid #8a8a8a;border-radius:4px;padding:16px;max-width:768px}',
  '.se h2{font-size:19.2px;margin:0 0 12px;color:#1b1b1b}',
  '.se ul{list-style:none;margin:0;padding:0;display:grid;gap:12px}',
  '.se li{border-top:1px solid #d0d0d0;padding-top:9.6px}',
  '.se a{color:#0a4f85;text-decoration:underline}',
  '.se a:focus-visible{outline:3px solid #1b1b1b;outline-offset:2px;box-shadow:0 0 0 6px #ffbf47}',
  '.se .meta{color:#454545;font-size:14.4px;margin:3.2px 0 0}',
  '.se .badge{display:inline-block;border:2px solid currentColor;border-radius:3px;padding:0 5.6px;font-weight:700;font-size:13.6px;color:#1d6b3a}',
].join('');

const EMBED_SIZE = 10;

export const embedLocale = (value: unknown): Locale => (value === 'en' ? 'en' : 'lv');

/** The embed's HTML: the municipality's open programmes (at most ten), each linking to its page here. */
export async function embedFragment(data: SiteData, publicUrl: string, municipality: string, locale: Locale) {
  const t = messages[locale];
  const view = viewOf({ kind: 'section', section: 'programmes', locale }, publicUrl);
  const list = await data.programmes({ locale, municipality: [municipality], state: ['open'], pageSize: EMBED_SIZE });
  const all = absolute(
    publicUrl,
    `${pathOf({ kind: 'section', section: 'programmes', locale })}?municipality=${municipality}&state=open`,
  );
  return renderFragment(
    <>
      <style dangerouslySetInnerHTML={{ __html: EMBED_CSS }} />
      <section className="se" lang={locale} aria-label={t.embedTitle}>
        <h2>{t.embedTitle}</h2>
        {list.data.length === 0 ? (
          <p>{t.embedNone}</p>
        ) : (
          <ul>
            {list.data.map((programme) => (
              <li key={programme.documentId}>
                <a href={absolute(publicUrl, pathOf({ kind: 'programme', slug: programme.slug, locale }))}>
                  {programme.title}
                </a>
                <p className="meta">
                  <StateBadge state={programme.state} /> {programme.kind.label} ·{' '}
                  <ApplicationWindow view={view} programme={programme} />
                </p>
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={all}>
            {t.embedMore} ({list.meta.pagination.total})
          </a>
        </p>
      </section>
    </>,
  );
}

/**
 * The script the host page loads: it finds itself (document.currentScript, set for async classic scripts too),
 * puts a host element before itself, attaches a shadow root and fills it with the fragment from the same origin
 * as the script. Plain ES2017, no dependencies.
 */
export const embedScript = `(function () {
  var script = document.currentScript;
  if (!script || !script.parentNode) return;
  var base = script.src.replace(/\\/embed\\.js(?:[?#].*)?$/, '');
  var municipality = script.getAttribute('data-municipality') || '';
  var lang = script.getAttribute('data-lang') === 'en' ? 'en' : 'lv';
  var host = document.createElement('div');
  host.setAttribute('data-se-planning', municipality);
  script.parentNode.insertBefore(host, script);
  var root = host.attachShadow({ mode: 'open' });
  var url = base + '${siteFiles.embedFragment}?municipality=' + encodeURIComponent(municipality) + '&lang=' + lang;
  fetch(url, { credentials: 'omit' })
    .then(function (response) {
      if (!response.ok) throw new Error(String(response.status));
      return response.text();
    })
    .then(function (html) { root.innerHTML = html; })
    .catch(function () {
      var link = document.createElement('a');
      link.href = base + (lang === 'en' ? '/en/programmes' : '/programmas');
      link.textContent = lang === 'en' ? 'Support programmes' : 'Atbalsta programmas';
      root.appendChild(link);
    });
})();
`;
