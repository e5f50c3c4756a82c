/**
 * `npm run bench` data: a national-scale data set written straight into the database with
 * Strapi's knex (`strapi.db.connection`), in batches, in one transaction. Every table, column and
 * join-table name comes from `strapi.db.metadata`, so the rows are what Strapi itself would store:
 * each public document is a draft row and a published row sharing `document_id` (per locale),
 * relations are link-table rows for each of them, `municipality_id` and `review_state` are set.
 *
 * At BENCH_SCALE=1: 43 municipalities, each with one adopted plan; 10 target groups; 10,000 support
 * programmes; 20,000 engagement activities; 3 goals per plan; 5,000 indicators with 3 measurements
 * each. About 5 % of the programmes and activities and 20 % of the measurements are drafts that were
 * never published (they must not be public).
 *
 * Rows get explicit ids (after the current maximum), so the link rows need no round trip and a
 * seed can be removed again by id range (`removeSeed`, used by the test).
 */
'use strict';
const path = require('path');
const crypto = require('crypto');

const PLUGIN = 'plugin::se-planning.';
const uid = (name) => `${PLUGIN}${name}`;

/** The 43 Latvian municipalities since 2022: 7 state cities and 36 novadi, with their planning region. */
const MUNICIPALITIES = [
  ['Rīgas valstspilsēta', 'riga', 12],
  ['Daugavpils valstspilsēta', 'latgale', 3],
  ['Jelgavas valstspilsēta', 'zemgale', 2],
  ['Jūrmalas valstspilsēta', 'riga', 2],
  ['Liepājas valstspilsēta', 'kurzeme', 3],
  ['Rēzeknes valstspilsēta', 'latgale', 2],
  ['Ventspils valstspilsēta', 'kurzeme', 2],
  ['Aizkraukles novads', 'zemgale', 1],
  ['Alūksnes novads', 'vidzeme', 1],
  ['Augšdaugavas novads', 'latgale', 1],
  ['Ādažu novads', 'riga', 1],
  ['Balvu novads', 'latgale', 1],
  ['Bauskas novads', 'zemgale', 1],
  ['Cēsu novads', 'vidzeme', 1],
  ['Dienvidkurzemes novads', 'kurzeme', 1],
  ['Dobeles novads', 'zemgale', 1],
  ['Gulbenes novads', 'vidzeme', 1],
  ['Jelgavas novads', 'zemgale', 1],
  ['Jēkabpils novads', 'zemgale', 1],
  ['Krāslavas novads', 'latgale', 1],
  ['Kuldīgas novads', 'kurzeme', 1],
  ['Ķekavas novads', 'riga', 1],
  ['Limbažu novads', 'vidzeme', 1],
  ['Līvānu novads', 'latgale', 1],
  ['Ludzas novads', 'latgale', 1],
  ['Madonas novads', 'vidzeme', 1],
  ['Mārupes novads', 'riga', 1],
  ['Ogres novads', 'riga', 1],
  ['Olaines novads', 'riga', 1],
  ['Preiļu novads', 'latgale', 1],
  ['Rēzeknes novads', 'latgale', 1],
  ['Ropažu novads', 'riga', 1],
  ['Salaspils novads', 'riga', 1],
  ['Saldus novads', 'kurzeme', 1],
  ['Saulkrastu novads', 'riga', 1],
  ['Siguldas novads', 'riga', 1],
  ['Smiltenes novads', 'vidzeme', 1],
  ['Talsu novads', 'kurzeme', 1],
  ['Tukuma novads', 'kurzeme', 1],
  ['Valkas novads', 'vidzeme', 1],
  ['Valmieras novads', 'vidzeme', 1],
  ['Varakļānu novads', 'latgale', 1],
  ['Ventspils novads', 'kurzeme', 1],
];

