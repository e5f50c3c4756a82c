/**
 * Checks what is stored, after a write and inside its transaction, against the model's required
 * relations, the "same plan / same municipality" scoping of links, and the worksheet rules of
 * common/rules. Any error throws a ValidationError (HTTP 400), which rolls the write back.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { checkRow } from '../../../common/rules/worksheet-rules';
import { fieldLabel } from '../../../common/field-labels';
import type { Issue } from '../../../common/rules/primitives';
import { entryNamed, entryOf, linksOf, planOwned, requiredDependantsOf, uidOf } from '../content-types/lookup';
import type { ModelEntry } from '../content-types/model';
import { rowsOf, modelNameOf } from '../content-types/store';
import { refusal } from '../refusal';
import { knownPlan } from '../known-plan';

type Ref = {
  documentId?: string;
  plan?: Ref | null;
  municipality?: Ref | null;
  periodStartYear?: number;
  periodEndYear?: number;
  [key: string]: unknown;
};
export type StoredRow = Record<string, unknown> & { plan?: Ref | null; municipalityId?: number | null };

/** Links whose rows must be in the row's plan's municipality (read with it, and with the plan's). */
const MUNICIPAL_TARGETS = new Set(['municipal-unit', 'organisation']);

const populateFor = (entry: ModelEntry, only?: Set<string>) => {
  const read = Object.entries(linksOf(entry)).filter(([field]) => !only || only.has(field));
  // the plan's municipality is compared only with a linked unit's or organisation's
  const withMunicipality = read.some(([, link]) => MUNICIPAL_TARGETS.has(link.target));
  return Object.fromEntries(
    read.map(([field, link]) => {
      if (link.target === 'plan')
        return [field, withMunicipality ? { populate: { municipality: { select: ['documentId'] } } } : true];
      if (MUNICIPAL_TARGETS.has(link.target))
        return [field, { populate: { municipality: { select: ['documentId'] } } }];
      if (planOwned(entryNamed(link.target))) return [field, { populate: { plan: { select: ['documentId'] } } }];
      return [field, { select: ['documentId'] }];
    }),
  );
};

const asList = (value: unknown): Ref[] => (Array.isArray(value) ? value : value ? [value as Ref] : []);

/** Required links, and links that must stay inside the row's own plan or municipality. */
function linkIssues(entry: ModelEntry, row: StoredRow): Issue[] {
  const found: Issue[] = [];
  const plan = row.plan ?? null;
  for (const [field, link] of Object.entries(linksOf(entry))) {
    const linked = asList(row[field]);
    if (link.required && linked.length === 0) {
      const label = fieldLabel(entry.singularName, field)?.lv ?? field;
      found.push({ path: [field], message: `Jānorāda "${label}"` });
      continue;
    }
    if (!plan || field === 'plan') continue;
    const target = entryNamed(link.target);
    if (planOwned(target) && linked.some((item) => item.plan?.documentId !== plan.documentId)) {
      found.push({ path: [field], message: 'Saistītais ieraksts pieder citam plānam' });
    }
    const elsewhere = linked.some((item) => item.municipality?.documentId !== plan.municipality?.documentId);
    if (link.target === 'municipal-unit' && elsewhere) {
      found.push({ path: [field], message: 'Struktūrvienība pieder citai pašvaldībai' });
    }
    if (link.target === 'organisation' && elsewhere) {
      found.push({ path: [field], message: 'Organizācija pieder citai pašvaldībai' });
    }
  }
  return found;
}

const unique = (issues: Issue[]) => {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path.join('.')}|${i.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  return {
    /**
     * Every stored row (draft, published, each locale) of a document with what it links to, as the rules read
     * them. `linked` names the only link fields that can hold anything (a row just created links only what its
     * data named), so the others are not read.
     */
    async stored(uid: string, documentId: string, linked?: string[], plan?: string): Promise<StoredRow[]> {
      const entry = entryOf(uid);
      if (!entry) return [];
      const only = linked ? new Set(linked) : undefined;
      // a row just created in the plan its data named: that plan as this transaction knows it
      const known = plan && only?.has('plan') ? await knownPlan(strapi, plan) : null;
      if (known) only!.delete('plan');
      const rows = (await rowsOf(strapi, modelNameOf(uid)).findMany({
        where: { documentId },
        populate: populateFor(entry, only),
      })) as StoredRow[];
      return known ? rows.map((row) => ({ ...row, plan: known })) : rows;
    },

    /** Errors and warnings of every stored row of a document (read unless the caller has just read them). */
    async check(uid: string, documentId: string, stored?: StoredRow[]) {
      const entry = entryOf(uid);
      if (!entry) return { errors: [], warnings: [] };
      const rows = stored ?? (await this.stored(uid, documentId));
      const results = rows.map((row) => {
        const rules = checkRow(entry.singularName, row);
        return { errors: [...linkIssues(entry, row), ...rules.errors], warnings: rules.warnings };
      });
      return {
        errors: unique(results.flatMap((r) => r.errors)),
        warnings: unique(results.flatMap((r) => r.warnings)),
      };
    },

    async assertValid(uid: string, documentId: string, stored?: StoredRow[]) {
      const { errors: found, warnings } = await this.check(uid, documentId, stored);
      if (found.length > 0) throw refusal(found);
      for (const warning of warnings) {
        strapi.log.warn(`[se-planning] ${uid} ${documentId} ${warning.path.join('.')}: ${warning.message}`);
      }
      return warnings;
    },

    /** Refuses to delete a row others must point at (a goal with tasks, …). */
    async assertNoRequiredDependants(uid: string, documentId: string) {
      const entry = entryOf(uid);
      if (!entry) return;
      const target = await rowsOf(strapi, modelNameOf(uid)).findOne({ where: { documentId }, select: ['id'] });
      if (!target) return;
      const blocking: Issue[] = [];
      for (const { entry: dependant, field } of requiredDependantsOf(entry.singularName)) {
        const count = await rowsOf(strapi, dependant.singularName).count({ where: { [field]: { documentId } } });
        if (count > 0) {
          blocking.push({
            path: [dependant.pluralName],
            message: `Nevar dzēst: ${count} ieraksti sadaļā "${dependant.displayName}" ir piesaistīti šim ierakstam`,
          });
        }
      }
      if (blocking.length > 0) throw refusal(blocking);
    },
  };
};
