/**
 * The public read model, written only by the workflow:
 * - `published(type, documentId)`: after an approved item was published (or taken down), its publication
 *   records are brought in step with its published rows — a new publication freezes the linked content as it
 *   is now, an unchanged one keeps what it froze — and its public rows are rendered from them;
 * - `adopted(plan)`: adoption freezes the plan as a numbered version and renders the plan's public rows;
 * - `rebuild()`: `npm run public:rebuild`, and on start when the read model is empty or its format changed:
 *   every public row rendered again from the records and versions (a document published without one, e.g.
 *   before this release, gets its record from its published row now).
 * Each runs inside the caller's transaction (a refused publication or adoption leaves nothing behind) and
 * empties the public response cache once it commits.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { rowsOf } from '../content-types/store';
import type { ModelName } from '../../../common/model-names';
import { planWorksheetRows } from '../plan/worksheet-rows';
import { getService } from '../get-service';
import { PLAN_VERSION, PUBLICATION } from './models';
import { versionContentOf, type PlanVersion, type VersionContent } from './plan-versions';
import {
  answersTableOf,
  clearReadTables,
  createMetaTable,
  createReadTables,
  dialectOf,
  dropReadTables,
  FORMAT_VERSION,
  ftsTableOf,
  META_TABLE,
  newGeneration,
  physicalTables,
  readTables,
  SEARCH_LOCALES,
  type ReadTable,
  type ReadTableName,
} from './read-tables';
import { countsDay, refreshCounts, type Catalogue } from './facet-counts';
import { rigaToday } from '../../../common/programme-state';
import { activityRows, measurementRows, planRows, programmeRows, type ReadRow, type Rendered } from './render';
import {
  isPublishedType,
  linkedDifferences,
  linkedOf,
  linkedPopulate,
  ownOf,
  publishedTypes,
  type PublishedType,
  type Source,
} from './sources';

type Row = Record<string, any>;
type Knex = Core.Strapi['db']['connection'];
type Municipality = { documentId: string; slug: string; name: string };

/** Where each published type's rows go, and how they are rendered from its records. */
const renderings: Record<
  PublishedType,
  { table: ReadTableName; groups?: ReadTableName; catalogue?: Catalogue; render: (s: Source[]) => ReadRow[] }
> = {
  'support-programme': { table: 'programmes', groups: 'programmeGroups', catalogue: 'programmes', render: programmeRows },
  'engagement-activity': {
    table: 'activities',
    groups: 'activityGroups',
    catalogue: 'activities',
    render: activityRows,
  },
  measurement: { table: 'measurements', render: measurementRows },
};
const PLAN_TABLES: ReadTableName[] = ['plans', 'planVersions', 'results'];
/** Plans whose versions are public: adopted, and archived ones (the record of what was achieved). */
const PUBLIC_PLAN_STATUSES = ['adopted', 'archived'];
const CHUNK = 1000;

