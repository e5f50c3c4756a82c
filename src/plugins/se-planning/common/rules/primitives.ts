/** Building blocks shared by the rule sets: field shapes and the messages editors see. */
import { z } from 'zod';

export type Issue = { path: string[]; message: string };

export const blank = (value: unknown) => value === null || value === undefined || String(value).trim() === '';

/**
 * Characters no URL may carry: every C0 and C1 control (CR, LF, TAB, NUL, NEL…), DEL, whitespace (spaces, the
 * Unicode line and paragraph separators) and invisible format characters (zero-width spaces, direction marks).
 * The WHATWG URL parser silently drops TAB, CR and LF, so `new URL()` alone would accept
 * `https://x.lv/a\r\nATTACH:…`, and the stored text, not the parsed URL, is what the API and the calendar
 * feed give out.
 */
const UNSAFE_IN_URL = /[\u0000-\u001f\u007f-\u009f\s\p{Cf}]/u;

export const hasUnsafeUrlCharacters = (value: string) => UNSAFE_IN_URL.test(value);

/** An absolute http(s) URL with a dotted host name and nothing a reader could take for a line break or a gap. */
export const isHttpUrl = (value: string) => {
  if (hasUnsafeUrlCharacters(value)) return false;
  try {
    const parsed = new URL(value);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname.includes('.');
  } catch {
    return false;
  }
};

export const urlMessages = {
  unsafe: 'Saitē nedrīkst būt atstarpju, tabulāciju, rindu pārnesumu vai citu vadības rakstzīmju',
  malformed: 'Nederīga saite: jānorāda pilna adrese, kas sākas ar http:// vai https://',
} as const;

/**
 * Optional http(s) URL; empty strings count as "not given", and spaces typed around it are tolerated. Control
 * characters anywhere and whitespace inside are refused with their own message, naming the field.
 */
export const optionalUrl = z
  .string()
  .nullish()
  .superRefine((value, ctx) => {
    const text = (value ?? '').replace(/^ +| +$/g, '');
    if (text === '') return;
    if (hasUnsafeUrlCharacters(text)) ctx.addIssue({ code: 'custom', message: urlMessages.unsafe });
    else if (!isHttpUrl(text)) ctx.addIssue({ code: 'custom', message: urlMessages.malformed });
  });

/**
 * A calendar day that exists: `YYYY-MM-DD` (or the date part of a date-time) naming a real day, so 2027-02-30,
 * 2027-13-01 and 2026-02-29 are refused and 2028-02-29 passes. (`Date.parse` would roll 2027-02-30 into March.)
 */
export function isCalendarDate(value: string) {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?=$|[T ])/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const dateMessages = {
  format: 'Datums formātā GGGG-MM-DD',
  nonexistent: 'Nederīgs datums: tādas dienas kalendārā nav',
} as const;

/**
 * A date or date-time value as a write gives it: a Date or a timestamp, or a string whose day exists (and, for a
 * date-time, that parses). Anything else is for Strapi's own parsing to refuse; this only catches days that do not
 * exist, which would otherwise be refused without naming the field.
 */
export function isExistingDay(value: unknown) {
  if (typeof value !== 'string') return true;
  const text = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return true;
  if (!isCalendarDate(text)) return false;
  return text.length === 10 || !Number.isNaN(Date.parse(text));
}

/** Decimal columns come back as numbers or numeric strings depending on the database. */
export const toNumber = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : NaN;
};

export const optionalAmount = z
  .union([z.number(), z.string()])
  .nullish()
  .refine((value) => !Number.isNaN(toNumber(value)), { message: 'Summai jābūt skaitlim' })
  .refine((value) => (toNumber(value) ?? 0) >= 0, { message: 'Summa nevar būt negatīva' });

/** Milliseconds since epoch of a date/datetime value, or null. */
export const toTime = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const time = value instanceof Date ? value.getTime() : Date.parse(String(value));
  return Number.isNaN(time) ? null : time;
};

export const issue = (ctx: z.RefinementCtx, path: string, message: string) =>
  ctx.addIssue({ code: 'custom', path: [path], message });

/** "end before start" for a pair of date fields. */
export function checkOrder(
  ctx: z.RefinementCtx,
  record: Record<string, unknown>,
  startField: string,
  endField: string,
  message: string,
) {
  const start = toTime(record[startField]);
  const end = toTime(record[endField]);
  if (start !== null && end !== null && end < start) issue(ctx, endField, message);
}

export type PlanPeriod = { periodStartYear?: number | null; periodEndYear?: number | null } | null | undefined;

/** Warnings (never errors) for dates outside the plan period. */
export function datesOutsidePeriod(record: Record<string, unknown>, plan: PlanPeriod, fields: string[]): Issue[] {
  if (!plan?.periodStartYear || !plan?.periodEndYear) return [];
  const from = Date.UTC(plan.periodStartYear, 0, 1);
  const to = Date.UTC(plan.periodEndYear, 11, 31, 23, 59, 59);
  return fields
    .filter((field) => {
      const time = toTime(record[field]);
      return time !== null && (time < from || time > to);
    })
    .map((field) => ({
      path: [field],
      message: `Datums ir ārpus plāna perioda (${plan.periodStartYear}–${plan.periodEndYear})`,
    }));
}
