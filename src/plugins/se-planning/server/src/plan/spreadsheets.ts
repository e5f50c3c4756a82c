/**
 * The plan as spreadsheets, out and in (service "plan-spreadsheet"). The export is the workspace's tables as an
 * XLSX workbook; the import reads an edited XLSX or CSV file back, answers what it would add and change (preview)
 * or writes it all (commit) — in one database transaction, through the Document Service, so the write guard applies
 * scoping, revisions, review and row rules to each row as to any other save. A file with any bad line writes
 * nothing, and a refusal while writing rolls the whole import back. The caller checks that the plan is in the
 * staff member's scope; the writer is the request's staff member (scripts write as the system).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import createError from 'http-errors';
import { getService } from '../get-service';
import { documentsOf, modelNameOf, rowsOf } from '../content-types/store';
import { fieldLabel } from '../../../common/field-labels';
import { fileNameOf, tablesOf, workbookOf } from './spreadsheet-export';
import { readSpreadsheet } from './spreadsheet-files';
import { planImport, type ImportPlan, type Problem, type TableImport } from './spreadsheet-import';
import type { ImportAnswer, ImportMode } from '../../../common/spreadsheet-import';

export type { ImportAnswer, ImportMode };

export type ImportFile = { buffer: Buffer; name?: string };
export type ImportOptions = {
  mode?: ImportMode;
  /** The table (e.g. `risk`) a CSV file holds; an XLSX sheet is known by its name or headers. */
  type?: string;
  /** Whether the writer may create or update rows of a type (the Content Manager's permissions); all if not given. */
  may?: (action: 'create' | 'update', uid: string) => boolean;
};

