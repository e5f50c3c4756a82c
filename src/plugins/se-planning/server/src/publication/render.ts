/**
 * The read model's rows, rendered from what was made public and from nothing else: publication records
 * (sources.ts) for programmes, engagement activities and measurements, adopted versions (plan-versions.ts) for
 * plans and results. Pure: the same records always give the same rows, byte for byte, so the read model kept up
 * write by write and one rebuilt from scratch are the same. Each public shape is a whitelist built field by
 * field; what depends on the day of the request (a programme's state) or on other rows (a result's
 * measurements) is added when it is read (public-api/).
 */
import { publicLocales, searchWords, sortKeyOf } from '../../../common/rules/public-query';
import { indicatorKinds, labelOf, planStatuses, programmeKinds } from '../../../common/vocabulary';
import type { Source } from './sources';
import {
  publicVersionOf,
  versionChanges,
  type PlanVersion,
  type PublicIndicator,
  type VersionChanges,
} from './plan-versions';
import type { ReadTableName } from './read-tables';
import { entryNamed } from '../content-types/lookup';

type Row = Record<string, any>;
export type Locale = (typeof publicLocales)[number];

/** One row of a read table: its columns, and for the catalogues its target groups and its search texts. */
export type ReadRow = {
  columns: Record<string, string | number | null>;
  groups?: string[];
  search?: { title: string; body: string };
};
export type Rendered = Partial<Record<ReadTableName, ReadRow[]>>;

const amount = (value: unknown) => (value === null || value === undefined || value === '' ? null : Number(value));
const text = (value: unknown) => (value === null || value === undefined ? null : String(value));
const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);
const day = (value: unknown) => (value ? String(value).slice(0, 10) : null);

/** The record shown for a requested language: its own, else the Latvian one. */
const shownFor = (sources: Source[], locale: Locale) =>
  sources.find((s) => s.own.locale === locale) ?? (locale === 'lv' ? undefined : sources.find((s) => s.own.locale === 'lv'));

/** What both catalogues show of their record. */
function catalogueCommon({ own, linked }: Source, locale: Locale) {
  const municipality = linked.municipality as { slug: string; name: string } | null | undefined;
  return {
    documentId: own.documentId as string,
    slug: own.slug as string,
    locale: own.locale as Locale,
    localeFallback: own.locale !== locale,
    title: own.title as string,
    municipality: municipality ? { slug: municipality.slug, name: municipality.name } : null,
    targetGroups: ((linked.targetGroups ?? []) as Row[]).map((group) => ({
      slug: group.slug as string,
      name: ((locale === 'en' && group.nameEn) || group.name) as string,
    })),
  };
}

/** A support programme as the API answers it, but its `state` (which follows the day: added when read). */
export function programmeAnswer(source: Source, locale: Locale) {
  const { own, linked } = source;
  return {
    ...catalogueCommon(source, locale),
    summary: text(own.summary),
    description: text(own.description),
    kind: { key: own.kind as string, label: labelOf(programmeKinds, own.kind, locale) },
    implementer: text(own.implementer),
    eligibility: text(own.eligibility),
    amountMin: amount(own.amountMin),
    amountMax: amount(own.amountMax),
    totalBudget: amount(own.totalBudget),
    currency: 'EUR',
    opensOn: day(own.opensOn),
    closesOn: day(own.closesOn),
    howToApply: text(own.howToApply),
    websiteUrl: text(own.websiteUrl),
    contactEmail: text(own.contactEmail),
    contactPhone: text(own.contactPhone),
    legalBasis: ((linked.legalBasis ?? []) as Row[]).map((doc) => ({ title: doc.title as string, url: text(doc.url) })),
    publishedAt: iso(own.publishedAt),
  };
}

