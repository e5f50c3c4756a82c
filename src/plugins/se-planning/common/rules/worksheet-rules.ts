/**
 * The business rules of every worksheet row and public item, one zod schema per content type
 * (keyed by singular name). They run on the record as stored (relations the rule needs are
 * populated), so a partial update is judged on its result. `warnings` never block a save.
 */
import type { ModelName } from '../model-names';
import { z } from 'zod';
import {
  cooperationTypes,
  keysOf,
  needInformationSources,
  otherChoice,
  resourceSubtypes,
  resourceGroups,
  subtypeInGroup,
} from '../vocabulary';
import {
  blank,
  checkOrder,
  dateMessages,
  datesOutsidePeriod,
  isExistingDay,
  issue,
  optionalAmount,
  optionalUrl,
  toNumber,
  type Issue,
  type PlanPeriod,
} from './primitives';

type Row = Record<string, unknown> & { plan?: PlanPeriod };

export type RowRule = {
  schema: z.ZodType;
  /** Relations the rule reads (populated before checking). */
  reads?: Record<string, true | { populate: Record<string, true> }>;
  warnings?: (row: Row) => Issue[];
};

const row = <S extends z.ZodRawShape>(shape: S = {} as S) => z.looseObject(shape);

const plan: RowRule = {
  schema: row({ periodStartYear: z.number().int(), periodEndYear: z.number().int() }).superRefine((p, ctx) => {
    if (p.periodEndYear < p.periodStartYear) {
      issue(ctx, 'periodEndYear', 'Plāna perioda beigu gads nevar būt agrāks par sākuma gadu');
    }
  }),
};

const risk: RowRule = {
  schema: row({
    preventiveMeasures: z.string().nullish(),
    reactiveAction: z.string().nullish(),
  }).superRefine((r, ctx) => {
    if (r.level !== 'medium' && r.level !== 'high') return;
    const level = r.level === 'high' ? 'augsta' : 'vidēja';
    if (blank(r.preventiveMeasures)) {
      issue(ctx, 'preventiveMeasures', `Riskam ar ${level} līmeni jānorāda preventīvie pasākumi`);
    }
    if (blank(r.reactiveAction)) {
      issue(ctx, 'reactiveAction', `Riskam ar ${level} līmeni jānorāda reaktīvā rīcība un atbildīgais`);
    }
  }),
};

const urlOnly = (...fields: string[]): RowRule => ({
  schema: row(Object.fromEntries(fields.map((field) => [field, optionalUrl]))),
});

/**
 * "Cits (precizēt)" of an open list (#2, #5): the text beside the list says what it is. Required when `other`
 * is chosen; refused when it is not, so no stray text describes a choice the row does not make.
 */
function otherSpecified(ctx: z.RefinementCtx, chosen: boolean, text: unknown, field: string, what: string) {
  if (chosen && blank(text)) {
    issue(ctx, field, `Izvēlēts "${otherChoice.lv}": jānorāda, kāds ${what}`);
  } else if (!chosen && !blank(text)) {
    issue(ctx, field, `Precizējums norādāms tikai tad, ja izvēlēts "${otherChoice.lv}"`);
  }
}

const cooperationModel: RowRule = {
  schema: row({
    cooperationTypes: z
      .array(z.enum(keysOf(cooperationTypes), { message: 'Nezināms sadarbības veids' }), {
        message: 'Sadarbības veidiem jābūt sarakstam',
      })
      .min(1, 'Jānorāda vismaz viens sadarbības veids')
      .refine((types) => new Set(types).size === types.length, 'Sadarbības veids atkārtojas'),
    cooperationTypeOther: z.string().nullish(),
  }).superRefine((m, ctx) =>
    otherSpecified(
      ctx,
      m.cooperationTypes.includes('other'),
      m.cooperationTypeOther,
      'cooperationTypeOther',
      'ir šis sadarbības veids',
    ),
  ),
};

const need: RowRule = {
  schema: row({
    informationSources: z
      .array(z.enum(keysOf(needInformationSources), { message: 'Nezināms informācijas avots' }))
      .nullish(),
  }),
};

const resource: RowRule = {
  schema: row({
    group: z.enum(keysOf(resourceGroups)),
    subtype: z.enum(keysOf(resourceSubtypes)),
    resourceTypeOther: z.string().nullish(),
    annualAmountEur: optionalAmount,
  }).superRefine((r, ctx) => {
    if (!subtypeInGroup(r.subtype, r.group)) {
      issue(ctx, 'subtype', `Resursa veids neietilpst grupā "${resourceGroups[r.group].lv}"`);
    }
    otherSpecified(ctx, r.subtype === 'other', r.resourceTypeOther, 'resourceTypeOther', 'ir šis resursa veids');
  }),
};

const supportGiven: RowRule = { schema: row({ amountEur: optionalAmount }) };

const deadlineInPeriod: RowRule = {
  schema: row(),
  reads: { plan: true },
  warnings: (r) => datesOutsidePeriod(r, r.plan, ['deadline']),
};

const activity: RowRule = {
  schema: row({ budgetEur: optionalAmount }).superRefine((a, ctx) =>
    checkOrder(ctx, a, 'startsOn', 'endsOn', 'Aktivitātes beigu datums nevar būt agrāks par sākuma datumu'),
  ),
  reads: { plan: true },
  warnings: (a) => datesOutsidePeriod(a, a.plan, ['startsOn', 'endsOn']),
};