const chunks = <T>(items: T[], size = CHUNK) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const records = () => strapi.db.query(PUBLICATION as never);
  const versions = () => strapi.db.query(PLAN_VERSION as never);
  /** Work in the caller's transaction, or in one of its own. */
  const inTransaction = <T>(work: (trx: Knex) => Promise<T>) =>
    strapi.db.transaction(({ trx }) => work(trx as unknown as Knex));
  /** A write to the read rows, in a transaction that also moves the read model to a new generation (search-index.ts). */
  const writing = <T>(work: (trx: Knex) => Promise<T>) =>
    inTransaction(async (trx) => {
      const done = await work(trx);
      await newGeneration(trx);
      return done;
    });
  const log = (message: string) => strapi.log.info(`[se-planning] ${message}`);

  // ── publication records ──────────────────────────────────────────────────────────────
  async function municipalitiesById(ids: (number | null)[]) {
    const wanted = [...new Set(ids)].filter((id): id is number => id !== null && id !== undefined);
    if (wanted.length === 0) return new Map<number, Municipality>();
    const rows = (await rowsOf(strapi, 'municipality').findMany({
      where: { id: { $in: wanted } },
      select: ['id', 'documentId', 'slug', 'name'],
    })) as Row[];
    return new Map(rows.map((m) => [m.id as number, { documentId: m.documentId, slug: m.slug, name: m.name }]));
  }

  /** The published rows of a type (of some documents, or all), with what their records keep of linked rows. */
  async function publishedRowsOf(type: PublishedType, documentIds?: string[]) {
    const found: Row[] = [];
    const batches = documentIds ? chunks(documentIds) : [undefined];
    for (const batch of batches) {
      for (let offset = 0; ; offset += CHUNK) {
        const rows = (await rowsOf(strapi, type).findMany({
          where: { publishedAt: { $notNull: true }, ...(batch ? { documentId: { $in: batch } } : {}) },
          populate: linkedPopulate(type),
          orderBy: { id: 'asc' },
          limit: CHUNK,
          offset,
        })) as Row[];
        found.push(...rows);
        if (rows.length < CHUNK) break;
      }
    }
    const municipalities = await municipalitiesById(found.map((row) => row.municipalityId ?? null));
    return found.map((row) => ({
      row,
      source: {
        own: ownOf(type, row),
        linked: linkedOf(type, row, municipalityRef(municipalities.get(row.municipalityId))),
      } satisfies Source,
    }));
  }

  const municipalityRef = (m: Municipality | undefined) => (m ? { slug: m.slug, name: m.name } : null);

  const recordKey = (documentId: string, locale: string | null) => `${documentId}|${locale ?? ''}`;

  async function recordsOf(type: PublishedType, documentIds?: string[]) {
    const found: Row[] = [];
    for (const batch of documentIds ? chunks(documentIds) : [undefined]) {
      found.push(
        ...((await records().findMany({
          where: { contentType: type, ...(batch ? { targetDocumentId: { $in: batch } } : {}) },
          orderBy: { id: 'asc' },
        })) as Row[]),
      );
    }
    return found;
  }

  /**
   * Brings the records of a type in step with its published rows: a published row without a record (a new
   * publication: its row is new) gets one taken now; a record whose row is gone (unpublished, deleted) goes.
   * A record of a row still published is never taken again: what it froze stays.
   */
  async function syncRecords(type: PublishedType, documentIds?: string[]) {
    const published = await publishedRowsOf(type, documentIds);
    const stored = new Map((await recordsOf(type, documentIds)).map((r) => [recordKey(r.targetDocumentId, r.locale), r]));
    let taken = 0;
    for (const { row, source } of published) {
      const key = recordKey(row.documentId, row.locale ?? null);
      const record = stored.get(key);
      stored.delete(key);
      if (record && record.sourceRowId === row.id) continue;
      const data = {
        contentType: type,
        targetDocumentId: row.documentId,
        locale: row.locale ?? null,
        sourceRowId: row.id,
        publishedAt: source.own.publishedAt ?? null,
        source: JSON.stringify(source),
      };
      if (record) await records().update({ where: { id: record.id }, data });
      else await records().create({ data });
      taken += 1;
    }
    const gone = [...stored.values()].map((record) => record.id as number);
    for (const batch of chunks(gone)) await records().deleteMany({ where: { id: { $in: batch } } });
    return { taken, removed: gone.length };
  }

  // ── read rows ────────────────────────────────────────────────────────────────────────
  const tableOf = (name: ReadTableName): ReadTable => readTables[name];

  /** Removes the rows of some documents (with their answers, target groups and search texts). */
  async function deleteRows(trx: Knex, name: ReadTableName, column: string, values: string[], groups?: ReadTableName) {
    const table = tableOf(name);
    for (const batch of chunks(values, 500)) {
      const ids = trx(table.name).select('id').whereIn(column, batch);
      if (groups) await trx(tableOf(groups).name).whereIn('row_id', ids.clone()).del();
      if (table.search && dialectOf(trx) === 'sqlite')
        for (const locale of SEARCH_LOCALES) await trx(ftsTableOf(table, locale)).whereIn('rowid', ids.clone()).del();
      if (table.answers) await trx(answersTableOf(table)).whereIn('id', ids.clone()).del();
      await trx(table.name).whereIn(column, batch).del();
    }
  }

  /** Inserts rows; with `firstId`, under consecutive ids in batches (a rebuild into empty tables). */
  async function insertRows(trx: Knex, name: ReadTableName, rows: ReadRow[], groups?: ReadTableName, firstId?: number) {
    const table = tableOf(name);
    const postgres = dialectOf(trx) === 'postgres';
    const searchVector = (row: ReadRow) =>
      trx.raw(`setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B')`, [
        row.search!.title,
        row.search!.body,
      ]);
    // the stored answer goes to the answers table, where the table has one
    const columnsOf = ({ columns }: ReadRow) => {
      if (!table.answers) return columns;
      const { rendered: _answer, ...rest } = columns;
      return rest;
    };
    const values = (row: ReadRow) => ({
      ...columnsOf(row),
      ...(table.search && postgres ? { search_vector: searchVector(row) } : {}),
    });
    let ids: number[];
    if (firstId !== undefined) {
      ids = rows.map((_, i) => firstId + i);
      const width = Object.keys(rows[0]?.columns ?? {}).length + 2;
      for (const batch of chunks(
        rows.map((row, i) => ({ id: ids[i], ...values(row) })),
        Math.max(1, Math.floor((postgres ? 30000 : 400) / width)),
      ))
        await trx(table.name).insert(batch);
    } else {
      ids = [];
      for (const row of rows) {
        const [inserted] = (await trx(table.name).insert(values(row)).returning('id')) as ({ id: number } | number)[];
        ids.push(typeof inserted === 'object' ? inserted.id : inserted);
      }
    }
    const links = rows.flatMap((row, i) => (row.groups ?? []).map((slug) => ({ row_id: ids[i], slug })));
    if (groups) for (const batch of chunks(links, 400)) await trx(tableOf(groups).name).insert(batch);
    if (table.answers) {
      const answers = rows.map((row, i) => ({ id: ids[i], rendered: row.columns.rendered }));
      for (const batch of chunks(answers, 400)) await trx(answersTableOf(table)).insert(batch);
    }
    if (table.search && !postgres) {
      for (const locale of SEARCH_LOCALES) {
        const texts = rows
          .map((row, i) => ({ rowid: ids[i], title: row.search!.title, body: row.search!.body, locale: row.columns.locale }))
          .filter((text) => text.locale === locale)
          .map(({ locale: _locale, ...text }) => text);
        for (const batch of chunks(texts, 300)) await trx(ftsTableOf(table, locale)).insert(batch);
      }
    }
    return ids.length;
  }

  /** Renders the rows of some documents of a type again, from their records. */
  async function renderDocuments(trx: Knex, type: PublishedType, documentIds: string[]) {
    const { table, groups, catalogue, render } = renderings[type];
    const bySource = new Map<string, Source[]>(documentIds.map((id) => [id, []]));
    for (const record of await recordsOf(type, documentIds)) {
      bySource.get(record.targetDocumentId)?.push(JSON.parse(record.source) as Source);
    }
    await deleteRows(trx, table, 'document_id', documentIds, groups);
    const rows = [...bySource.values()].flatMap((sources) => (sources.length ? render(sources) : []));
    await insertRows(trx, table, rows, groups);
    if (catalogue) await refreshCounts(trx, catalogue, rigaToday());
  }

  const parseVersion = (row: Row): PlanVersion => ({
    planDocumentId: row.planDocumentId,
    number: row.number,
    councilDecisionNumber: row.councilDecisionNumber,
    councilDecisionDate: row.councilDecisionDate,
    content: JSON.parse(row.content) as VersionContent,
  });

  /** The public rows of some plans, from their versions and their lifecycle state. */
  async function planRendering(planDocumentIds: string[]) {
    const stored = (await versions().findMany({
      where: { planDocumentId: { $in: planDocumentIds } },
      orderBy: [{ planDocumentId: 'asc' }, { number: 'asc' }],
    })) as Row[];
    const plans = (await rowsOf(strapi, 'plan').findMany({
      where: { documentId: { $in: planDocumentIds } },
      select: ['documentId', 'planStatus'],
    })) as Row[];
    const rendered: Rendered = {};
    for (const plan of plans) {
      if (!PUBLIC_PLAN_STATUSES.includes(plan.planStatus)) continue;
      const own = stored.filter((row) => row.planDocumentId === plan.documentId).map(parseVersion);
      for (const [name, rows] of Object.entries(planRows(own, plan.planStatus)) as [ReadTableName, ReadRow[]][]) {
        rendered[name] = [...(rendered[name] ?? []), ...rows];
      }
    }
    return rendered;
  }

  async function renderPlans(trx: Knex, planDocumentIds: string[]) {
    const rendered = await planRendering(planDocumentIds);
    for (const name of PLAN_TABLES) {
      await deleteRows(trx, name, name === 'planVersions' || name === 'results' ? 'plan_document_id' : 'document_id', planDocumentIds);
      await insertRows(trx, name, rendered[name] ?? []);
    }
  }

  const cacheChanged = () => getService(strapi, 'public-cache').changed();
  /** The day the programme counts were last found counted for, and a recount under way. */
  let knownCountsDay: string | null = null;
  let recounting: Promise<void> | null = null;

  // ── plan versions ────────────────────────────────────────────────────────────────────
  /** Freezes a plan as it is now (its approved content) under the next version number. */
  async function freezeVersion(planDocumentId: string, decision: { number: string; date: string }, actorId: number | null) {
    const plan = (await rowsOf(strapi, 'plan').findOne({
      where: { documentId: planDocumentId },
      populate: { municipality: { select: ['documentId', 'slug', 'name'] } },
    })) as Row | null;
    if (!plan) throw new errors.NotFoundError('Plāns nav atrasts');
    const municipality = plan.municipality
      ? { documentId: plan.municipality.documentId, slug: plan.municipality.slug, name: plan.municipality.name }
      : null;
    const content = versionContentOf(plan, municipality, await planWorksheetRows(strapi, planDocumentId));
    const [last] = (await versions().findMany({
      where: { planDocumentId },
      orderBy: { number: 'desc' },
      limit: 1,
      select: ['number'],
    })) as Row[];
    const number = ((last?.number as number | undefined) ?? 0) + 1;
    await versions().create({
      data: {
        planDocumentId,
        number,
        councilDecisionNumber: decision.number,
        councilDecisionDate: decision.date,
        adoptedAt: new Date().toISOString(),
        adoptedById: actorId,
        content: JSON.stringify(content),
      },
    });
    await rowsOf(strapi, 'plan').updateMany({ where: { documentId: planDocumentId }, data: { version: number } });
    return number;
  }

  // ── the read model's own state ───────────────────────────────────────────────────────
  const knex = () => strapi.db.connection;

  async function storedFormat(db: Knex = knex()) {
    const [row] = (await db(META_TABLE).where({ name: 'format' }).select('value')) as Row[];
    return row ? Number(row.value) : null;
  }

  async function isEmpty(db: Knex = knex()) {
    for (const name of ['programmes', 'activities', 'plans', 'measurements'] as ReadTableName[]) {
      const [{ n }] = (await db(tableOf(name).name).count({ n: '*' })) as Row[];
      if (Number(n) > 0) return false;
    }
    return true;
  }

  /** Whether anything is public to render (published rows, records or versions). */
  async function hasPublicContent() {
    if ((await records().count({})) > 0 || (await versions().count({})) > 0) return true;
    for (const type of Object.keys(publishedTypes) as PublishedType[]) {
      if ((await rowsOf(strapi, type).count({ where: { publishedAt: { $notNull: true } } })) > 0) return true;
    }
    return (await rowsOf(strapi, 'plan').count({ where: { planStatus: { $in: PUBLIC_PLAN_STATUSES } } })) > 0;
  }

  async function refreshStatistics() {
    const db = knex();
    const names = physicalTables(dialectOf(db)).filter((name) => !name.includes('_fts_'));
    if (dialectOf(db) === 'postgres') await db.raw(`analyze ${names.join(', ')}`);
    else for (const name of names) await db.raw(`analyze ${name}`);
  }

  return {
    /**
     * After a publication changed (publish, unpublish, delete, discarding a draft): the document's records and
     * public rows follow its published rows. In the write's transaction.
     */
    async published(type: string, documentId: string) {
      if (!isPublishedType(type)) return;
      await writing(async (trx) => {
        await syncRecords(type, [documentId]);
        await renderDocuments(trx, type, [documentId]);
      });
      await cacheChanged();
    },

    /** Adoption: the plan frozen as its next version, and its public rows. In the adoption's transaction. */
    async adopted(planDocumentId: string, decision: { number: string; date: string }, actorId: number | null) {
      const number = await writing(async (trx) => {
        const frozen = await freezeVersion(planDocumentId, decision, actorId);
        await renderPlans(trx, [planDocumentId]);
        return frozen;
      });
      await cacheChanged();
      return number;
    },

    /** The plan's lifecycle moved (archived): its public rows say so. */
    async planChanged(planDocumentId: string) {
      await writing((trx) => renderPlans(trx, [planDocumentId]));
      await cacheChanged();
    },

    /** A plan's adopted versions (staff only: the review panel). */
    async versionsOf(planDocumentId: string) {
      return ((await versions().findMany({
        where: { planDocumentId },
        orderBy: { number: 'asc' },
        select: ['number', 'councilDecisionNumber', 'councilDecisionDate', 'adoptedAt'],
      })) as Row[]).map(({ number, councilDecisionNumber, councilDecisionDate, adoptedAt }) => ({
        number,
        councilDecisionNumber,
        councilDecisionDate,
        adoptedAt,
      }));
    },

    /**
     * What of the rows a published item links to changed since it was published (per language): the public
     * still sees what was published until an approver publishes the item again.
     */
    async linkedChanges(type: string, documentId: string) {
      if (!isPublishedType(type) || type === 'measurement') return [];
      const now = new Map(
        (await publishedRowsOf(type, [documentId])).map(({ row, source }) => [row.locale ?? null, source.linked]),
      );
      return (await recordsOf(type, [documentId])).flatMap((record) => {
        const current = now.get(record.locale ?? null);
        if (!current) return [];
        return linkedDifferences((JSON.parse(record.source) as Source).linked, current).map((difference) => ({
          locale: record.locale as string | null,
          ...difference,
        }));
      });
    },

    /** The locales of a document that are public (it has a record for), for publishing it again. */
    async publishedLocales(type: string, documentId: string) {
      if (!isPublishedType(type)) return [];
      return (await recordsOf(type, [documentId])).map((record) => record.locale as string | null);
    },

    /**
     * Renders the whole read model again from the records and versions, in one transaction: records are first
     * brought in step with what is published (documents published without one get theirs now), adopted plans
     * without a version get their first from their rows now. Idempotent.
     */
    async rebuild({ reason = 'rebuild' }: { reason?: string } = {}) {
      const started = Date.now();
      const summary = await writing(async (trx) => {
        const recordChanges: Record<string, { taken: number; removed: number }> = {};
        for (const type of Object.keys(publishedTypes) as PublishedType[]) recordChanges[type] = await syncRecords(type);
        const adoptedWithout = (await rowsOf(strapi, 'plan').findMany({
          where: { planStatus: { $in: PUBLIC_PLAN_STATUSES } },
          select: ['documentId', 'councilDecisionNumber', 'councilDecisionDate'],
        })) as Row[];
        const versioned = new Set(
          ((await versions().findMany({ select: ['planDocumentId'] })) as Row[]).map((v) => v.planDocumentId),
        );
        const backfilled: string[] = [];
        for (const plan of adoptedWithout.filter((p) => !versioned.has(p.documentId))) {
          await freezeVersion(
            plan.documentId,
            { number: plan.councilDecisionNumber ?? '', date: plan.councilDecisionDate ?? '' },
            null,
          );
          backfilled.push(plan.documentId);
        }
        if (backfilled.length)
          strapi.log.warn(
            `[se-planning] ${backfilled.length} adopted plan(s) had no adopted version: their rows as they are now became version 1`,
          );

        // the same format: emptied; another: made anew
        if ((await storedFormat(trx)) === FORMAT_VERSION) await clearReadTables(trx);
        else {
          await dropReadTables(trx);
          await createReadTables(trx);
        }
        const counts: Record<string, number> = {};
        const ids: Record<string, number> = {};
        const insertAll = async (name: ReadTableName, rows: ReadRow[], groups?: ReadTableName) => {
          const first = (ids[name] ?? 0) + 1;
          ids[name] = first - 1 + (await insertRows(trx, name, rows, groups, first));
          counts[name] = (counts[name] ?? 0) + rows.length;
        };
        for (const type of Object.keys(renderings) as PublishedType[]) {
          const { table, groups, render } = renderings[type];
          const byDocument = new Map<string, Source[]>();
          for (const record of await recordsOf(type)) {
            byDocument.set(record.targetDocumentId, [
              ...(byDocument.get(record.targetDocumentId) ?? []),
              JSON.parse(record.source) as Source,
            ]);
          }
          const documents = [...byDocument.keys()].sort();
          for (const batch of chunks(documents)) {
            await insertAll(
              table,
              batch.flatMap((documentId) => render(byDocument.get(documentId)!)),
              groups,
            );
          }
        }
        const plans = [
          ...new Set(((await versions().findMany({ select: ['planDocumentId'] })) as Row[]).map((v) => v.planDocumentId)),
        ].sort();
        for (const batch of chunks(plans, 100)) {
          const rendered = await planRendering(batch);
          for (const name of PLAN_TABLES) await insertAll(name, rendered[name] ?? []);
        }
        if (dialectOf(trx) === 'postgres') {
          for (const table of Object.values(readTables)) {
            await trx.raw(`select setval(pg_get_serial_sequence(?, 'id'), greatest(coalesce(max(id), 0), 1)) from ${table.name}`, [
              table.name,
            ]);
          }
        }
        for (const catalogue of ['programmes', 'activities'] as Catalogue[])
          await refreshCounts(trx, catalogue, rigaToday());
        await trx(META_TABLE).where({ name: 'format' }).del();
        await trx(META_TABLE).insert({ name: 'format', value: String(FORMAT_VERSION) });
        return { records: recordChanges, backfilledVersions: backfilled.length, rows: counts };
      });
      await refreshStatistics();
      await cacheChanged();
      const ms = Date.now() - started;
      log(`public read model rebuilt (${reason}) in ${ms} ms: ${JSON.stringify(summary.rows)}`);
      return { ...summary, ms };
    },

    /**
     * Whether the programme counts are counted for `today` (their states follow the day). The first reader of a
     * new day starts counting them again (once, whichever instance wins) and, like every reader until that is
     * committed, counts from the rows meanwhile.
     */
    async countsReady(today: string) {
      if (knownCountsDay === today) return true;
      if ((await countsDay(knex())) === today) {
        knownCountsDay = today;
        return true;
      }
      recounting ??= inTransaction(async (trx) => {
        // claimed by one instance: the others find the day already set (or wait for this one's commit)
        const claimed = await trx(META_TABLE).where({ name: 'countsDay' }).whereNot({ value: today }).update({ value: today });
        if (claimed > 0) await refreshCounts(trx, 'programmes', today);
      })
        .then(() => cacheChanged())
        .catch((error: Error) => {
          strapi.log.error(`[se-planning] programme counts not recounted: ${error.message}`);
        })
        .finally(() => {
          recounting = null;
        });
      return false;
    },

    /** On start: the read model's tables exist; rebuilt when its format changed or it is empty but should not be. */
    async ensure() {
      await createMetaTable(knex());
      const format = await storedFormat();
      // another format: made anew (its tables may not fit this release's)
      if (format !== FORMAT_VERSION) return this.rebuild({ reason: format === null ? 'first start' : `format ${format} → ${FORMAT_VERSION}` });
      await createReadTables(knex());
      if ((await isEmpty()) && (await hasPublicContent())) return this.rebuild({ reason: 'empty read model' });
      return null;
    },

    /**
     * Every read row in a comparable form (tests: a rebuilt read model equals the one kept write by write):
     * ids replaced by what they stand for, rows in a fixed order.
     */
    async dump() {
      const db = knex();
      const postgres = dialectOf(db) === 'postgres';
      const out: Record<string, Row[]> = {};
      for (const [name, table] of Object.entries(readTables) as [ReadTableName, ReadTable][]) {
        if ('row_id' in table.columns) continue;
        const columns = Object.keys(table.columns).map((column) => `t.${column}`);
        const query = db({ t: table.name }).select('t.id', ...columns);
        if (table.search && postgres) query.select(db.raw('t.search_vector::text as search_vector'));
        if (table.answers) query.leftJoin({ a: answersTableOf(table) }, 'a.id', 't.id').select('a.rendered');
        const rows = (await query) as Row[];
        const groupsName = Object.values(renderings).find((r) => r.table === name)?.groups;
        const groupsTable = groupsName ? tableOf(groupsName) : undefined;
        const groups = new Map<number, string[]>();
        if (groupsTable) {
          for (const link of (await db(groupsTable.name).select('row_id', 'slug').orderBy(['row_id', 'slug'])) as Row[])
            groups.set(Number(link.row_id), [...(groups.get(Number(link.row_id)) ?? []), link.slug]);
        }
        const texts = new Map<number, string>();
        if (table.search && !postgres) {
          for (const locale of SEARCH_LOCALES)
            for (const t of (await db(ftsTableOf(table, locale)).select('rowid', 'title', 'body')) as Row[])
              texts.set(Number(t.rowid), `${locale}|${t.title}|${t.body}`);
        }
        out[name] = rows
          .map(({ id, ...row }) => ({
            ...row,
            ...(groupsTable ? { groups: groups.get(Number(id)) ?? [] } : {}),
            ...(table.search && !postgres ? { search: texts.get(Number(id)) ?? null } : {}),
          }))
          .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      }
      return out;
    },

    /** Every publication record and version (tests). */
    async records(type?: ModelName) {
      return records().findMany({ where: type ? { contentType: type } : {}, orderBy: { id: 'asc' } });
    },
  };
};
