/**
 * `npm run bench:documents`: the import's part — a 1,000-row sheet of risks (#10) as a Latvian CSV (BOM, `;`, the
 * sheet's own headers, the level as its label), previewed and committed into a fresh plan each run, against the
 * baseline of the same 1,000 rows created by a script through the Document Service in one transaction.
 */
'use strict';

const ROWS = 1000;

async function measureImport(strapi, results, { timed, runs }) {
  const service = (name) => strapi.plugin('se-planning').service(name);
  const docs = (name) => strapi.documents(`plugin::se-planning.${name}`);
  const [municipality] = await docs('municipality').findMany({ filters: { name: 'Parauga novads' } });
  let made = 0;
  const freshPlan = async () =>
    (
      await docs('plan').create({
        data: {
          title: `Importa plāns ${++made}`,
          periodStartYear: 2026,
          periodEndYear: 2028,
          municipality: municipality.documentId,
        },
      })
    ).documentId;

  const { vocabularies } = require('../../dist/src/plugins/se-planning/common/vocabulary.js');
  const table = (await service('plan-workspace').of(await freshPlan())).sheets
    .flatMap((sheet) => sheet.tables)
    .find((t) => t.type === 'risk');
  const quote = (text) => `"${String(text).replace(/"/g, '""')}"`;
  const valueOf = (field, n) =>
    field === 'factor'
      ? `Risks nr. ${n}: iesaistīto pušu intereses trūkums`
      : field === 'level'
        ? vocabularies.riskLevels.low.lv
        : '';
  const csv = [
    table.columns.map((c) => quote(c.label.lv)).join(';'),
    ...Array.from({ length: ROWS }, (_, n) => table.columns.map((c) => quote(valueOf(c.field, n + 1))).join(';')),
  ].join('\r\n');
  const file = {
    buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8')]),
    name: 'riski.csv',
  };

  const sheets = service('plan-spreadsheet');
  // each run writes into a plan of its own, made (and pre-filled) before the clock starts; the rows are counted after
  const plansFor = async () => {
    const plans = [];
    for (let i = 0; i <= runs; i++) plans.push(await freshPlan());
    return plans;
  };
  const assertStored = async (plans) => {
    for (const plan of plans) {
      const stored = await docs('risk').count({ filters: { plan: { documentId: plan } } });
      if (stored < ROWS) throw new Error(`${stored} rows stored, not ${ROWS}`);
    }
  };
  const scriptPlans = await plansFor();
  results.scriptWrite = await timed(async (i) => {
    const plan = scriptPlans[i];
    await strapi.db.transaction(async () => {
      for (let n = 0; n < ROWS; n++)
        await docs('risk').create({ data: { plan, factor: valueOf('factor', n + 1), level: 'low', position: n } });
    });
  }, runs);
  await assertStored(scriptPlans);
  const previewPlan = await freshPlan();
  results.importPreview = await timed(async () => {
    const answer = await sheets.importRows(previewPlan, file, { mode: 'preview', type: 'risk' });
    if (answer.added !== ROWS) throw new Error(`preview: ${answer.added} rows to add, not ${ROWS}`);
  }, runs);
  const importPlans = await plansFor();
  results.importCommit = await timed(async (i) => {
    await sheets.importRows(importPlans[i], file, { mode: 'commit', type: 'risk' });
  }, runs);
  await assertStored(importPlans);
  results.importRows = ROWS;
}

module.exports = { measureImport };
