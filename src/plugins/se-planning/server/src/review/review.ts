/**
 * The review workflow as named commands (submit, approve, request changes, adopt), each in one
 * transaction that also appends the history; publishing is allowed only for approved content
 * whose draft is still what was approved (its fingerprint).
 */
import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  isReviewable,
  reviewableTypes,
  reviewActions,
  reviewFields,
  reviewStates,
  transitions,
  type ReviewAction,
  type ReviewCommand,
  type ReviewState,
  type ReviewableType,
} from '../../../common/review';
import { entryNamed } from '../content-types/lookup';
import { asDocumentIds, linkIds, planWorksheetRows } from '../plan/worksheet-rows';
import { asWorkflow } from './workflow-writes';
import { lifecycleFields } from '../content-types/internal-fields';
import { getService } from '../get-service';
import { refusal } from '../refusal';
import { forget, remember, remembered } from '../transaction-memo';
import { rowsOf, documentsOf, hasDrafts as typeHasDrafts } from '../content-types/store';

export type Actor = { id: number; firstname?: string | null; lastname?: string | null; email?: string | null } | null;

/** Not part of what is reviewed: system columns, the workflow's own fields, the plan's adoption. */
const SYSTEM_FIELDS = new Set([
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'position',
  'revision',
  'municipalityId',
  ...lifecycleFields,
  ...reviewFields,
]);

export const actorName = (actor: Actor) =>
  actor ? [actor.firstname, actor.lastname].filter(Boolean).join(' ') || actor.email || `#${actor.id}` : 'Sistēma';

/** A type named by a caller (a URL, a script) that must be one the workflow reviews. */
const reviewableType = (type: string): ReviewableType => {
  if (!isReviewable(type)) throw new errors.NotFoundError(`"${type}" netiek izskatīts`);
  return type;
};

