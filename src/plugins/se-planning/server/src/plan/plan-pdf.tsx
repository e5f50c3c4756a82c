/**
 * The plan's document (plan-document.ts) as PDF: the same layout as the DOCX rendered as a page (React's server
 * renderer) and printed by the server's Chromium (playwright-core, Debian's `chromium`; CHROMIUM_PATH), A4 landscape,
 * "Projekts" or the version and decision in the header of every page, page numbers in the footer. Without Chromium
 * the export says why (`availability`), and the admin's button does too.
 */
import fs from 'fs';
import type { Core } from '@strapi/strapi';
import { renderToStaticMarkup } from 'react-dom/server';
import { documentWords as words, type DocumentTable, type PlanDocument } from './plan-document';

const CSS = `
@page { size: A4 landscape; margin: 18mm 12mm 16mm }
body { font: 10pt/1.35 "Liberation Sans", "DejaVu Sans", Arial, sans-serif; color: #111 }
h1 { font-size: 16pt; margin: 0 0 6pt; break-before: page }
h1.title { font-size: 24pt; margin-top: 60mm; break-before: auto }
h2 { font-size: 12pt; margin: 12pt 0 4pt }
table { border-collapse: collapse; width: 100%; margin-bottom: 8pt }
thead { display: table-header-group }
th, td { border: 0.5pt solid #555; padding: 2pt 4pt; text-align: left; vertical-align: top; white-space: pre-wrap }
th { background: #d9e2ec }
tr { break-inside: avoid }
`;

function Table({ table }: { table: Pick<DocumentTable, 'columns' | 'rows'> }) {
  return (
    <table>
      <thead>
        <tr>
          {table.columns.map((column, i) => (
            <th key={i}>{column}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r}>
            {row.map((value, c) => (
              <td key={c}>{value}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The document as the page Chromium prints. */
export function planHtml(plan: PlanDocument) {
  const decision = words.decisionText(plan.decision?.number ?? null, plan.decision?.date ?? null);
  return `<!doctype html>${renderToStaticMarkup(
    <html lang="lv">
      <head>
        <meta charSet="utf-8" />
        <title>{plan.title}</title>
        <style dangerouslySetInnerHTML={{ __html: CSS }} />
      </head>
      <body>
        <h1 className="title">{plan.title}</h1>
        {plan.municipality && (
          <p>
            <strong>{words.municipality}:</strong> {plan.municipality}
          </p>
        )}
        <p>
          <strong>{words.period}:</strong> {plan.period}
        </p>
        <p>
          <strong>{words.status}:</strong> {plan.status}
        </p>
        {plan.draft ? (
          <p>
            <strong>{words.workingCopy}</strong>
          </p>
        ) : (
          <>
            <p>
              <strong>{words.version}:</strong> {plan.version}
            </p>
            <p>
              <strong>{words.decision}:</strong> {decision}
            </p>
          </>
        )}
        {plan.sheets.map((sheet) => (
          <section key={sheet.number}>
            <h1>
              {words.sheet(sheet.number)}: {sheet.title}
            </h1>
            <p>
              <strong>{words.purpose}:</strong> {sheet.purpose}
            </p>
            {sheet.tables.map((table, i) => (
              <div key={i}>
                <h2>{table.name}</h2>
                {table.note ? <p>{table.note}</p> : table.rows.length ? <Table table={table} /> : <p>{words.noRows}</p>}
              </div>
            ))}
          </section>
        ))}
        <h1>{words.smart}</h1>
        {plan.smart.map((card, i) => (
          <div key={i}>
            <h2>{card.goal}</h2>
            <Table
              table={{
                columns: [words.criterion, words.assessment, words.reason],
                rows: card.criteria.map((c) => [c.name, c.met ? words.met : words.notMet, c.reason]),
              }}
            />
          </div>
        ))}
      </body>
    </html>,
  )}`;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const chromiumPath = () => strapi.config.get('plugin::se-planning.chromiumPath', '/usr/bin/chromium') as string;
  return {
    /** Whether this server can print PDF, and if not, why (in Latvian, for the admin's button). */
    availability(): { available: boolean; reason: string | null } {
      const path = chromiumPath();
      return fs.existsSync(path)
        ? { available: true, reason: null }
        : {
            available: false,
            reason: `PDF nav pieejams: serverī nav Chromium (${path}; CHROMIUM_PATH). Lejupielādējiet DOCX un saglabājiet to kā PDF.`,
          };
    },

    /** The document as PDF bytes (Chromium must be there: availability()). */
    async print(plan: PlanDocument): Promise<Buffer> {
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({
        executablePath: chromiumPath(),
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
      try {
        const page = await browser.newPage({ javaScriptEnabled: false });
        // nothing from the network: the page is whole
        await page.route('**/*', (route) => route.abort());
        await page.setContent(planHtml(plan), { waitUntil: 'load' });
        const marking = plan.draft
          ? words.draft
          : `${words.version} ${plan.version ?? '—'} · ${words.decision} ${words.decisionText(plan.decision?.number ?? null, plan.decision?.date ?? null)}`;
        return await page.pdf({
          format: 'A4',
          landscape: true,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: `<div style="font-size:9pt;width:100%;text-align:right;padding:0 12mm;color:${plan.draft ? '#b00020' : '#333'};font-weight:${plan.draft ? 700 : 400}">${escape(marking)}</div>`,
          footerTemplate: `<div style="font-size:8pt;width:100%;text-align:center">${words.page} <span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
          margin: { top: '18mm', bottom: '16mm', left: '12mm', right: '12mm' },
        });
      } finally {
        await browser.close();
      }
    },
  };
};