/** An engagement activity as the API answers it. */
export function activityAnswer(source: Source, locale: Locale) {
  const { own, linked } = source;
  return {
    ...catalogueCommon(source, locale),
    description: text(own.description),
    audience: text(own.audience),
    channels: text(own.channels),
    startsAt: iso(own.startsAt),
    endsAt: iso(own.endsAt),
    timelineNote: text(own.timelineNote),
    place: text(own.place),
    registrationUrl: text(own.registrationUrl),
    responsibleUnit: ((linked.responsibleUnit as Row | null)?.name as string | undefined) ?? null,
    publishedAt: iso(own.publishedAt),
  };
}

/** The words a catalogue item is found by: its title, and its other searchable texts. */
const searchOf = (own: Row, fields: string[]) => ({
  title: searchWords(own[fields[0]]),
  body: fields
    .slice(1)
    .map((field) => searchWords(own[field]))
    .filter(Boolean)
    .join(' '),
});

/** The texts each catalogue is searched in, the title first (the model's `search`). */
const PROGRAMME_SEARCH = entryNamed('support-programme').search!;
const ACTIVITY_SEARCH = entryNamed('engagement-activity').search!;

/** A programme document's rows (one per requested language), from its publication records. */
export function programmeRows(sources: Source[]): ReadRow[] {
  return publicLocales.flatMap((locale) => {
    const source = shownFor(sources, locale);
    if (!source) return [];
    const answer = programmeAnswer(source, locale);
    return [
      {
        columns: {
          document_id: answer.documentId,
          locale,
          slug: answer.slug,
          municipality_slug: answer.municipality?.slug ?? null,
          kind: answer.kind.key,
          opens_on: answer.opensOn,
          closes_on: answer.closesOn,
          offer_amount: answer.amountMax ?? answer.amountMin ?? 0,
          published_at: answer.publishedAt,
          sort_title: sortKeyOf(answer.title),
          groups_key: answer.targetGroups.map((group) => group.slug).join(','),
          // missing last: "~" after every date ascending, "" after every date descending, -1 below every amount
          closes_asc: answer.closesOn ?? '~',
          closes_desc: answer.closesOn ?? '',
          amount_desc: answer.amountMax ?? -1,
          rendered: JSON.stringify(answer),
        },
        groups: answer.targetGroups.map((group) => group.slug),
        search: searchOf(source.own, PROGRAMME_SEARCH),
      },
    ];
  });
}

/** An engagement activity document's rows (one per requested language). */
export function activityRows(sources: Source[]): ReadRow[] {
  return publicLocales.flatMap((locale) => {
    const source = shownFor(sources, locale);
    if (!source) return [];
    const answer = activityAnswer(source, locale);
    return [
      {
        columns: {
          document_id: answer.documentId,
          locale,
          slug: answer.slug,
          municipality_slug: answer.municipality?.slug ?? null,
          starts_at: answer.startsAt,
          ends_at: answer.endsAt,
          sort_title: sortKeyOf(answer.title),
          groups_key: answer.targetGroups.map((group) => group.slug).join(','),
          starts_asc: answer.startsAt ?? '~',
          starts_desc: answer.startsAt ?? '',
          rendered: JSON.stringify(answer),
        },
        groups: answer.targetGroups.map((group) => group.slug),
        search: searchOf(source.own, ACTIVITY_SEARCH),
      },
    ];
  });
}

/** A published measurement (the same in every language). */
export function measurementRows([source]: Source[]): ReadRow[] {
  if (!source) return [];
  const { own, linked } = source;
  const measuredOn = day(own.measuredOn);
  return [
    {
      columns: {
        document_id: own.documentId,
        indicator_document_id: (linked.indicator as Row | null)?.documentId ?? null,
        measured_on: measuredOn,
        rendered: JSON.stringify({
          measuredOn,
          value: amount(own.value),
          qualitativeValue: text(own.qualitativeValue),
        }),
      },
    },
  ];
}

const decisionOf = (version: PlanVersion) => ({
  number: version.councilDecisionNumber,
  date: version.councilDecisionDate,
});

const kindOf = (key: string, locale: Locale) => ({ key, label: labelOf(indicatorKinds, key, locale) });