const stateLabel = (state: string | null | undefined) => reviewStates[(state ?? 'draft') as ReviewState]?.lv ?? state;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const query = (type: string) => rowsOf(strapi, reviewableType(type));
  const hasDrafts = (type: string) => typeHasDrafts(strapi, reviewableType(type));

  /** The rows an editor works on: the draft of every locale (or the only row). */
  const workingRows = async (type: string, documentId: string) => {
    return (await query(type).findMany({
      where: { documentId, ...(hasDrafts(type) ? { publishedAt: null } : {}) },
      populate: linkIds(entryNamed(reviewableType(type))),
      orderBy: { id: 'asc' },
    })) as Record<string, any>[];
  };

  /** What the content is: every field but the workflow's and the system's, relations as documentIds. */
  const fingerprintOf = (rows: Record<string, any>[]) => {
    const content = rows
      .map((row) =>
        Object.keys(row)
          .filter((key) => !SYSTEM_FIELDS.has(key))
          .sort()
          .map((key) => {
            const value = row[key];
            if (value instanceof Date) return [key, value.toISOString()];
            return [key, asDocumentIds(value)];
          }),
      )
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    return createHash('sha256').update(JSON.stringify(content)).digest('hex');
  };

  /** An item's own rows and review state (a plan's worksheets are read only when its content is compared). */
  const loadItem = async (type: string, documentId: string) => {
    const own = await workingRows(type, documentId);
    if (own.length === 0) throw new errors.NotFoundError('Ieraksts nav atrasts');
    const first = own[0];
    return {
      type,
      documentId,
      rows: own,
      state: (first.reviewState ?? 'draft') as ReviewState,
      submittedById: first.submittedById as number | null,
      reviewFingerprint: first.reviewFingerprint as string | null,
      title: String(first.title ?? first.measuredOn ?? documentId),
      planDocumentId: type === 'plan' ? documentId : (first.plan?.documentId as string | undefined),
    };
  };

  /** The fingerprint of what an item is now: for a plan, its row and every worksheet row it approves. */
  const currentFingerprint = async (item: { type: string; documentId: string; rows: Record<string, any>[] }) =>
    fingerprintOf(
      item.type === 'plan' ? [...item.rows, ...(await planWorksheetRows(strapi, item.documentId))] : item.rows,
    );

  const storedLifecycle = async (documentId: string) =>
    (await query('plan').findOne({ where: { documentId }, select: [...lifecycleFields] })) as {
      planStatus?: string;
      councilDecisionNumber?: string | null;
      councilDecisionDate?: string | null;
    } | null;

  const setState = async (type: string, documentId: string, data: Record<string, unknown>) => {
    await forget(strapi, `unreviewed:${type}:${documentId}`);
    return query(type).updateMany({ where: { documentId, ...(hasDrafts(type) ? { publishedAt: null } : {}) }, data });
  };

  async function record(
    type: string,
    documentId: string,
    item: { title: string; planDocumentId?: string },
    action: ReviewAction,
    from: ReviewState | null,
    to: ReviewState | null,
    actor: Actor,
    comment?: string,
  ) {
    await asWorkflow(() =>
      documentsOf(strapi, 'review-event').create({
        data: {
          targetType: type,
          targetDocumentId: documentId,
          targetTitle: item.title,
          action,
          fromState: from,
          toState: to,
          comment: comment ?? null,
          actorId: actor?.id ?? null,
          actorName: actorName(actor),
          at: new Date(),
          plan: item.planDocumentId ?? null,
        } as never,
      }),
    );
  }

  const allowSelfApproval = () => Boolean(strapi.plugin('se-planning').config('allowSelfApproval'));

  return {
    /** submit / approve / request_changes, with the rules of each. */
    async transition(type: string, documentId: string, command: ReviewCommand, actor: Actor, comment?: string) {
      return strapi.db.transaction(async () => {
        const item = await loadItem(type, documentId);
        const rule = transitions[command];
        if (!(rule.from as readonly string[]).includes(item.state)) {
          throw refusal(
            [{ path: ['reviewState'], message: `Statuss ir "${stateLabel(item.state)}"`, value: item.state }],
            `Nevar veikt darbību "${reviewActions[command].lv}": ieraksta statuss ir "${stateLabel(item.state)}"`,
          );
        }
        if (command === 'request_changes' && !comment?.trim()) {
          throw refusal(
            [{ path: ['comment'], message: 'Jānorāda komentārs' }],
            'Pieprasot labojumus, jānorāda komentārs',
          );
        }
        if (command === 'approve' && actor && item.submittedById === actor.id && !allowSelfApproval()) {
          throw new errors.PolicyError('Četru acu princips: iesniedzējs nevar apstiprināt pats savu iesniegumu');
        }
        const data: Record<string, unknown> = { reviewState: rule.to };
        if (command === 'submit') {
          data.submittedById = actor?.id ?? null;
          data.reviewFingerprint = await currentFingerprint(item);
        }
        await setState(type, documentId, data);
        await record(type, documentId, item, command, item.state, rule.to, actor, comment);
        return {
          documentId,
          type,
          title: item.title,
          reviewState: rule.to,
          submittedById: (data.submittedById ?? item.submittedById) as number | null,
        };
      });
    },

    /** The plan is adopted (once approved) with the council decision's number and date. */
    async adopt(documentId: string, decision: { number: string; date: string }, actor: Actor) {
      return strapi.db.transaction(async () => {
        const item = await loadItem('plan', documentId);
        const problems = [
          ...(decision.number?.trim()
            ? []
            : [{ path: ['councilDecisionNumber'], message: 'Jānorāda domes lēmuma numurs' }]),
          ...(/^\d{4}-\d{2}-\d{2}$/.test(decision.date ?? '') && !Number.isNaN(Date.parse(decision.date))
            ? []
            : [{ path: ['councilDecisionDate'], message: 'Jānorāda domes lēmuma datums (GGGG-MM-DD)' }]),
        ];
        if (problems.length) throw refusal(problems, problems.map((p) => p.message).join('; '));
        if ((await storedLifecycle(documentId))?.planStatus === 'archived') {
          throw refusal(
            [{ path: ['planStatus'], message: 'Plāns ir arhivēts', value: 'archived' }],
            'Arhivētu plānu vairs nepieņem',
          );
        }
        await this.assertApproved('plan', documentId, item);
        await getService(strapi, 'plan-checks').assertAdoptable(documentId);
        const adopted = { number: decision.number.trim(), date: decision.date };
        await query('plan').updateMany({
          where: { documentId },
          data: { planStatus: 'adopted', councilDecisionNumber: adopted.number, councilDecisionDate: adopted.date },
        });
        // the plan as approved, frozen as its next version: what the public sees until the next adoption
        const version = await getService(strapi, 'read-model').adopted(documentId, adopted, actor?.id ?? null);
        await record(
          'plan',
          documentId,
          item,
          'adopt',
          item.state,
          item.state,
          actor,
          `Domes lēmums Nr. ${adopted.number}, ${adopted.date} (${version}. versija)`,
        );
        return { documentId, planStatus: 'adopted', version };
      });
    },

    /** An adopted plan whose period is over is archived: its results stay public, it is no longer worked on. */
    async archive(documentId: string, actor: Actor) {
      return strapi.db.transaction(async () => {
        const item = await loadItem('plan', documentId);
        const stored = await storedLifecycle(documentId);
        if (stored?.planStatus !== 'adopted') {
          throw refusal(
            [{ path: ['planStatus'], message: 'Plāns nav pieņemts', value: stored?.planStatus }],
            'Arhivēt var tikai pieņemtu plānu',
          );
        }
        await query('plan').updateMany({ where: { documentId }, data: { planStatus: 'archived' } });
        await getService(strapi, 'read-model').planChanged(documentId);
        await record('plan', documentId, item, 'archive', item.state, item.state, actor);
        return { documentId, planStatus: 'archived' };
      });
    },

    /**
     * An adopted plan is opened for amendment: it goes through review and adoption again (a new council
     * decision), and until then its adoption stands.
     */
    async amend(documentId: string, reason: string | undefined, actor: Actor) {
      return strapi.db.transaction(async () => {
        const item = await loadItem('plan', documentId);
        const stored = await storedLifecycle(documentId);
        const problems = [
          ...(stored?.planStatus === 'adopted'
            ? []
            : [{ path: ['planStatus'], message: 'Grozīt var tikai pieņemtu plānu' }]),
          ...(reason?.trim() ? [] : [{ path: ['comment'], message: 'Jānorāda grozījumu iemesls' }]),
        ];
        if (problems.length) throw refusal(problems, problems.map((p) => p.message).join('; '));
        await setState('plan', documentId, { reviewState: 'draft', reviewFingerprint: null, submittedById: null });
        await record('plan', documentId, item, 'amend', item.state, 'draft', actor, reason!.trim());
        return { documentId, planStatus: 'adopted', reviewState: 'draft' as ReviewState };
      });
    },

    /**
     * The plan's lifecycle fields move only by the commands: a save may send them back unchanged (the Content
     * Manager's form does), never change them; a new plan starts in drafting.
     */
    async assertLifecycleUnchanged(action: string, params: Record<string, any>) {
      const data = params.data as Record<string, unknown>;
      const stored =
        action === 'update' && params.documentId
          ? await storedLifecycle(String(params.documentId))
          : { planStatus: 'drafting', councilDecisionNumber: null, councilDecisionDate: null };
      const same = (field: (typeof lifecycleFields)[number]) => {
        const sent = data[field];
        const had = (stored as Record<string, unknown> | null)?.[field] ?? null;
        return sent === undefined || (sent ?? null) === had || (sent === '' && had === null);
      };
      const changed = lifecycleFields.filter((field) => !same(field));
      if (changed.length) {
        throw refusal(
          changed.map((field) => ({
            path: [field],
            message: 'Maina tikai plāna darbības, ne saglabāšana',
            value: data[field],
          })),
          'Plāna statusu un domes lēmumu maina tikai darbības "Iesniegt", "Apstiprināt", "Pieņemt plānu", "Grozīt" un "Arhivēt"',
        );
      }
      for (const field of lifecycleFields) delete data[field];
    },

    /** Publishing (or adopting) needs the approved state and the very content that was approved. */
    async assertApproved(type: string, documentId: string, loaded?: Awaited<ReturnType<typeof loadItem>>) {
      const item = loaded ?? (await loadItem(type, documentId));
      if (item.state !== 'approved' || item.reviewFingerprint !== (await currentFingerprint(item))) {
        throw refusal(
          [{ path: ['reviewState'], message: 'Saturs nav apstiprināts', value: item.state }],
          `Publicēt var tikai apstiprinātu saturu; pašreizējais statuss: "${stateLabel(item.state)}". Iesniedziet to izskatīšanai.`,
        );
      }
    },

    /** After an editor's save: content that differs from what was submitted goes back to draft. */
    async afterContentWrite(type: string, documentId: string, actor: Actor) {
      if (!isReviewable(type)) return;
      // a draft stays a draft whatever is written (an import's rows each ask of the same plan); setState forgets
      const unreviewed = `unreviewed:${type}:${documentId}`;
      if (await remembered(strapi, unreviewed, async () => false)) return;
      const item = await loadItem(type, documentId);
      if (item.state === 'draft' || item.state === 'changes_requested') {
        await remember(strapi, unreviewed, true);
        return;
      }
      if (item.reviewFingerprint === (await currentFingerprint(item))) return;
      await setState(type, documentId, { reviewState: 'draft' });
      await record(type, documentId, item, 'edited', item.state, 'draft', actor);
    },

    /**
     * Publishing, unpublishing and deleting published content are recorded in the item's history, with the
     * language when one language was acted on.
     */
    async recordPublication(
      type: string,
      documentId: string,
      action: 'publish' | 'unpublish' | 'delete',
      actor: Actor,
      locale?: unknown,
    ) {
      const item = await loadItem(type, documentId);
      const language = typeof locale === 'string' && locale !== '*' ? `Valoda: ${locale}` : undefined;
      await record(type, documentId, item, action, item.state, item.state, actor, language);
    },

    async history(type: string, documentId: string) {
      return rowsOf(strapi, 'review-event').findMany({
        where: { targetType: type, targetDocumentId: documentId },
        orderBy: [{ at: 'asc' }, { id: 'asc' }],
      });
    },

    /** What waits for an approver: the submitted items of their municipalities, oldest first. */
    async queue(staff?: Actor) {
      const scoping = getService(strapi, 'scoping');
      const scope =
        staff && !scoping.isSuperAdmin(staff)
          ? { municipalityId: { $in: await scoping.municipalitiesOf(staff.id) } }
          : {};
      const waiting = [];
      for (const type of reviewableTypes) {
        const rows = (await query(type).findMany({
          where: { reviewState: 'submitted', ...scope, ...(hasDrafts(type) ? { publishedAt: null } : {}) },
          populate:
            type === 'plan' ? { municipality: { select: ['name'] } } : { plan: { select: ['documentId', 'title'] } },
          orderBy: { updatedAt: 'asc' },
        })) as Record<string, any>[];
        const seen = new Set<string>();
        for (const row of rows) {
          if (seen.has(row.documentId)) continue;
          seen.add(row.documentId);
          waiting.push({
            type,
            documentId: row.documentId,
            title: String(row.title ?? row.measuredOn ?? row.documentId),
            plan: type === 'plan' ? { documentId: row.documentId, title: row.title } : row.plan,
            submittedById: row.submittedById ?? null,
            updatedAt: row.updatedAt,
          });
        }
      }
      return waiting;
    },

    /**
     * What the public sees of an item: for a published programme or activity, what of the rows it links to
     * changed since it was published (the public keeps what was published); for a plan, its adopted versions.
     */
    async publication(type: string, documentId: string) {
      const readModel = getService(strapi, 'read-model');
      if (type === 'plan') return { versions: await readModel.versionsOf(documentId) };
      const locales = await readModel.publishedLocales(type, documentId);
      return { publishedLocales: locales, linkedChanges: await readModel.linkedChanges(type, documentId) };
    },

    /**
     * Publishes a published item again (each of its published languages), so its public version takes the linked
     * rows as they are now: the same publication as any other (approved, unchanged content only, recorded).
     */
    async republish(type: string, documentId: string) {
      reviewableType(type);
      return strapi.db.transaction(async () => {
        const locales = await getService(strapi, 'read-model').publishedLocales(type, documentId);
        if (locales.length === 0) {
          throw refusal(
            [{ path: ['publishedAt'], message: 'Nav publicēts' }],
            'Atkārtoti publicēt var tikai publicētu saturu',
          );
        }
        for (const locale of locales) {
          await documentsOf(strapi, type as ReviewableType).publish({
            documentId,
            ...(locale ? { locale } : {}),
          } as never);
        }
        return this.publication(type, documentId);
      });
    },

    async state(type: string, documentId: string) {
      const item = await loadItem(type, documentId);
      const plan = type === 'plan' ? await storedLifecycle(documentId) : null;
      return {
        reviewState: item.state,
        submittedById: item.submittedById,
        ...(plan ? { planStatus: plan.planStatus ?? 'drafting' } : {}),
      };
    },
  };
};
