/**
 * One document-service middleware below every write path (Content Manager, REST, scripts):
 * each create/clone/update/publish of a se-planning document runs in a transaction that also fills
 * missing slugs, pre-fills new plans and checks the stored result; a broken rule rolls
 * everything back.
 */
import type { Core } from '@strapi/strapi';
import { entryOf, uidOf } from '../content-types/lookup';
import { fillMissingSlugs } from './slugs';

const CHECKED = new Set(['create', 'clone', 'update', 'publish']);
const CREATES = new Set(['create', 'clone']);
const PLAN = uidOf('plan');

type Ctx = { uid: string; action: string; params: Record<string, unknown> };

export const planWritesMiddleware =
  (strapi: Core.Strapi) =>
  async (ctx: Ctx, next: () => Promise<any>): Promise<any> => {
    if (!entryOf(ctx.uid)) return next();
    const service = (name: string) => strapi.plugin('se-planning').service(name);

    if (ctx.action === 'delete') {
      return strapi.db.transaction(async () => {
        const documentId = String(ctx.params.documentId);
        if (ctx.uid === PLAN) await service('plan-deletion').deleteRowsOf(documentId);
        else await service('row-rules').assertNoRequiredDependants(ctx.uid, documentId);
        return next();
      });
    }
    if (!CHECKED.has(ctx.action)) return next();

    return strapi.db.transaction(async () => {
      if (ctx.action !== 'publish') await fillMissingSlugs(strapi, ctx.uid, ctx.params);
      const result = (await next()) as { documentId?: string } | null;
      const documentId = String(CREATES.has(ctx.action) ? result?.documentId : ctx.params.documentId);
      if (ctx.uid === PLAN && ctx.action === 'create') await service('plan-prefill').prefill(documentId);
      await service('row-rules').assertValid(ctx.uid, documentId);
      return result;
    });
  };
