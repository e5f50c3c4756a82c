#!/usr/bin/env node
/**
 * `npm run bench:workspace`: the server time of the plan workspace's load — the three answers its page asks for
 * (GET …/workspace, …/chain, …/checks: their services, without HTTP) — for the full demo plan and for a generated
 * plan of about 1,000 rows, on a fresh SQLite database (.tmp/bench-workspace.db, removed at the end; PostgreSQL
 * with BENCH_PG_URL, a fresh database made and dropped there). Each is compared in the same run with a baseline:
 * the same plan's rows read bare (one query per worksheet type, no relations), which is what any view of them costs
 * at least. Prints the medians and the ratios and writes .tmp/bench-workspace-result.json.
 * Targets (the issue's): demo plan < 300 ms, 1,000 rows < 1 s. Env: BENCH_RUNS (15).
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { compileStrapi, createStrapi } = require('@strapi/strapi');
const { createDatabase } = require('./bench/database');
const { median, timed: timedRuns } = require('./bench/timed');

const ROOT = path.resolve(__dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS || 15);

// two warm-up runs, then RUNS measured
const timed = (work) => timedRuns(work, RUNS, 2);

async function main() {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  const database = await createDatabase({
    db: process.env.BENCH_PG_URL ? 'postgres' : 'sqlite',
    file: path.join(ROOT, '.tmp', 'bench-workspace.db'),
  });
  Object.assign(process.env, database.env);
  const app = await compileStrapi();
  // every type whose rows belong to a plan, from the compiled model
  const { worksheetEntries } = require(
    path.join(ROOT, 'dist', 'src', 'plugins', 'se-planning', 'server', 'src', 'content-types', 'lookup.js'),
  );
  const WORKSHEET_TYPES = worksheetEntries().map((entry) => entry.singularName);
  const strapi = await createStrapi({ ...app, autoReload: false, serveAdminPanel: false }).load();
  const service = (name) => strapi.plugin('se-planning').service(name);
  const docs = (name) => strapi.documents(`plugin::se-planning.${name}`);
  try {
    await service('demo-data').load();
    const [demo] = await docs('plan').findMany({ filters: { municipality: { name: 'Parauga novads' } }, limit: 1 });

    // a generated plan: 20 goals × 5 tasks × 4 activities, an indicator on every activity and goal, 100 data sources
    const [municipality] = await docs('municipality').findMany({ filters: { name: 'Parauga novads' } });
    const plan = await docs('plan').create({
      data: {
        title: 'Ģenerēts plāns',
        periodStartYear: 2026,
        periodEndYear: 2028,
        municipality: municipality.documentId,
      },
    });
    const make = (type, data) => docs(type).create({ data: { plan: plan.documentId, ...data } });
    for (let g = 0; g < 20; g++) {
      const goal = await make('goal', { title: `Mērķis ${g + 1}`, position: g });
      await make('indicator', {
        goal: goal.documentId,
        title: `Mērķa rādītājs ${g + 1}`,
        kind: 'quantitative',
        target: 10,
      });
      for (let t = 0; t < 5; t++) {
        const task = await make('task', { goal: goal.documentId, title: `Uzdevums ${g + 1}.${t + 1}`, position: t });
        for (let a = 0; a < 4; a++) {
          const activity = await make('activity', {
            task: task.documentId,
            title: `Aktivitāte ${g + 1}.${t + 1}.${a + 1}`,
            position: a,
          });
          await make('indicator', {
            activity: activity.documentId,
            title: `Rādītājs ${g + 1}.${t + 1}.${a + 1}`,
            kind: 'quantitative',
            target: 5,
          });
        }
      }
    }
    for (let d = 0; d < 100; d++) await make('data-source', { dataType: `Datu veids ${d + 1}`, position: d });

    const results = {};
    for (const [name, documentId] of [
      ['demo plan', demo.documentId],
      ['generated plan', plan.documentId],
    ]) {
      const planRow = await strapi.db.query('plugin::se-planning.plan').findOne({ where: { documentId } });
      let rows = 0;
      for (const type of WORKSHEET_TYPES)
        rows += await strapi.db.query(`plugin::se-planning.${type}`).count({ where: { plan: { id: planRow.id } } });
      const load = () =>
        Promise.all([
          service('plan-workspace').of(documentId),
          service('plan-chain').of(documentId),
          service('plan-checks').forPlan(documentId),
        ]);
      const bare = () =>
        Promise.all(
          WORKSHEET_TYPES.map((type) =>
            strapi.db.query(`plugin::se-planning.${type}`).findMany({ where: { plan: { id: planRow.id } } }),
          ),
        );
      const workspace = await timed(load);
      const baseline = await timed(bare);
      results[name] = { rows, workspaceMs: workspace, bareRowsMs: baseline, ratio: workspace.median / baseline.median };
    }

    const targets = { 'demo plan': 300, 'generated plan': 1000 };
    console.log(
      `\n== plan workspace load (workspace + chain + checks services), ${RUNS} runs each, ${database.describe}`,
    );
    for (const [name, r] of Object.entries(results)) {
      const pass = r.workspaceMs.median < targets[name];
      console.log(
        `${name.padEnd(15)} ${String(r.rows).padStart(5)} rows  workspace ${r.workspaceMs.median.toFixed(1)} ms (max ${r.workspaceMs.max.toFixed(1)})` +
          `  bare rows ${r.bareRowsMs.median.toFixed(1)} ms  = ${r.ratio.toFixed(1)}× the bare read  (target < ${targets[name]} ms) ${pass ? 'PASS' : 'FAIL'}`,
      );
      r.target = targets[name];
      r.pass = pass;
    }
    console.log(
      'The bare read is one query per worksheet type without relations: the workspace also reads the relations,',
    );
    console.log('the chain, the SMART checks and the completeness, which the bare read does not.');
    fs.mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
    fs.writeFileSync(
      path.join(ROOT, '.tmp', 'bench-workspace-result.json'),
      JSON.stringify({ runs: RUNS, database: database.describe, results }, null, 2),
    );
  } finally {
    await strapi.destroy();
    await database.drop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
