import { readFile } from 'fs/promises';
import createError from 'http-errors';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../get-service';
import { planDocx } from './plan-docx';
import type { PlanDocument } from './plan-document';
import { MAX_UPLOAD_BYTES } from './spreadsheet-files';

/** A file name from the plan's title: letters, digits and dashes. */
const fileName = (title: string, extension: string) =>
  `${
    title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'plans'
  }.${extension}`;

const attachment = (ctx: any, type: string, name: string, body: Buffer) => {
  ctx.type = type;
  ctx.set('Content-Disposition', `attachment; filename="${name}"`);
  ctx.set('Cache-Control', 'private, no-store');
  ctx.body = body;
};

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
type Upload = { filepath: string; originalFilename?: string | null; size: number };

/** A version's file says which version it is. */
const documentName = (plan: PlanDocument) => (plan.draft ? plan.title : `${plan.title} versija ${plan.version ?? ''}`);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The working copy, or the adopted version the route names (`/versions/:number/`). */
  const planDocument = (ctx: any): Promise<PlanDocument> => {
    const documents = getService(strapi, 'plan-document');
    if (ctx.params.number === undefined) return documents.of(ctx.params.documentId);
    const number = Number(ctx.params.number);
    if (!Number.isInteger(number) || number < 1)
      throw new errors.ValidationError('Versijas numurs ir vesels skaitlis no 1', {
        errors: [{ path: ['number'], message: 'Versijas numurs ir vesels skaitlis no 1', name: 'ValidationError' }],
      });
    return documents.ofVersion(ctx.params.documentId, number);
  };
  /** The plan of the route is one the staff member plans for (404 otherwise, as if it did not exist). */
  const inScope = (ctx: any) =>
    getService(strapi, 'scoping').assertInScope(ctx.state.user, 'plugin::se-planning.plan', ctx.params.documentId);
  return {
    async overview(ctx: any) {
      const overview = getService(strapi, 'plan-overview');
      ctx.body = { data: await overview.list(ctx.state.user), meta: { columns: overview.columns() } };
    },
    async checks(ctx: any) {
      await inScope(ctx);
      ctx.body = { data: await getService(strapi, 'plan-checks').forPlan(ctx.params.documentId) };
    },
    async chain(ctx: any) {
      await inScope(ctx);
      ctx.body = { data: await getService(strapi, 'plan-chain').of(ctx.params.documentId) };
    },
    async exportDocx(ctx: any) {
      await inScope(ctx);
      const plan = await planDocument(ctx);
      const type = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
      attachment(ctx, type, fileName(documentName(plan), 'docx'), await planDocx(plan));
    },
    async exportPdf(ctx: any) {
      await inScope(ctx);
      const printer = getService(strapi, 'plan-pdf');
      const { available, reason } = printer.availability();
      if (!available) throw new errors.ApplicationError(reason!, { code: 'pdf-unavailable' });
      const plan = await planDocument(ctx);
      attachment(ctx, 'application/pdf', fileName(documentName(plan), 'pdf'), await printer.print(plan));
    },
    async exportAvailability(ctx: any) {
      ctx.body = {
        data: { docx: { available: true, reason: null }, pdf: getService(strapi, 'plan-pdf').availability() },
      };
    },
    async workspace(ctx: any) {
      await inScope(ctx);
      ctx.body = { data: await getService(strapi, 'plan-workspace').of(ctx.params.documentId) };
    },
    async exportXlsx(ctx: any) {
      await inScope(ctx);
      const { buffer, fileName: name } = await getService(strapi, 'plan-spreadsheet').exportXlsx(ctx.params.documentId);
      attachment(ctx, XLSX, name, buffer);
    },
    /** Multipart: the file in `file`, `mode` preview (default) or commit, `type` the table of a CSV file. */
    async importRows(ctx: any) {
      await inScope(ctx);
      const sent = ctx.request.files?.file as Upload | Upload[] | undefined;
      const file = Array.isArray(sent) ? sent[0] : sent;
      if (!file) throw new errors.ValidationError('Pievienojiet failu (XLSX vai CSV) laukā "file"', { problems: [] });
      if (file.size > MAX_UPLOAD_BYTES) throw createError(413, 'Fails ir lielāks par 5 MB');
      const { mode = 'preview', type } = (ctx.request.body ?? {}) as { mode?: string; type?: string };
      if (mode !== 'preview' && mode !== 'commit')
        throw new errors.ValidationError('"mode" ir "preview" vai "commit"', { problems: [] });
      const ability = ctx.state.userAbility as { can: (action: string, subject: string) => boolean } | undefined;
      ctx.body = {
        data: await getService(strapi, 'plan-spreadsheet').importRows(
          ctx.params.documentId,
          { buffer: await readFile(file.filepath), name: file.originalFilename ?? '' },
          {
            mode,
            type: typeof type === 'string' && type ? type : undefined,
            may: (action, uid) => !ability || ability.can(`plugin::content-manager.explorer.${action}`, uid),
          },
        ),
      };
    },
  };
};
