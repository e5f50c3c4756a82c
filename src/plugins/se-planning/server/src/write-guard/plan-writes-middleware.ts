/**
 * One document-service middleware below every write path (Content Manager, REST, scripts).
 * Each create/clone/update/publish of a se-planning document runs in a transaction that also
 * fills missing slugs, refuses saves made from an outdated revision (409), pre-fills new plans,
 * checks the stored result against the rules, sends edited content back to review and refuses
 * to publish what is not approved; anything refused rolls the whole write back, and so does a
 * staff member writing outside their municipalities.
 * The workflow's own fields and history are written only by the review service.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isReviewable, reviewFields } from '../../../common/review';
import { entryOf, uidOf } from '../content-types/lookup';
import { fillMissingSlugs } from './slugs';
import { currentStaff, staffMay } from '../access/current-staff';
import { actions } from '../../../common/permissions';
import { inWorkflow } from '../review/workflow-writes';
import { derivedFields } from '../content-types/internal-fields';
import { getService } from '../get-service';

const CHECKED = new Set(['create', 'clone', 'update', 'publish']);
const CREATES = new Set(['create', 'clone']);
const CONTENT_WRITES = new Set(['create', 'clone', 'update']);
const PLAN = uidOf('plan');
const HISTORY = uidOf('review-event');
const HISTORY_WRITES = new Set(['create', 'clone', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

type Ctx = { uid: string; action: string; params: Record<string, any> };

export const planWritesMiddleware =
  (strapi: Core.Strapi) =>
  async (ctx: Ctx, next: () => Promise<any>): Promise<any> => {
    const entry = entryOf(ctx.uid);
    if (!entry) return next();

    if (ctx.uid === HISTORY && HISTORY_WRITES.has(ctx.action)) {
      if (!inWorkflow()) throw new errors.PolicyError('Izskatīšanas vēsture ir tikai papildināma, to nevar labot');
      return next();
    }

    if (ctx.action === 'delete') {
      return strapi.db.transaction(async () => {
        const documentId = String(ctx.params.documentId);
        await getService(strapi, 'scoping').assertInScope(currentStaff(strapi), ctx.uid, documentId, 'write');
        if (ctx.uid === PLAN) await getService(strapi, 'plan-deletion').deleteRowsOf(documentId);
        else await getService(strapi, 'row-rules').assertNoRequiredDependants(ctx.uid, documentId);
        return next();
      });
    }
    if (!CHECKED.has(ctx.action)) return next();

    const type = entry.singularName;
    const reviewable = isReviewable(type);
    if (ctx.params.data) {
      // the workflow's fields are the review service's; the derived ones are recomputed below;
      // the marker of pre-filled rows is set by plan set-up only, never by a staff member's save
      for (const field of reviewable ? reviewFields : []) delete ctx.params.data[field];
      for (const field of derivedFields) delete ctx.params.data[field];
      if (currentStaff(strapi)) delete ctx.params.data.standardKey;
    }

    if (ctx.uid === PLAN && ctx.params.data) await getService(strapi, 'review').beforePlanSave(ctx.params);

    return strapi.db.transaction(async () => {
      if (ctx.action !== 'publish') await fillMissingSlugs(strapi, ctx.uid, ctx.params);
      if (CONTENT_WRITES.has(ctx.action) && !entry.hidden)
        await getService(strapi, 'revisions').beforeWrite(ctx.uid, ctx.action, ctx.params);
      const result = (await next()) as { documentId?: string } | null;
      const documentId = String(CREATES.has(ctx.action) ? result?.documentId : ctx.params.documentId);
      if (ctx.uid === PLAN && ctx.action === 'create') await getService(strapi, 'plan-prefill').prefill(documentId);
      await getService(strapi, 'row-rules').assertValid(ctx.uid, documentId);
      const actor = currentStaff(strapi);
      await getService(strapi, 'scoping').afterWrite(actor, ctx.uid, documentId);
      if (entry.search) await getService(strapi, 'search-text').refresh(ctx.uid, documentId);
      if (reviewable) {
        if (CONTENT_WRITES.has(ctx.action))
          await getService(strapi, 'review').afterContentWrite(type, documentId, actor);
        // create/update with status "published" publish without a publish action
        if (ctx.action === 'publish' || ctx.params.status === 'published') {
          if (!staffMay(strapi, actions.publish)) {
            throw new errors.PolicyError('Publicēt drīkst tikai darbinieki ar tiesībām "Publicēt apstiprināto"');
          }
          await getService(strapi, 'review').assertApproved(type, documentId);
          await getService(strapi, 'review').recordPublished(type, documentId, actor);
        }
      }
      return result;
    });
  };
