/** Shared by the public services: parameter checking (400 naming the parameter) and pages. */
import { errors } from '@strapi/utils';
import type { z } from 'zod';
import { queryIssues } from '../../../common/rules/public-query';

/** A query (or, with `name`, one path parameter) as its schema reads it; else a 400 naming the parameter. */
export function parseQuery<T>(schema: z.ZodType, query: unknown, name?: string): T {
  const parsed = schema.safeParse(query ?? {});
  if (parsed.success) return parsed.data as T;
  const issues = queryIssues(parsed.error).map((issue) => (name ? { ...issue, path: [name] } : issue));
  throw new errors.ValidationError(issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), {
    errors: issues.map((i) => ({ ...i, name: 'ValidationError' })),
  });
}

export function paginate<T>(items: T[], { page, pageSize }: { page: number; pageSize: number }) {
  return {
    data: items.slice((page - 1) * pageSize, page * pageSize),
    pagination: { page, pageSize, pageCount: Math.ceil(items.length / pageSize), total: items.length },
  };
}
