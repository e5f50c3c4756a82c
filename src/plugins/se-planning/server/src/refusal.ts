/**
 * A refused write or command: HTTP 400 `ValidationError` in Strapi's shape, naming each field it is about
 * (`details.errors[].path`), so the Content Manager and the plugin's screens can show it beside the field.
 */
import { errors } from '@strapi/utils';
import type { Issue } from '../../common/rules/primitives';

export type Problem = Issue & { value?: unknown };

export const refusal = (
  problems: Problem[],
  summary = problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; '),
) =>
  new errors.ValidationError(summary, {
    errors: problems.map((p) => ({
      path: p.path,
      message: p.message,
      name: 'ValidationError',
      value: p.value ?? null,
    })),
  });
