/**
 * The accessibility statement (required of Latvian public bodies' websites by Cabinet Regulation No. 445, in the
 * structure of the EU model statement) and the page that says what data the site publishes and what it never does.
 */
import type { ReactNode } from 'react';
import type { Locale } from '../../plugins/se-planning/server/src/publication/render';
import { absolute, href, renderPage, type View } from '../layout';
import { dateText } from '../messages';
import { atomPath, siteFiles } from '../paths';

/** When the site was last assessed (by the checks below); reviewed with every change to the pages. */
export const ASSESSED_ON = '2026-12-03';

type Statement = { title: string; description: string; body: (view: View) => ReactNode };

const accessibility: Record<Locale, Statement> = {
  lv: {
    title: 'Piekļūstamības paziņojums',
    description: 'Kā šī vietne atbilst tīmekļvietņu piekļūstamības prasībām un kur ziņot par nepilnībām.',
    body: (view) => (
      <>
        <p>
          Pašvaldības, kas publicē saturu šajā vietnē, apņemas to padarīt piekļūstamu saskaņā ar Ministru kabineta 2020.
          gada 14. jūlija noteikumiem Nr. 445 „Kārtība, kādā iestādes ievieto informāciju internetā” un standartu EN 301
          549, kas atbilst tīmekļa satura piekļūstamības vadlīniju WCAG 2.1 AA līmenim.
        </p>
        <h2>Atbilstības statuss</h2>
        <p>
          Vietne <strong>daļēji atbilst</strong> WCAG 2.1 AA prasībām: tās lapas atbilst automātiski un ar tastatūru
          pārbaudītajām prasībām; pašvaldību ievadītā satura (aprakstu, pievienoto saišu) atbilstību pārbauda tā
          publicētājs.
        </p>
        <h2>Kā vietne pārbaudīta</h2>
        <ul>
          <li>
            Automātiska pārbaude ar axe-core katram lapas veidam (sākumlapa, saraksti, programmas un pasākuma lapa,
            rezultāti, pašvaldības lapa, šī lapa) pēc katras izmaiņas: nav nopietnu vai kritisku pārkāpumu.
          </li>
          <li>
            Visas atlases un saites lietojamas tikai ar tastatūru; fokuss vienmēr redzams; ir saite „Pāriet uz saturu”.
          </li>
          <li>Lapas darbojas bez JavaScript un 360 pikseļu platā tālruņa ekrānā; burti no ierīces sistēmas.</li>
          <li>Grafikiem ir teksta un tabulas ekvivalents; informācija netiek nodota tikai ar krāsu.</li>
        </ul>
        <h2>Zināmās nepilnības</h2>
        <ul>
          <li>Saites uz ārējām vietnēm un dokumentiem (pieteikšanās, normatīvie akti) var nebūt piekļūstamas.</li>
          <li>Kalendāra (.ics) faili un API atbildes ir datu formāti, nevis lapas.</li>
          <li>Darbinieku administrēšanas daļa (/admin) nav šī paziņojuma tvērumā.</li>
        </ul>
        <h2>Atsauksmes un saziņa</h2>
        <p>
          Ja pamanāt piekļūstamības nepilnību, lūdzu, sazinieties ar pašvaldību, kuras saturu skatījāties (saite uz tās
          tīmekļvietni ir pašvaldības lapā). Atbildi sniegsim 15 darba dienu laikā.
        </p>
        <h2>Sūdzības</h2>
        <p>
          Ja atbilde neapmierina, varat vērsties Valsts digitālās attīstības aģentūrā, kas uzrauga tīmekļvietņu
          piekļūstamību: <a href="https://www.vdaa.gov.lv">www.vdaa.gov.lv</a>.
        </p>
        <p className="muted">
          Paziņojums sagatavots <time dateTime={ASSESSED_ON}>{dateText(ASSESSED_ON, view.locale)}</time>.
        </p>
      </>
    ),
  },
  en: {
    title: 'Accessibility statement',
    description: 'How this site meets the web accessibility requirements and where to report a problem.',
    body: (view) => (
      <>
        <p>
          The municipalities publishing on this site are committed to making it accessible in accordance with Cabinet
          Regulation No. 445 of 14 July 2020 “Procedures by which institutions place information on the internet” and
          the standard EN 301 549, which corresponds to level AA of the Web Content Accessibility Guidelines (WCAG) 2.1.
        </p>
        <h2>Compliance status</h2>
        <p>
          The site is <strong>partially compliant</strong> with WCAG 2.1 AA: its pages meet the requirements checked
          automatically and with the keyboard; the municipalities check the content they enter (descriptions, links).
        </p>
        <h2>How the site was checked</h2>
        <ul>
          <li>
            An automated axe-core check of every page type (home, lists, programme and event pages, results,
            municipality page, this page) after every change: no serious or critical violations.
          </li>
          <li>Every filter and link works with the keyboard alone; focus is always visible; there is a skip link.</li>
          <li>Pages work without JavaScript and on a 360-pixel-wide phone; fonts are the device's own.</li>
          <li>Charts have a text and table equivalent; no information is conveyed by colour alone.</li>
        </ul>
        <h2>Known limitations</h2>
        <ul>
          <li>Links to external sites and documents (applications, legal acts) may not be accessible.</li>
          <li>Calendar (.ics) files and API answers are data formats, not pages.</li>
          <li>The staff administration area (/admin) is outside the scope of this statement.</li>
        </ul>
        <h2>Feedback and contact</h2>
        <p>
          If you notice an accessibility problem, please contact the municipality whose content you were viewing (its
          website is linked on the municipality's page). We reply within 15 working days.
        </p>
        <h2>Complaints</h2>
        <p>
          If the answer does not satisfy you, you may turn to the State Digital Development Agency, which monitors web
          accessibility: <a href="https://www.vdaa.gov.lv">www.vdaa.gov.lv</a>.
        </p>
        <p className="muted">
          Statement prepared on <time dateTime={ASSESSED_ON}>{dateText(ASSESSED_ON, view.locale)}</time>.
        </p>
      </>
    ),
  },
};

const data: Record<Locale, Statement> = {
  lv: {
    title: 'Publicētie dati',
    description: 'Kādus datus publicē šī vietne, kādus nekad, un kā tos iegūt mašīnlasāmā veidā.',
    body: (view) => <DataBody view={view} />,
  },
  en: {
    title: 'Published data',
    description: 'What data this site publishes, what it never does, and how to get it in machine-readable form.',
    body: (view) => <DataBody view={view} />,
  },
};

const DATA_WORDS = {
  lv: {
    published: 'Ko vietne publicē',
    publishedItems: [
      'Atbalsta programmas: nosaukums, apraksts, veids, īstenotājs, pašvaldība, mērķa grupas, kas var pieteikties, summas, pieteikšanās laiks, kā pieteikties, tīmekļvietne, programmas publiskais kontakts, tiesiskais pamats.',
      'Pasākumi: nosaukums, apraksts, kam paredzēts, norises veids, laiks, vieta, atbildīgā struktūrvienība, pieteikšanās saite.',
      'Rezultāti: pieņemto rīcības plānu mērķi un rādītāji ar sākotnējo vērtību, mērķa vērtību un termiņu, un apstiprinātie mērījumi.',
      'Pieņemto rīcības plānu kopsavilkums, periods, domes lēmums un versijas.',
    ],
    published2:
      'Tikai to, ko pašvaldības apstiprinātājs ir apstiprinājis un publicējis, tādu, kāds tas bija publicēšanas brīdī.',
    never: 'Ko vietne nepublicē nekad',
    neverItems: [
      'Melnrakstus un neapstiprinātas izmaiņas, izskatīšanas komentārus un vēsturi.',
      'Iekšējās darba lapas: datu avotus (#3), riskus (#10), uzraudzību (#11).',
      'Darbinieku vārdus, e-pasta adreses un citus personas datus.',
    ],
    cookies: 'Vietne neizmanto sīkdatnes un neseko apmeklētājiem.',
    machine: 'Mašīnlasāmi dati',
    embed: 'Iegult savā vietnē',
    embedText:
      'Pašvaldības vai partnera vietnē var parādīt pašvaldības atvērtās atbalsta programmas ar šo kodu (pašvaldības identifikatoru skatiet tās lapas adresē):',
  },
  en: {
    published: 'What the site publishes',
    publishedItems: [
      'Support programmes: title, description, kind, implementer, municipality, target groups, who may apply, amounts, application window, how to apply, website, the programme’s public contact, legal basis.',
      'Events: title, description, audience, format, time, place, responsible unit, registration link.',
      'Results: the goals and indicators of adopted action plans with baseline, target and target date, and approved measurements.',
      'The summary, period, council decision and versions of adopted action plans.',
    ],
    published2: 'Only what a municipality’s approver approved and published, as it was when published.',
    never: 'What the site never publishes',
    neverItems: [
      'Drafts and unapproved changes, review comments and history.',
      'Internal worksheets: data sources (#3), risks (#10), monitoring (#11).',
      'Staff names, e-mail addresses or any other personal data.',
    ],
    cookies: 'The site uses no cookies and does not track visitors.',
    machine: 'Machine-readable data',
    embed: 'Embed on your site',
    embedText:
      'A municipality’s or partner’s website can show the municipality’s open support programmes with this code (the municipality’s identifier is in the address of its page):',
  },
};

function DataBody({ view }: { view: View }) {
  const words = DATA_WORDS[view.locale];
  const base = new URL(view.publicUrl).pathname.replace(/\/$/, '');
  const snippet = `<script src="${absolute(view.publicUrl, siteFiles.embed)}" data-municipality="parauga-novads" data-lang="${view.locale}" async></script>`;
  return (
    <>
      <h2>{words.published}</h2>
      <ul>
        {words.publishedItems.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p>{words.published2}</p>
      <h2>{words.never}</h2>
      <ul>
        {words.neverItems.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p>{words.cookies}</p>
      <h2>{words.machine}</h2>
      <ul>
        <li>
          <a href={`${base}/api/openapi.json`}>OpenAPI 3.1</a> — <code>/api/support-programmes</code>,{' '}
          <code>/api/engagement-activities</code>, <code>/api/results</code>, <code>/api/plans</code>
        </li>
        <li>
          <a href={`${base}/api/engagement-activities/calendar.ics`}>iCalendar (.ics)</a>
        </li>
        <li>
          <a href={`${base}${atomPath(view.locale)}`}>Atom</a>
        </li>
        <li>
          <a href={`${base}${siteFiles.sitemap}`}>sitemap.xml</a>
        </li>
      </ul>
      <h2>{words.embed}</h2>
      <p>{words.embedText}</p>
      <pre>
        <code>{snippet}</code>
      </pre>
    </>
  );
}

function statementPage(view: View, statement: Statement) {
  return renderPage(
    view,
    { title: statement.title, description: statement.description },
    <>
      <h1>{statement.title}</h1>
      {statement.body(view)}
      <p>
        <a href={href(view, { kind: 'section', section: 'home', locale: view.locale })}>{view.t.toHome}</a>
      </p>
    </>,
  );
}

export const accessibilityPage = (view: View) => statementPage(view, accessibility[view.locale]);
export const dataPage = (view: View) => statementPage(view, data[view.locale]);