/** Field changes as the public reads them: an indicator's kind with its label. */
const labelledChanges = (changes: VersionChanges, locale: Locale): VersionChanges => ({
  ...changes,
  indicators: {
    ...changes.indicators,
    changed: changes.indicators.changed.map((item) => ({
      ...item,
      fields: item.fields.map((change) =>
        change.field === 'kind'
          ? { field: 'kind', from: kindOf(change.from as string, locale), to: kindOf(change.to as string, locale) }
          : change,
      ),
    })),
  },
});

/**
 * A plan's public rows from its adopted versions (oldest first): the plan with its versions, each version with
 * what changed against the one before, and the results (indicators) of the latest version.
 */
export function planRows(versions: PlanVersion[], planStatus: string): Rendered {
  if (versions.length === 0) return {};
  const sorted = [...versions].sort((a, b) => a.number - b.number);
  const latest = sorted[sorted.length - 1];
  const { plan } = latest.content;
  const municipality = plan.municipality ? { slug: plan.municipality.slug, name: plan.municipality.name } : null;
  const planOf = (version: PlanVersion) => ({
    documentId: version.content.plan.documentId,
    title: version.content.plan.title,
    summary: version.content.plan.summary,
    periodStartYear: version.content.plan.periodStartYear,
    periodEndYear: version.content.plan.periodEndYear,
    municipality: version.content.plan.municipality
      ? { slug: version.content.plan.municipality.slug, name: version.content.plan.municipality.name }
      : null,
  });
  const publicVersions = sorted.map((version) => publicVersionOf(version.content));
  const latestPublic = publicVersions[publicVersions.length - 1];
  const indicatorAnswer = (indicator: PublicIndicator, locale: Locale) => ({
    documentId: indicator.documentId,
    title: indicator.title,
    kind: kindOf(indicator.kind, locale),
    unit: indicator.unit,
    baseline: indicator.baseline,
    target: indicator.target,
    targetText: indicator.targetText,
    targetDate: indicator.targetDate,
    goal: indicator.goal,
  });

  return {
    plans: publicLocales.map((locale) => ({
      columns: {
        document_id: plan.documentId,
        locale,
        municipality_slug: municipality?.slug ?? null,
        sort_title: sortKeyOf(plan.title),
        rendered: JSON.stringify({
          ...planOf(latest),
          status: { key: planStatus, label: labelOf(planStatuses, planStatus, locale) },
          version: latest.number,
          councilDecision: decisionOf(latest),
          versions: sorted.map((version) => ({ number: version.number, councilDecision: decisionOf(version) })),
        }),
      },
    })),
    planVersions: sorted.flatMap((version, index) =>
      publicLocales.map((locale) => ({
        columns: {
          plan_document_id: plan.documentId,
          number: version.number,
          locale,
          rendered: JSON.stringify({
            plan: planOf(version),
            version: { number: version.number, councilDecision: decisionOf(version) },
            previousVersion: index > 0 ? sorted[index - 1].number : null,
            goals: publicVersions[index].goals,
            indicators: publicVersions[index].indicators.map((indicator) => indicatorAnswer(indicator, locale)),
            changes:
              index > 0 ? labelledChanges(versionChanges(publicVersions[index - 1], publicVersions[index]), locale) : null,
          }),
        },
      })),
    ),
    // a result: an indicator of the latest version, with its plan and the goal it measures; its measurements
    // are added when it is read
    results: latestPublic.indicators.flatMap((indicator, position) =>
      publicLocales.map((locale) => ({
        columns: {
          document_id: indicator.documentId,
          locale,
          plan_document_id: plan.documentId,
          municipality_slug: municipality?.slug ?? null,
          position,
          rendered: JSON.stringify({
            ...indicatorAnswer(indicator, locale),
            municipality,
            plan: {
              documentId: plan.documentId,
              title: plan.title,
              periodStartYear: plan.periodStartYear,
              periodEndYear: plan.periodEndYear,
            },
          }),
        },
      })),
    ),
  };
}