type Staff = { firstname?: string | null; lastname?: string | null; email?: string | null } | null;
const who = (user: Staff) =>
  user ? [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email || 'cits darbinieks' : 'sistēma';

const summary = (problems: Problem[]) =>
  `Importā ir ${problems.length} ${problems.length === 1 ? 'kļūda' : 'kļūdas'}; nekas netika mainīts`;

/** The refusal of an import: 409 when every problem is a revision conflict, 400 otherwise; each problem listed. */
const refused = (problems: Problem[]) =>
  problems.every((p) => p.conflict)
    ? createError(409, summary(problems), { details: { problems } })
    : new errors.ValidationError(summary(problems), { problems });

const answerOf = (mode: ImportMode, written: boolean, tables: TableImport[]): ImportAnswer => ({
  mode,
  written,
  added: tables.reduce((n, t) => n + t.added.length, 0),
  changed: tables.reduce((n, t) => n + t.changed.length, 0),
  tables: tables.map((t) => ({
    type: t.type,
    sheet: t.sheet,
    added: t.added.map(({ line, shown }) => ({ line, values: shown })),
    changed: t.changed.map(({ line, documentId, changes }) => ({
      line,
      documentId,
      changes: changes.map(({ column, from, to }) => ({ column, from, to })),
    })),
  })),
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const workspaceOf = (planDocumentId: string) => getService(strapi, 'plan-workspace').of(planDocumentId);

  /** Conflicts say who saved the row since it was exported, and when. */
  async function namingWhoSaved(plan: ImportPlan) {
    for (const problem of plan.problems) {
      if (!problem.conflict) continue;
      const table = plan.tables.find((t) => t.sheet === problem.sheet);
      if (!table) continue;
      const row = (await rowsOf(strapi, table.type).findOne({
        where: { documentId: problem.conflict },
        populate: { updatedBy: { select: ['firstname', 'lastname', 'email'] } },
      })) as { updatedAt?: string | Date; updatedBy?: Staff } | null;
      if (row)
        problem.message = `Kopš eksporta ierakstu saglabāja ${who(row.updatedBy ?? null)} (${new Date(
          row.updatedAt ?? Date.now(),
        ).toISOString()}): lejupielādējiet jaunāko failu un labojiet vēlreiz`;
    }
  }

  /** What the writer may not write at all (the Content Manager's create/update permissions on the type). */
  const forbidden = (tables: TableImport[], may: ImportOptions['may']): Problem[] =>
    may
      ? tables.flatMap((t) => [
          ...(t.added.length && !may('create', t.uid)
            ? [
                {
                  sheet: t.sheet,
                  line: t.added[0].line,
                  column: null,
                  message: 'Jums nav tiesību pievienot šīs tabulas rindas',
                },
              ]
            : []),
          ...(t.changed.length && !may('update', t.uid)
            ? [
                {
                  sheet: t.sheet,
                  line: t.changed[0].line,
                  column: null,
                  message: 'Jums nav tiesību labot šīs tabulas rindas',
                },
              ]
            : []),
        ])
      : [];

  /** What a write's refusal says, as problems of the line that made it. */
  function problemsOf(thrown: unknown, table: TableImport, line: number, documentId?: string): Problem[] {
    const error = thrown as {
      message?: string;
      status?: number;
      details?: { errors?: { path?: unknown[]; message?: string }[] };
    };
    const listed = error.details?.errors ?? [];
    const type = modelNameOf(table.uid);
    const base = { sheet: table.sheet, line };
    if (listed.length)
      return listed.map((e) => {
        const field = String(e.path?.[0] ?? '');
        return { ...base, column: field ? (fieldLabel(type, field)?.lv ?? field) : null, message: String(e.message) };
      });
    return [
      {
        ...base,
        column: null,
        message: error.message ?? 'Ierakstu neizdevās saglabāt',
        ...(error.status === 409 && documentId ? { conflict: documentId } : {}),
      },
    ];
  }

  /** Every line written in one transaction; the first refusal rolls all of it back and is reported. */
  async function write(planDocumentId: string, tables: TableImport[]) {
    const documents = (t: TableImport) => documentsOf(strapi, t.type) as any;
    let refusal: Problem[] | null = null;
    const positions = new Map<string, number>();
    const workspace = await workspaceOf(planDocumentId);
    // new rows name their plan by its row's id, sparing Strapi the same lookup for each of them
    const planRow = (await rowsOf(strapi, 'plan').findOne({
      where: { documentId: planDocumentId },
      select: ['id'],
    })) as {
      id: number;
    } | null;
    const plan = planRow ? { set: [{ id: planRow.id }] } : planDocumentId;
    for (const { table } of tablesOf(workspace))
      positions.set(table.type, Math.max(-1, ...table.rows.map((row) => Number(row.position ?? -1))) + 1);
    try {
      await strapi.db.transaction(async () => {
        for (const table of tables) {
          const locale = table.localized ? { locale: 'lv' } : {};
          for (const update of table.changed) {
            try {
              await documents(table).update({
                documentId: update.documentId,
                ...locale,
                data: { ...update.data, revision: update.revision },
              });
            } catch (thrown) {
              refusal = problemsOf(thrown, table, update.line, update.documentId);
              throw thrown;
            }
          }
          for (const addition of table.added) {
            const position = positions.get(table.type) ?? 0;
            positions.set(table.type, position + 1);
            try {
              await documents(table).create({ ...locale, data: { ...addition.data, plan, position } });
            } catch (thrown) {
              refusal = problemsOf(thrown, table, addition.line);
              throw thrown;
            }
          }
        }
      });
    } catch (thrown) {
      if (!refusal) throw thrown;
    }
    if (refusal) throw refused(refusal);
  }

  return {
    /** The plan's worksheets as an XLSX workbook, and the file name to offer it under. */
    async exportXlsx(planDocumentId: string): Promise<{ buffer: Buffer; fileName: string }> {
      const workspace = await workspaceOf(planDocumentId);
      return { buffer: await workbookOf(workspace), fileName: fileNameOf(workspace.plan.title ?? 'plans') };
    },

    /**
     * Reads an XLSX or CSV file into the plan: `preview` (default) answers what it would add and change and writes
     * nothing; `commit` checks again and writes it all. Any bad line: a 400 (409 for conflicts only) listing each.
     */
    async importRows(planDocumentId: string, file: ImportFile, options: ImportOptions = {}): Promise<ImportAnswer> {
      const mode = options.mode ?? 'preview';
      const { kind, grids } = await readSpreadsheet(file.buffer, file.name);
      const workspace = await workspaceOf(planDocumentId);
      if (kind === 'csv' && !options.type && grids[0].headers.length === 0)
        throw refused([{ sheet: null, line: 1, column: null, message: 'CSV failam jānorāda tabula' }]);
      const plan = planImport(workspace, grids, kind === 'csv' ? options.type : undefined);
      plan.problems.push(...forbidden(plan.tables, options.may));
      if (plan.problems.length) {
        await namingWhoSaved(plan);
        throw refused(plan.problems);
      }
      if (mode === 'commit') await write(planDocumentId, plan.tables);
      return answerOf(mode, mode === 'commit', plan.tables);
    },
  };
};
