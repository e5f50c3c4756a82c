/**
 * One document-service middleware below every write path (Content Manager, its bulk actions and clone, REST,
 * the plugin's routes, scripts). Each write of a se-planning document runs in one transaction that also:
 * - refuses a staff member writing outside their municipalities: the document itself, the documents it links
 *   to or unlinks from (relations are written on the side that declares them; inverse sides are read-only, so a
 *   linked document's own row never changes and the row's rules decide whether the link may stand), and the
 *   source of a clone;
 * - keeps the national target-group vocabulary to its keepers and municipalities to administrators;
 * - fills missing slugs, refuses saves made without or from an outdated revision (428/409), pre-fills new
 *   plans, checks the stored result against the rules;
 * - leaves the plan's lifecycle to its commands, sends edited content back to review, and lets only
 *   approvers publish, unpublish or delete what is published, each recorded in the item's history;
 * - keeps the public read model (publication/) in step with what is published, in the same transaction.
 * Anything refused rolls the whole write back. The workflow's own fields and history are written only by the
 * review service.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isReviewable, reviewFields } from '../../../common/review';
import { actions } from '../../../common/permissions';
import { entryOf, isScoped, planOwned, uidOf } from '../content-types/lookup';
import type { ModelEntry } from '../content-types/model';
import { derivedFields } from '../content-types/internal-fields';
import { hasDrafts, rowsOf } from '../content-types/store';
import { currentStaff, staffMay } from '../access/current-staff';
import { inWorkflow } from '../review/workflow-writes';
import { getService } from '../get-service';
import { fillMissingSlugs } from './slugs';
import { refusal } from '../refusal';
import { forgetPlan } from '../known-plan';
import { inputIssues } from '../../../common/rules/worksheet-rules';
import relationWrites, { type Touched } from './relation-writes';

const CHECKED = new Set(['create', 'clone', 'update', 'publish']);
const CREATES = new Set(['create', 'clone']);
const CONTENT_WRITES = new Set(['create', 'clone', 'update']);
const PLAN = uidOf('plan');
const HISTORY = uidOf('review-event');
const HISTORY_WRITES = new Set(['create', 'clone', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

type Ctx = { uid: string; action: string; params: Record<string, any> };

const refused = (message: string) => new errors.PolicyError(message);

export const planWritesMiddleware = (strapi: Core.Strapi) => {
  const relations = relationWrites(strapi);
  const service = <K extends Parameters<typeof getService>[1]>(name: K) => getService(strapi, name);

  /** Shared vocabulary has its own keepers: target groups, and municipalities (administrators only). */
  function assertMayChangeVocabulary(entry: ModelEntry) {
    const staff = currentStaff(strapi);
    if (!staff) return;
    if (entry.singularName === 'target-group' && !staffMay(strapi, actions.manageVocabulary)) {
      throw refused('Mērķa grupu vārdnīcu maina tikai tās uzturētāji ("Uzturēt valsts mērķa grupu vārdnīcu")');
    }
    if (entry.singularName === 'municipality' && !service('scoping').isSuperAdmin(staff)) {
      throw refused('Pašvaldības un to darbiniekus uztur administrators');
    }
  }

  /** Whether a document has a published version (what residents see). */
  const isPublished = async (entry: ModelEntry, documentId: string) =>
    hasDrafts(strapi, entry.singularName) &&
    (await rowsOf(strapi, entry.singularName).count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0;

  /** Taking published content away (unpublish, delete) is an approver's act, recorded in its history. */
  async function takeOffline(entry: ModelEntry, documentId: string, action: 'unpublish' | 'delete', locale?: unknown) {
    if (!isReviewable(entry.singularName) || !(await isPublished(entry, documentId))) return;
    if (!staffMay(strapi, actions.publish)) {
      throw refused('Publicētu saturu noņem vai dzēš tikai darbinieki ar tiesībām "Publicēt apstiprināto"');
    }
    await service('review').recordPublication(entry.singularName, documentId, action, currentStaff(strapi), locale);
  }

  /** The plan a worksheet row without a review of its own belongs to (its plan's approval covers it). */
  const planOfRow = async (entry: ModelEntry, documentId: string): Promise<string | null> => {
    if (!planOwned(entry) || isReviewable(entry.singularName)) return null;
    const row = (await rowsOf(strapi, entry.singularName).findOne({
      where: { documentId },
      populate: { plan: { select: ['documentId'] } },
    })) as { plan?: { documentId: string } | null } | null;
    return row?.plan?.documentId ?? null;
  };

  /** A plan whose content changed goes back to draft if it was submitted or approved with other content. */
  async function planContentChanged(...plans: (string | null)[]) {
    for (const plan of new Set(plans))
      if (plan) await service('review').afterContentWrite('plan', plan, currentStaff(strapi));
  }

  async function guardedDelete(ctx: Ctx, entry: ModelEntry, next: () => Promise<any>) {
    return strapi.db.transaction(async () => {
      const documentId = String(ctx.params.documentId);
      assertMayChangeVocabulary(entry);
      await service('scoping').assertInScope(currentStaff(strapi), ctx.uid, documentId, 'write');
      if (ctx.uid === PLAN) await service('plan-deletion').deleteRowsOf(documentId);
      else await service('row-rules').assertNoRequiredDependants(ctx.uid, documentId);
      await takeOffline(entry, documentId, 'delete', ctx.params.locale);
      const plan = await planOfRow(entry, documentId);
      const result = await next();
      await planContentChanged(plan);
      await service('read-model').published(entry.singularName, documentId);
      return result;
    });
  }

  /** Unpublishing (an approver's act, recorded) and discarding a draft change only the writer's own documents. */
  async function guardedPublication(ctx: Ctx, entry: ModelEntry, next: () => Promise<any>) {
    return strapi.db.transaction(async () => {
      const documentId = String(ctx.params.documentId);
      await service('scoping').assertInScope(currentStaff(strapi), ctx.uid, documentId, 'write');
      if (ctx.action === 'unpublish') await takeOffline(entry, documentId, 'unpublish', ctx.params.locale);
      const result = await next();
      await service('read-model').published(entry.singularName, documentId);
      return result;
    });
  }

  /** Before a content write: what it may not set, and every document it links to or unlinks from. */
  async function beforeContentWrite(ctx: Ctx, entry: ModelEntry): Promise<Touched[]> {
    const data = ctx.params.data as Record<string, unknown> | undefined;
    const staff = currentStaff(strapi);
    if (ctx.action === 'clone') {
      // a copy shows everything of its source: only what the writer may read is copied
      await service('scoping').assertInScope(staff, ctx.uid, String(ctx.params.documentId), 'read');
    }
    if (!data || typeof data !== 'object') return [];
    // the workflow's fields are the review service's; the derived ones are recomputed after the write;
    // the marker of pre-filled rows is set by plan set-up only, never by a staff member's save
    for (const field of isReviewable(entry.singularName) ? reviewFields : []) delete data[field];
    for (const field of derivedFields) delete data[field];
    if (staff) delete data.standardKey;
    // what the database would refuse without naming the field (a NUL, 2027-02-30) is named here
    const unstorable = inputIssues(entry.singularName, data);
    if (unstorable.length > 0) throw refusal(unstorable);
    if (ctx.uid === PLAN) await service('review').assertLifecycleUnchanged(ctx.action, ctx.params);
    relations.assertOwningSidesOnly(entry, data);
    const touched = await relations.touched(entry, data);
    for (const { target, documentId } of touched) {
      await service('scoping').assertInScope(staff, uidOf(target), documentId, 'write');
    }
    // a new row carries its municipality from the start, so the Content Manager's answer to its creator
    // (filtered by the "own municipality" condition) shows it; afterWrite keeps it in step from then on
    const owner = touched.find((t) => t.field === 'plan' || t.field === 'municipality');
    if (CREATES.has(ctx.action) && isScoped(entry) && owner) {
      data.municipalityId = await service('scoping').municipalityOfDocument(uidOf(owner.target), owner.documentId);
    }
    return touched;
  }

  async function guardedWrite(ctx: Ctx, entry: ModelEntry, next: () => Promise<any>) {
    const type = entry.singularName;
    const reviewable = isReviewable(type);
    assertMayChangeVocabulary(entry);
    return strapi.db.transaction(async () => {
      const touched = CONTENT_WRITES.has(ctx.action) ? await beforeContentWrite(ctx, entry) : [];
      if (ctx.action !== 'publish') await fillMissingSlugs(strapi, ctx.uid, ctx.params);
      if (CONTENT_WRITES.has(ctx.action) && !entry.hidden)
        await service('revisions').beforeWrite(ctx.uid, ctx.action, ctx.params);
      // a row moved to another plan changes both plans' content; otherwise its plan is the one it has after
      const moved = ctx.action === 'update' && ctx.params.data && 'plan' in ctx.params.data;
      const planBefore = moved ? await planOfRow(entry, String(ctx.params.documentId)) : null;
      const result = (await next()) as { documentId?: string } | null;
      const documentId = String(CREATES.has(ctx.action) ? result?.documentId : ctx.params.documentId);
      if (ctx.uid === PLAN) {
        // its municipality is read as it is now, by this write's checks and every later one
        await forgetPlan(strapi, documentId);
        if (ctx.action === 'create') await service('plan-prefill').prefill(documentId);
      }
      // the rows as stored now, read once for the rules, the scoping and the plan they belong to; a new row
      // links only what its data named
      const linked = ctx.action === 'create' ? Object.keys(ctx.params.data ?? {}) : undefined;
      const plansNamed = touched.filter((t) => t.field === 'plan' && t.target === 'plan');
      const namedPlan = linked && plansNamed.length === 1 ? plansNamed[0].documentId : undefined;
      const stored = await service('row-rules').stored(ctx.uid, documentId, linked, namedPlan);
      await service('row-rules').assertValid(ctx.uid, documentId, stored);
      const actor = currentStaff(strapi);
      await service('scoping').afterWrite(actor, ctx.uid, documentId, stored);
      const planNow = planOwned(entry) && !reviewable ? (stored[0]?.plan?.documentId ?? null) : null;
      if (CONTENT_WRITES.has(ctx.action)) await planContentChanged(planBefore, planNow);
      if (reviewable) {
        if (CONTENT_WRITES.has(ctx.action)) await service('review').afterContentWrite(type, documentId, actor);
        // create/update with status "published" publish without a publish action
        if (ctx.action === 'publish' || ctx.params.status === 'published') {
          if (!staffMay(strapi, actions.publish)) {
            throw refused('Publicēt drīkst tikai darbinieki ar tiesībām "Publicēt apstiprināto"');
          }
          await service('review').assertApproved(type, documentId);
          await service('review').recordPublication(type, documentId, 'publish', actor, ctx.params.locale);
          // what the public sees from now on: the published rows with their linked content as it is now
          await service('read-model').published(type, documentId);
        }
      }
      return result;
    });
  }

  return async (ctx: Ctx, next: () => Promise<any>): Promise<any> => {
    const entry = entryOf(ctx.uid);
    if (!entry) return next();
    if (ctx.uid === HISTORY && HISTORY_WRITES.has(ctx.action)) {
      if (!inWorkflow()) throw refused('Izskatīšanas vēsture ir tikai papildināma, to nevar labot');
      return next();
    }
    if (ctx.action === 'delete') return guardedDelete(ctx, entry, next);
    if (ctx.action === 'unpublish' || ctx.action === 'discardDraft') return guardedPublication(ctx, entry, next);
    if (CHECKED.has(ctx.action)) return guardedWrite(ctx, entry, next);
    return next();
  };
};