/** Groups at risk of social exclusion (MK noteikumi Nr. 173); the first six as in the demo data. */
const TARGET_GROUPS = [
  ['Seniori', 'Seniors'],
  ['Ilgstošie bezdarbnieki', 'Long-term unemployed'],
  ['Jaunieši bez darba pieredzes', 'Young people without work experience'],
  ['Cilvēki ar invaliditāti', 'People with disabilities'],
  [
    'Personas, kuras atbrīvotas no ieslodzījuma vietas',
    'People released from prison',
    'no-ieslodzijuma-atbrivotas-personas',
  ],
  ['Personas ar garīga rakstura traucējumiem', 'People with mental disorders'],
  ['Bezpajumtnieki', 'Homeless people'],
  ['Atkarību skartās personas', 'People affected by addictions'],
  ['Daudzbērnu un nepilnās ģimenes', 'Large and single-parent families'],
  ['Bēgļi un personas ar alternatīvo statusu', 'Refugees and persons with alternative status'],
];

const TOPICS = [
  ['sociālo uzņēmumu izveidei', 'for starting social enterprises'],
  ['darba vietu pielāgošanai', 'for adapting workplaces'],
  ['sociālajiem inovatoriem', 'for social innovators'],
  ['kopienas pakalpojumiem', 'for community services'],
  ['zaļajai ekonomikai un aprites risinājumiem', 'for the green and circular economy'],
  ['jauniešu nodarbinātībai', 'for youth employment'],
  ['senioru aprūpes pakalpojumiem', 'for elderly care services'],
  ['lauku teritoriju attīstībai', 'for rural development'],
];
const ACTIVITY_KINDS = [
  ['Informatīvā diena', 'Information day'],
  ['Ideju konkurss', 'Idea competition'],
  ['Seminārs', 'Seminar'],
  ['Mentoru tikšanās', 'Mentoring meeting'],
  ['Sociālās uzņēmējdarbības forums', 'Social entrepreneurship forum'],
  ['Darbnīca', 'Workshop'],
];

/** Deterministic pseudo-random numbers (mulberry32), so two runs seed the same data. */
function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const DOC_ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** A Strapi-like documentId (24 lowercase letters and digits). */
const documentId = () => {
  const bytes = crypto.randomBytes(24);
  let id = DOC_ID_ALPHABET[bytes[0] % 26];
  for (let i = 1; i < 24; i++) id += DOC_ID_ALPHABET[bytes[i] % 36];
  return id;
};

/** "Ādažu novads" → "Ādažu novada", "Rīgas valstspilsēta" → "Rīgas valstspilsētas". */
const genitive = (name) => name.replace(/novads$/, 'novada').replace(/valstspilsēta$/, 'valstspilsētas');