const indicator: RowRule = {
  schema: row().superRefine((i, ctx) => {
    if (!i.goal && !i.task && !i.activity) {
      issue(ctx, 'goal', 'Rādītājam jābūt piesaistītam mērķim, uzdevumam vai aktivitātei');
    }
    if (i.kind === 'quantitative' && !blank(i.target) && Number.isNaN(toNumber(i.target))) {
      issue(ctx, 'target', 'Kvantitatīvā rādītāja mērķvērtībai jābūt skaitlim');
    }
  }),
  reads: { goal: true, task: true, activity: true, plan: true },
  warnings: (i) => datesOutsidePeriod(i, i.plan, ['targetDate']),
};

const measurement: RowRule = {
  schema: row().superRefine((m, ctx) => {
    const kind = (m.indicator as { kind?: string } | null)?.kind;
    if (kind === 'quantitative') {
      const value = toNumber(m.value);
      if (value === null || Number.isNaN(value)) {
        issue(ctx, 'value', 'Kvantitatīvā rādītāja mērījumam jābūt skaitlim');
      }
    } else if (kind === 'qualitative' && blank(m.qualitativeValue) && blank(m.value)) {
      issue(ctx, 'qualitativeValue', 'Kvalitatīvā rādītāja mērījumam jānorāda sasniegtais rezultāts');
    }
  }),
  reads: { indicator: true, plan: true },
  warnings: (m) => datesOutsidePeriod(m, m.plan, ['measuredOn']),
};

const engagementActivity: RowRule = {
  schema: row({ registrationUrl: optionalUrl }).superRefine((e, ctx) =>
    checkOrder(ctx, e, 'startsAt', 'endsAt', 'Aktivitātes beigas nevar būt agrākas par sākumu'),
  ),
  reads: { plan: true },
  warnings: (e) => datesOutsidePeriod(e, e.plan, ['startsAt', 'endsAt']),
};

const supportProgramme: RowRule = {
  schema: row({
    amountMin: optionalAmount,
    amountMax: optionalAmount,
    totalBudget: optionalAmount,
    websiteUrl: optionalUrl,
  }).superRefine((p, ctx) => {
    checkOrder(ctx, p, 'opensOn', 'closesOn', 'Pieteikšanās beigu datums nevar būt agrāks par sākuma datumu');
    const min = toNumber(p.amountMin);
    const max = toNumber(p.amountMax);
    const total = toNumber(p.totalBudget);
    if (min !== null && max !== null && max < min) {
      issue(ctx, 'amountMax', 'Maksimālā summa nevar būt mazāka par minimālo');
    }
    if (max !== null && total !== null && max > total) {
      issue(ctx, 'amountMax', 'Maksimālā summa vienam pretendentam nevar pārsniegt kopējo budžetu');
    }
  }),
};

export const worksheetRules: Partial<Record<ModelName, RowRule>> = {
  plan,
  municipality: urlOnly('website'),
  organisation: urlOnly('website'),
  'policy-document': urlOnly('url'),
  'cooperation-model': cooperationModel,
  need,
  resource,
  'support-given': supportGiven,
  goal: deadlineInPeriod,
  task: deadlineInPeriod,
  activity,
  indicator,
  measurement,
  'engagement-activity': engagementActivity,
  risk,
  'support-programme': supportProgramme,
};

/**
 * The date and date-time fields of every type (tests/output-safety-units.test.ts holds it to the model). A day that
 * does not exist (2027-02-30) is refused naming the field, where Strapi's own parsing would answer "Invalid date"
 * without saying which.
 */
export const calendarFields = {
  plan: ['councilDecisionDate'],
  'policy-document': ['issuedOn'],
  goal: ['deadline'],
  task: ['deadline'],
  activity: ['startsOn', 'endsOn'],
  indicator: ['targetDate'],
  measurement: ['measuredOn'],
  'partnership-step': ['doneOn'],
  'engagement-activity': ['startsAt', 'endsAt'],
  'monitoring-activity': ['deadline'],
  'support-programme': ['opensOn', 'closesOn'],
  'review-event': ['at'],
} satisfies Partial<Record<ModelName, string[]>>;

/**
 * Days that do not exist among a type's date fields: on a write's input (before the database parses it), on a
 * form's values, and on a stored row (where Strapi's parsing has already refused them, so it finds none).
 */
export function nonexistentDates(type: ModelName, record: Record<string, unknown>): Issue[] {
  const fields: readonly string[] = (calendarFields as Partial<Record<ModelName, readonly string[]>>)[type] ?? [];
  return fields
    .filter((field) => !isExistingDay(record[field]))
    .map((field) => ({ path: [field], message: dateMessages.nonexistent }));
}

/**
 * What a write's input cannot carry into the database, whatever the type: a day that does not exist, and a NUL
 * character (PostgreSQL refuses to store it). Checked before the write, so the error names the field.
 */
export function inputIssues(type: ModelName, data: Record<string, unknown>): Issue[] {
  const nul = Object.entries(data)
    .filter(([, value]) => typeof value === 'string' && value.includes('\u0000'))
    .map(([field]) => ({ path: [field], message: 'Tekstā ir neatļauta rakstzīme (NUL)' }));
  return [...nul, ...nonexistentDates(type, data)];
}

export type RuleResult = { errors: Issue[]; warnings: Issue[] };

/** Checks one row; the same call serves the server guard and the admin forms. */
export function checkRow(type: ModelName, record: Row): RuleResult {
  const dates = nonexistentDates(type, record);
  const rule = worksheetRules[type];
  if (!rule) return { errors: dates, warnings: [] };
  const parsed = rule.schema.safeParse(record);
  const errors = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message }));
  return { errors: [...dates, ...errors], warnings: rule.warnings ? rule.warnings(record) : [] };
}