const addDays = (isoDate, days) => {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** The compiled app's own modules (vocabulary, search normalisation, today in Riga). */
function appModules(strapi) {
  const common = path.join(strapi.dirs.dist.root, 'src', 'plugins', 'se-planning', 'common');
  return {
    vocabulary: require(path.join(common, 'vocabulary.js')),
    publicQuery: require(path.join(common, 'rules', 'public-query.js')),
    programmeState: require(path.join(common, 'programme-state.js')),
  };
}

/** Table, column and link-table names of a content type, from Strapi's metadata. */
function schemaOf(strapi, name) {
  const meta = strapi.db.metadata.get(uid(name));
  const contentType = strapi.contentType(uid(name));
  const column = (attribute) => {
    const found = meta.attributes[attribute];
    if (!found || !found.columnName) throw new Error(`bench seed: ${uid(name)} has no column for "${attribute}"`);
    return found.columnName;
  };
  const link = (attribute) => {
    const joinTable = meta.attributes[attribute] && meta.attributes[attribute].joinTable;
    if (!joinTable) throw new Error(`bench seed: ${uid(name)}.${attribute} has no join table`);
    return {
      table: joinTable.name,
      from: joinTable.joinColumn.name,
      to: joinTable.inverseJoinColumn.name,
      order: joinTable.orderColumnName,
      inverseOrder: joinTable.inverseOrderColumnName,
    };
  };
  /** Scalar defaults Strapi's create would apply (e.g. revision 0, position 0). */
  const defaults = {};
  for (const [attribute, definition] of Object.entries(contentType.attributes)) {
    if (definition.default !== undefined && typeof definition.default !== 'object' && meta.attributes[attribute]) {
      defaults[attribute] = definition.default;
    }
  }
  return {
    uid: uid(name),
    table: meta.tableName,
    has: (attribute) => Boolean(meta.attributes[attribute] && meta.attributes[attribute].columnName),
    column,
    link,
    defaults,
    draftAndPublish: Boolean(contentType.options && contentType.options.draftAndPublish),
  };
}

/**
 * Seeds the national data set. Options: scale (default BENCH_SCALE or 1), suffix (appended to
 * municipality names and every slug, so a test can seed into a shared database), log.
 */
async function seedNational(strapi, options = {}) {
  const scale = Number(options.scale ?? process.env.BENCH_SCALE ?? 1);
  if (!(scale > 0)) throw new Error(`BENCH_SCALE must be a positive number (got ${scale})`);
  const suffix = options.suffix ? `-${options.suffix}` : '';
  const log = options.log ?? (() => {});
  const started = Date.now();
  const { vocabulary, publicQuery, programmeState } = appModules(strapi);
  const today = options.today ?? programmeState.rigaToday();
  const rnd = random(20250101);
  const knex = strapi.db.connection;
  const isPostgres = ['pg', 'postgres', 'postgresql'].includes(String(knex.client.config.client));
  const slugify = (text) =>
    publicQuery
      .searchable(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');

  const counts = {
    municipalities: Math.min(MUNICIPALITIES.length, Math.max(2, Math.round(MUNICIPALITIES.length * scale))),
    programmes: Math.max(1, Math.round(10000 * scale)),
    activities: Math.max(1, Math.round(20000 * scale)),
    indicators: Math.max(1, Math.round(5000 * scale)),
  };
  const T = {
    municipality: schemaOf(strapi, 'municipality'),
    plan: schemaOf(strapi, 'plan'),
    targetGroup: schemaOf(strapi, 'target-group'),
    policyDocument: schemaOf(strapi, 'policy-document'),
    programme: schemaOf(strapi, 'support-programme'),
    activity: schemaOf(strapi, 'engagement-activity'),
    goal: schemaOf(strapi, 'goal'),
    indicator: schemaOf(strapi, 'indicator'),
    measurement: schemaOf(strapi, 'measurement'),
  };

  const now = new Date();
  const ranges = []; // [table, firstId, lastId] in insertion order
  const rowCounts = {};
  const summary = {
    scale,
    today,
    counts: rowCounts,
    municipalities: [],
    programmes: [], // { documentId, municipality (slug), kind, opensOn, closesOn, published, locales }
    activities: [],
    measurements: [],
    ranges,
  };

  await knex.transaction(async (trx) => {
    /** Next free ids of a table (explicit ids: link rows need no round trip). */
    const nextIds = new Map();
    const allocate = async (table, n) => {
      if (!nextIds.has(table)) {
        const [{ max }] = await trx(table).max({ max: 'id' });
        nextIds.set(table, Number(max ?? 0) + 1);
      }
      const first = nextIds.get(table);
      nextIds.set(table, first + n);
      return first;
    };
    // Bound parameters per statement: SQLite allows 32766, PostgreSQL 65535; knex writes SQLite's
    // multi-row insert as a compound SELECT, limited to 500 terms.
    const batchSize = (row) =>
      Math.max(1, Math.min(isPostgres ? 5000 : 500, Math.floor(30000 / Object.keys(row).length)));
    const insert = async (table, rows) => {
      if (rows.length === 0) return;
      const size = batchSize(rows[0]);
      for (let i = 0; i < rows.length; i += size) {
        try {
          await trx(table).insert(rows.slice(i, i + size));
        } catch (error) {
          // knex puts the whole statement in the message: keep it readable
          throw new Error(`bench seed: insert into ${table} failed: ${String(error.message).slice(-300)}`);
        }
      }
      ranges.push([table, rows[0].id, rows[rows.length - 1].id]);
      rowCounts[table] = (rowCounts[table] ?? 0) + rows.length;
    };

    /** Rows of one content type: attribute names → column names, plus Strapi's system columns. */
    const rowsOf = async (schema, items) => {
      const first = await allocate(schema.table, items.length);
      return items.map((item, index) => {
        const row = { id: first + index };
        const data = { ...schema.defaults, ...item.data };
        for (const [attribute, value] of Object.entries(data)) {
          if (value === undefined) continue;
          row[schema.column(attribute)] = value;
        }
        row[schema.column('documentId')] = item.documentId;
        row[schema.column('locale')] = item.locale ?? null;
        row[schema.column('createdAt')] = now;
        row[schema.column('updatedAt')] = now;
        row[schema.column('publishedAt')] = item.published ? (item.publishedAt ?? now) : null;
        return row;
      });
    };
    /** Link rows of a relation: pairs [fromId, toId]; order columns numbered like Strapi does. */
    const linkRows = async (schema, attribute, pairs) => {
      const link = schema.link(attribute);
      const first = await allocate(link.table, pairs.length);
      const forward = new Map();
      const inverse = new Map();
      const rows = pairs.map(([from, to], index) => {
        const row = { id: first + index, [link.from]: from, [link.to]: to };
        if (link.order) {
          forward.set(from, (forward.get(from) ?? 0) + 1);
          row[link.order] = forward.get(from);
        }
        if (link.inverseOrder) {
          inverse.set(to, (inverse.get(to) ?? 0) + 1);
          row[link.inverseOrder] = inverse.get(to);
        }
        return row;
      });
      await insert(link.table, rows);
    };

    // ── municipalities and their adopted plans ──────────────────────────────────────────
    const chosen = MUNICIPALITIES.slice(0, counts.municipalities);
    const municipalityRows = await rowsOf(
      T.municipality,
      chosen.map(([name, region]) => ({
        documentId: documentId(),
        published: true,
        data: {
          name: `${name}${suffix ? ` (${options.suffix})` : ''}`,
          slug: `${slugify(name)}${suffix}`,
          region,
          website: `https://www.${slugify(name)}.lv`,
        },
      })),
    );
    await insert(T.municipality.table, municipalityRows);
    const municipalities = municipalityRows.map((row, index) => ({
      id: row.id,
      documentId: row[T.municipality.column('documentId')],
      name: row[T.municipality.column('name')],
      slug: row[T.municipality.column('slug')],
      weight: chosen[index][2],
    }));

    const planRows = await rowsOf(
      T.plan,
      municipalities.map((m) => ({
        documentId: documentId(),
        published: true,
        data: {
          title: `Sociālās uzņēmējdarbības atbalsta rīcības plāns 2025.–2027. gadam (${m.name})`,
          periodStartYear: 2025,
          periodEndYear: 2027,
          planStatus: 'adopted',
          version: 1,
          summary: `${m.name} atbalsta sociālo uzņēmējdarbību ar grantiem, telpām, mentoringu un sociāli atbildīgu iepirkumu.`,
          councilDecisionNumber: `${rnd.int(1, 40)}/${rnd.int(1, 30)}`,
          councilDecisionDate: '2024-12-18',
          reviewState: 'approved',
          municipalityId: m.id,
        },
      })),
    );
    await insert(T.plan.table, planRows);
    municipalities.forEach((m, index) => (m.planId = planRows[index].id));
    await linkRows(
      T.plan,
      'municipality',
      municipalities.map((m) => [m.planId, m.id]),
    );

    // ── each plan's legal basis (#1): the national acts its programmes name ────────────────
    const ACTS = [
      ['Sociālā uzņēmuma likums', 'https://likumi.lv/ta/id/294484-sociala-uznemuma-likums'],
      ['MK 27.03.2018. noteikumi Nr.173', 'https://likumi.lv/ta/id/298147'],
      ['MK 20.02.2018. noteikumi Nr.101', 'https://likumi.lv/ta/id/297509'],
    ];
    const actItems = municipalities.flatMap((m) =>
      ACTS.map(([title, url], position) => ({
        documentId: documentId(),
        published: true,
        municipality: m,
        data: { position, kind: 'national_act', title, url, municipalityId: m.id },
      })),
    );
    const actRows = await rowsOf(T.policyDocument, actItems);
    await insert(T.policyDocument.table, actRows);
    await linkRows(
      T.policyDocument,
      'plan',
      actItems.map((item, index) => [actRows[index].id, item.municipality.planId]),
    );
    municipalities.forEach((m) => (m.acts = actRows.filter((row, index) => actItems[index].municipality === m).map((row) => row.id)));
    const someActs = (m) => m.acts.slice(0, rnd.int(1, 2));

    // ── target groups: found by slug (the demo data has some) or created ────────────────
    const wantedGroups = TARGET_GROUPS.map(([name, nameEn, slug]) => ({ name, nameEn, slug: slug ?? slugify(name) }));
    const existingGroups = await trx(T.targetGroup.table)
      .whereIn(
        T.targetGroup.column('slug'),
        wantedGroups.map((g) => g.slug),
      )
      .select('id', T.targetGroup.column('slug'));
    const groupIds = new Map(existingGroups.map((row) => [row[T.targetGroup.column('slug')], row.id]));
    const missingGroups = wantedGroups.filter((g) => !groupIds.has(g.slug));
    const groupRows = await rowsOf(
      T.targetGroup,
      missingGroups.map((g) => ({ documentId: documentId(), published: true, data: g })),
    );
    await insert(T.targetGroup.table, groupRows);
    groupRows.forEach((row, index) => groupIds.set(missingGroups[index].slug, row.id));
    const groups = wantedGroups.map((g) => groupIds.get(g.slug));
    const someGroups = () => {
      const picked = new Set();
      const n = rnd.int(1, 3);
      while (picked.size < n) picked.add(rnd.pick(groups));
      return [...picked];
    };

    /** Municipalities weighted by size (Rīga gets the most). */
    const totalWeight = municipalities.reduce((sum, m) => sum + m.weight, 0);
    const pickMunicipality = () => {
      let r = rnd.next() * totalWeight;
      for (const m of municipalities) if ((r -= m.weight) < 0) return m;
      return municipalities[municipalities.length - 1];
    };

    /**
     * Documents of a localized draft & publish type: per locale a draft row, plus a published row
     * when published; links for every row. `make(i)` returns the document's shared and per-locale data.
     */
    const seedDocuments = async (schema, n, make, relations) => {
      const items = [];
      const docs = [];
      for (let i = 0; i < n; i++) {
        const doc = make(i);
        const id = documentId();
        docs.push({ ...doc, documentId: id });
        // published a minute apart, newest first: "newest first" is a total order on every target
        const publishedAt = new Date(now.getTime() - i * 60000);
        for (const [locale, localized] of Object.entries(doc.locales)) {
          const data = { ...doc.shared, ...localized };
          items.push({ doc: docs[i], documentId: id, locale, published: false, data });
          if (doc.published) items.push({ doc: docs[i], documentId: id, locale, published: true, publishedAt, data });
        }
      }
      const rows = await rowsOf(schema, items);
      await insert(schema.table, rows);
      for (const [attribute, targetsOf] of Object.entries(relations)) {
        const pairs = [];
        rows.forEach((row, index) => {
          for (const target of targetsOf(items[index].doc)) pairs.push([row.id, target]);
        });
        await linkRows(schema, attribute, pairs);
      }
      return docs;
    };

    // ── support programmes ──────────────────────────────────────────────────────────────
    const kinds = Object.keys(vocabulary.programmeKinds);
    const programmeWindow = () => {
      const r = rnd.next();
      if (r < 0.25) return { opensOn: null, closesOn: null }; // ongoing
      if (r < 0.5) {
        const closesOn = addDays(today, -rnd.int(1, 400)); // closed
        return { opensOn: addDays(closesOn, -rnd.int(20, 120)), closesOn };
      }
      if (r < 0.65) {
        const opensOn = addDays(today, rnd.int(1, 180)); // upcoming
        return { opensOn, closesOn: rnd.chance(0.9) ? addDays(opensOn, rnd.int(20, 120)) : null };
      }
      const variant = rnd.next(); // open
      if (variant < 0.15) return { opensOn: addDays(today, -rnd.int(0, 200)), closesOn: null };
      if (variant < 0.25) return { opensOn: null, closesOn: addDays(today, rnd.int(0, 200)) };
      return { opensOn: addDays(today, -rnd.int(0, 90)), closesOn: addDays(today, rnd.int(0, 150)) };
    };

    const programmes = await seedDocuments(
      T.programme,
      counts.programmes,
      (i) => {
        const m = pickMunicipality();
        const kind = rnd.pick(kinds);
        const [topic, topicEn] = rnd.pick(TOPICS);
        const published = rnd.chance(0.95);
        const amountMin = rnd.chance(0.8) ? rnd.int(1, 20) * 500 : null;
        const amountMax = amountMin === null ? null : amountMin + rnd.int(1, 40) * 500;
        const kindLabel = vocabulary.programmeKinds[kind];
        const lvTitle = `${kindLabel.lv} ${topic} — ${m.name} Nr. ${i + 1}`;
        const lv = {
          title: lvTitle,
          slug: `${slugify(`${kindLabel.lv} ${topic}`)}-${i + 1}${suffix}`,
          summary: `${kindLabel.lv} ${topic}: atbalsts sociālajiem uzņēmumiem un sociālajiem inovatoriem (${m.name}).`,
          description:
            `Programma atbalsta projektus, kas rada darba vietas sociālās atstumtības riskam pakļautajām grupām ` +
            `vai risina sabiedrībai nozīmīgu problēmu. **Atbalstāmās izmaksas:** aprīkojums, izejvielas, ` +
            `mārketings, apmācības, darba vietu pielāgošana. Pieteikumus vērtē komisija divu mēnešu laikā.`,
          implementer: `${genitive(m.name)} pašvaldības Attīstības nodaļa`,
          eligibility: 'Sociālie uzņēmumi ar Labklājības ministrijas piešķirtu statusu un sociālie inovatori.',
          howToApply: 'Pieteikumu iesniedz elektroniski portālā latvija.gov.lv vai klātienē.',
        };
        const locales = { lv };
        if (rnd.chance(0.3)) {
          const en = {
            title: `${kindLabel.en} ${topicEn} — ${m.name} No. ${i + 1}`,
            slug: `${slugify(`${kindLabel.en} ${topicEn}`)}-${i + 1}${suffix}`,
            summary: `${kindLabel.en} ${topicEn}: support for social enterprises and social innovators.`,
            description:
              'The programme supports projects that create jobs for groups at risk of social exclusion. ' +
              '**Eligible costs:** equipment, materials, marketing, training, workplace adaptation.',
            implementer: `Development Department of ${m.name}`,
            eligibility: 'Registered social enterprises and social innovators.',
            howToApply: 'Apply online via latvija.gov.lv or in person.',
          };
          locales.en = en;
        }
        const window = programmeWindow();
        return {
          municipality: m,
          kind,
          ...window,
          published,
          targetGroups: someGroups(),
          legalBasis: someActs(m),
          locales,
          shared: {
            position: i,
            kind,
            amountMin,
            amountMax,
            totalBudget: amountMax === null ? null : amountMax * rnd.int(5, 20),
            opensOn: window.opensOn,
            closesOn: window.closesOn,
            websiteUrl: `https://www.${slugify(m.name)}.lv/atbalsts/${i + 1}`,
            contactEmail: `atbalsts@${slugify(m.name)}.lv`,
            contactPhone: `+371 6${rnd.int(1000000, 9999999)}`,
            reviewState: published ? 'approved' : rnd.pick(['draft', 'submitted', 'changes_requested']),
            municipalityId: m.id,
          },
        };
      },
      {
        plan: (doc) => [doc.municipality.planId],
        targetGroups: (doc) => doc.targetGroups,
        legalBasis: (doc) => doc.legalBasis,
      },
    );
    summary.programmes = programmes.map((p) => ({
      documentId: p.documentId,
      municipality: p.municipality.slug,
      kind: p.kind,
      opensOn: p.opensOn,
      closesOn: p.closesOn,
      published: p.published,
      locales: Object.keys(p.locales),
    }));
    log(`  ${counts.programmes} support programmes`);

    // ── engagement activities ───────────────────────────────────────────────────────────
    const activities = await seedDocuments(
      T.activity,
      counts.activities,
      (i) => {
        const m = pickMunicipality();
        const [kind, kindEn] = rnd.pick(ACTIVITY_KINDS);
        const published = rnd.chance(0.95);
        const start = new Date(
          `${addDays(today, rnd.int(-365, 365))}T${String(rnd.int(8, 16)).padStart(2, '0')}:00:00Z`,
        );
        const end = new Date(start.getTime() + rnd.int(1, 8) * 3600 * 1000);
        const lv = {
          title: `${kind} „Sociālā uzņēmējdarbība” — ${m.name} Nr. ${i + 1}`,
          slug: `${slugify(kind)}-${i + 1}${suffix}`,
          description: `${kind} iedzīvotājiem, NVO un uzņēmējiem par sociālās uzņēmējdarbības iespējām ${m.name}.`,
          audience: 'Iedzīvotāji, NVO, uzņēmēji',
          channels: 'Pašvaldības tīmekļvietne, sociālie tīkli',
          timelineNote: null,
          place: `${m.name}, Kultūras nams`,
        };
        const locales = { lv };
        if (rnd.chance(0.2)) {
          const en = {
            title: `${kindEn} "Social entrepreneurship" — ${m.name} No. ${i + 1}`,
            slug: `${slugify(kindEn)}-${i + 1}${suffix}`,
            description: `${kindEn} for residents, NGOs and businesses on social entrepreneurship.`,
            audience: 'Residents, NGOs, businesses',
            channels: 'Municipal website, social media',
            place: `${m.name}, Culture house`,
          };
          locales.en = en;
        }
        return {
          municipality: m,
          published,
          targetGroups: someGroups(),
          locales,
          shared: {
            position: i,
            startsAt: start,
            endsAt: end,
            registrationUrl: `https://www.${slugify(m.name)}.lv/iesaiste/${i + 1}`,
            reviewState: published ? 'approved' : rnd.pick(['draft', 'submitted']),
            municipalityId: m.id,
          },
        };
      },
      { plan: (doc) => [doc.municipality.planId], targetGroups: (doc) => doc.targetGroups },
    );
    summary.activities = activities.map((a) => ({
      documentId: a.documentId,
      municipality: a.municipality.slug,
      published: a.published,
      locales: Object.keys(a.locales),
    }));
    log(`  ${counts.activities} engagement activities`);

    // ── goals, indicators and measurements ──────────────────────────────────────────────
    const goalItems = municipalities.flatMap((m) =>
      [0, 1, 2].map((position) => ({
        documentId: documentId(),
        published: true,
        municipality: m,
        data: {
          position,
          title: `Mērķis ${position + 1}: palielināt sociālo uzņēmumu skaitu (${m.name}) līdz 2027. gadam`,
          description: 'Mērķis izriet no ilgtspējīgas attīstības stratēģijas.',
          deadline: '2027-12-31',
          municipalityId: m.id,
        },
      })),
    );
    const goalRows = await rowsOf(T.goal, goalItems);
    await insert(T.goal.table, goalRows);
    await linkRows(
      T.goal,
      'plan',
      goalItems.map((g, index) => [goalRows[index].id, g.municipality.planId]),
    );

    const indicatorKinds = Object.keys(vocabulary.indicatorKinds);
    const dataMethods = Object.keys(vocabulary.dataMethods);
    const indicatorItems = [];
    for (let i = 0; i < counts.indicators; i++) {
      const goalIndex = i % goalItems.length;
      const goal = goalItems[goalIndex];
      indicatorItems.push({
        documentId: documentId(),
        published: true,
        goalId: goalRows[goalIndex].id,
        municipality: goal.municipality,
        data: {
          position: Math.floor(i / goalItems.length),
          title: `Rādītājs ${i + 1}: atbalstīto sociālo uzņēmumu skaits`,
          kind: rnd.chance(0.8) ? indicatorKinds[0] : rnd.pick(indicatorKinds),
          unit: 'uzņēmumi',
          baseline: rnd.int(0, 10),
          target: rnd.int(11, 40),
          targetDate: '2027-12-31',
          dataMethod: rnd.pick(dataMethods),
          municipalityId: goal.municipality.id,
        },
      });
    }
    const indicatorRows = await rowsOf(T.indicator, indicatorItems);
    await insert(T.indicator.table, indicatorRows);
    await linkRows(
      T.indicator,
      'goal',
      indicatorItems.map((item, index) => [indicatorRows[index].id, item.goalId]),
    );
    await linkRows(
      T.indicator,
      'plan',
      indicatorItems.map((item, index) => [indicatorRows[index].id, item.municipality.planId]),
    );

    const measurementItems = [];
    indicatorItems.forEach((indicator, index) => {
      for (let k = 0; k < 3; k++) {
        const published = rnd.chance(0.8);
        const id = documentId();
        const data = {
          position: k,
          measuredOn: addDays(today, -30 - 120 * k - rnd.int(0, 60)),
          value: rnd.int(0, 40),
          note: k === 0 ? 'Pēdējais mērījums' : null,
          reviewState: published ? 'approved' : 'submitted',
          municipalityId: indicator.municipality.id,
        };
        const owner = { indicatorId: indicatorRows[index].id, planId: indicator.municipality.planId };
        measurementItems.push({ documentId: id, published: false, data, ...owner });
        if (published) measurementItems.push({ documentId: id, published: true, data, ...owner });
        summary.measurements.push({ documentId: id, published });
      }
    });
    const measurementRows = await rowsOf(T.measurement, measurementItems);
    await insert(T.measurement.table, measurementRows);
    await linkRows(
      T.measurement,
      'indicator',
      measurementItems.map((item, index) => [measurementRows[index].id, item.indicatorId]),
    );
    await linkRows(
      T.measurement,
      'plan',
      measurementItems.map((item, index) => [measurementRows[index].id, item.planId]),
    );
    log(`  ${goalItems.length} goals, ${counts.indicators} indicators, ${summary.measurements.length} measurements`);

    // Explicit ids: move PostgreSQL's sequences past them (SQLite's AUTOINCREMENT follows by itself).
    if (isPostgres) {
      for (const table of new Set(ranges.map(([table]) => table))) {
        await trx.raw(`SELECT setval(pg_get_serial_sequence(?, 'id'), (SELECT MAX(id) FROM ??))`, [table, table]);
      }
    }

    summary.municipalities = municipalities.map(({ id, documentId: doc, name, slug, planId }) => ({
      id,
      documentId: doc,
      name,
      slug,
      planId,
      programmes: programmes.filter((p) => p.municipality.id === id).length,
    }));
  });

  // Statistics and visibility map, as a live database has them (PostgreSQL's autovacuum would
  // vacuum and analyse within minutes of such a load; the app refreshes SQLite's statistics at
  // startup).
  if (isPostgres) await strapi.db.connection.raw('VACUUM ANALYZE');

  summary.ms = Date.now() - started;
  summary.rows = Object.values(rowCounts).reduce((sum, n) => sum + n, 0);
  return summary;
}

/** Removes what a seed inserted (by id range, link rows first). */
async function removeSeed(strapi, summary) {
  const knex = strapi.db.connection;
  await knex.transaction(async (trx) => {
    for (const [table, first, last] of [...summary.ranges].reverse()) {
      await trx(table).whereBetween('id', [first, last]).del();
    }
  });
}

/** The names the bare SQL server needs (taken from Strapi's metadata, never hard-coded). */
function benchSchema(strapi) {
  const programme = schemaOf(strapi, 'support-programme');
  const municipality = schemaOf(strapi, 'municipality');
  const targetGroup = schemaOf(strapi, 'target-group');
  const columns = (schema, attributes) =>
    Object.fromEntries(attributes.filter((a) => schema.has(a)).map((a) => [a, schema.column(a)]));
  const policyDocument = schemaOf(strapi, 'policy-document');
  return {
    policyDocument: { table: policyDocument.table, columns: columns(policyDocument, ['id', 'title', 'url']) },
    programme: {
      table: programme.table,
      columns: columns(programme, [
        'id',
        'documentId',
        'locale',
        'publishedAt',
        'municipalityId',
        'title',
        'slug',
        'summary',
        'description',
        'kind',
        'implementer',
        'eligibility',
        'amountMin',
        'amountMax',
        'totalBudget',
        'opensOn',
        'closesOn',
        'howToApply',
        'websiteUrl',
        'contactEmail',
        'contactPhone',
      ]),
      targetGroups: programme.link('targetGroups'),
      legalBasis: programme.link('legalBasis'),
    },
    municipality: { table: municipality.table, columns: columns(municipality, ['id', 'name', 'slug']) },
    targetGroup: { table: targetGroup.table, columns: columns(targetGroup, ['id', 'name', 'nameEn', 'slug']) },
  };
}

module.exports = { seedNational, removeSeed, benchSchema, MUNICIPALITIES };
