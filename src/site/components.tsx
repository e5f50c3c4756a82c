/** The pieces the pages share: texts, amounts, dates, state badges, the filter form's fields, paging, cards. */
import type { ReactNode } from 'react';
import { dateText, periodText } from './messages';
import { href, type View } from './layout';
import type { Activity, Facets, Pagination, Programme } from './data';

/** The form's parameters as the page reads them: each one a list of non-empty values. */
export type FormParams = Record<string, string[]>;

/** A query string of the given parameters (repeated names for lists), `page` last. */
export function queryOf(params: FormParams, changes: Record<string, string | undefined> = {}) {
  const search = new URLSearchParams();
  const merged: FormParams = { ...params };
  for (const [name, value] of Object.entries(changes)) merged[name] = value === undefined ? [] : [value];
  for (const [name, values] of Object.entries(merged))
    if (name !== 'page') values.forEach((v) => search.append(name, v));
  for (const value of merged.page ?? []) if (value !== '1') search.append('page', value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** A text as paragraphs (blank lines between paragraphs, line breaks kept). */
export function Paragraphs({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph, index) => (
          <p key={index}>
            {paragraph.split('\n').map((line, n) => (
              <span key={n}>
                {n > 0 && <br />}
                {line}
              </span>
            ))}
          </p>
        ))}
    </>
  );
}

export const money = (view: View, value: number | null) => (value === null ? null : view.t.currency(value));

/** The programme's state in words, with a frame (never colour alone). */
export const StateBadge = ({ state }: { state: Programme['state'] }) => (
  <span className={`badge ${state.key}`}>{state.label}</span>
);

export function ApplicationWindow({ view, programme }: { view: View; programme: Programme }) {
  const { t, locale } = view;
  const { opensOn, closesOn } = programme;
  if (!opensOn && !closesOn) return <>{t.noWindow}</>;
  return (
    <>
      {opensOn && (
        <>
          {t.opens} <time dateTime={opensOn}>{dateText(opensOn, locale)}</time>
        </>
      )}
      {opensOn && closesOn && ', '}
      {closesOn && (
        <>
          {t.closes} <time dateTime={closesOn}>{dateText(closesOn, locale)}</time>
        </>
      )}
    </>
  );
}

export function amountText(view: View, programme: Programme) {
  // "from 0" says nothing: only the maximum then
  const min = programme.amountMin ? money(view, programme.amountMin) : null;
  const max = money(view, programme.amountMax);
  return min || max ? view.t.amountRange(min, max) : null;
}

/** When an activity takes place: its dates (and times), or that they are still to be announced. */
export function ActivityWhen({ view, activity }: { view: View; activity: Activity }) {
  const { startsAt, endsAt } = activity;
  if (!startsAt && !endsAt) return <>{activity.timelineNote ?? view.t.timeToBeAnnounced}</>;
  const start = startsAt ?? endsAt!;
  return (
    <time dateTime={start}>
      {startsAt && endsAt && endsAt > startsAt
        ? periodText(startsAt, endsAt, view.locale)
        : dateText(start, view.locale, true)}
    </time>
  );
}

export function ProgrammeCard({ view, programme, level = 2 }: { view: View; programme: Programme; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const amount = amountText(view, programme);
  return (
    <li className="card">
      <Heading>
        <a href={href(view, { kind: 'programme', slug: programme.slug, locale: view.locale })}>{programme.title}</a>
      </Heading>
      <ul className="meta">
        <li>
          <StateBadge state={programme.state} />
        </li>
        <li>{programme.kind.label}</li>
        {programme.municipality && <li>{programme.municipality.name}</li>}
        <li>
          {programme.opensOn || programme.closesOn ? `${view.t.applicationWindow}: ` : ''}
          <ApplicationWindow view={view} programme={programme} />
        </li>
        {amount && <li>{amount}</li>}
      </ul>
      {programme.summary && <p>{programme.summary}</p>}
    </li>
  );
}

export function ActivityCard({ view, activity, level = 2 }: { view: View; activity: Activity; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <li className="card">
      <Heading>
        <a href={href(view, { kind: 'activity', slug: activity.slug, locale: view.locale })}>{activity.title}</a>
      </Heading>
      <ul className="meta">
        <li>
          <ActivityWhen view={view} activity={activity} />
        </li>
        {activity.place && <li>{activity.place}</li>}
        {activity.municipality && <li>{activity.municipality.name}</li>}
      </ul>
      {activity.audience && (
        <p>
          {view.t.audience}: {activity.audience}
        </p>
      )}
    </li>
  );
}

export type Option = { value: string; label: string };

/** A fixed list as checkboxes, each with how many items it would leave ("Grants (12)"). */
export function Checkboxes({
  name,
  legend,
  options,
  checked,
  counts,
}: {
  name: string;
  legend: string;
  options: Option[];
  checked: string[];
  counts?: Record<string, number>;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((option) => {
        const id = `${name}-${option.value}`;
        return (
          <div className="check" key={option.value}>
            <input
              type="checkbox"
              id={id}
              name={name}
              value={option.value}
              defaultChecked={checked.includes(option.value)}
            />
            <label htmlFor={id}>
              {option.label}
              {counts && ` (${counts[option.value] ?? 0})`}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

export function Select({
  name,
  label,
  options,
  value,
  empty,
}: {
  name: string;
  label: string;
  options: Option[];
  value: string | undefined;
  empty?: string;
}) {
  return (
    <div className="field-group">
      <label className="field" htmlFor={name}>
        {label}
      </label>
      <select id={name} name={name} defaultValue={value ?? ''}>
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function SearchField({ view, value }: { view: View; value: string | undefined }) {
  return (
    <div className="field-group">
      <label className="field" htmlFor="q">
        {view.t.search}
      </label>
      <span className="hint" id="q-hint">
        {view.t.searchHint}
      </span>
      <input type="search" id="q" name="q" defaultValue={value ?? ''} aria-describedby="q-hint" maxLength={100} />
    </div>
  );
}

/** The counts of a facet, for its options. */
export const countsOf = (facets: Facets, name: string) => facets[name] ?? {};

/** Page links: first, the pages around this one, last; previous and next. */
export function Pages({ view, pagination, params }: { view: View; pagination: Pagination; params: FormParams }) {
  const { page, pageCount } = pagination;
  if (pageCount <= 1) return null;
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])]
    .filter((n) => n >= 1 && n <= pageCount)
    .sort((a, b) => a - b);
  const link = (n: number) => `${href(view, view.page)}${queryOf(params, { page: String(n) })}`;
  const items: ReactNode[] = [];
  if (page > 1)
    items.push(
      <li key="prev">
        <a href={link(page - 1)} rel="prev">
          {view.t.previous}
        </a>
      </li>,
    );
  shown.forEach((n, index) => {
    if (index > 0 && n - shown[index - 1] > 1)
      items.push(
        <li key={`gap-${n}`} aria-hidden="true">
          <span>…</span>
        </li>,
      );
    items.push(
      <li key={n}>
        <a href={link(n)} aria-label={view.t.page(n)} aria-current={n === page ? 'page' : undefined}>
          {n}
        </a>
      </li>,
    );
  });
  if (page < pageCount)
    items.push(
      <li key="next">
        <a href={link(page + 1)} rel="next">
          {view.t.next}
        </a>
      </li>,
    );
  return (
    <nav className="pages" aria-label={`${view.t.pagination}: ${view.t.pageOf(page, pageCount)}`}>
      <ul>{items}</ul>
    </nav>
  );
}

/** A link address taken from content: only web addresses (never `javascript:` or `data:`); else null. */
export function webUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/** A link to a web address from content, or the text alone when it is not one. */
export const WebLink = ({ url, children }: { url: string | null | undefined; children?: ReactNode }) => {
  const safe = webUrl(url);
  return safe ? <a href={safe}>{children ?? url}</a> : <>{children ?? url}</>;
};

/** The first value of a form parameter. */
export const firstOf = (params: FormParams, name: string) => params[name]?.[0];

/** Cards of programmes or events, or the words for none. */
export function CardList<T extends { documentId: string }>({
  items,
  none,
  ordered = false,
  children,
}: {
  items: T[];
  none: string;
  ordered?: boolean;
  children: (item: T) => ReactNode;
}) {
  if (items.length === 0) return <p>{none}</p>;
  const List = ordered ? 'ol' : 'ul';
  return <List className="cards">{items.map(children)}</List>;
}

/** A list page's answer: how many were found (a heading for screen readers), the cards, the pages. */
export function Found<T extends { documentId: string }>({
  view,
  found,
  items,
  pagination,
  params,
  note,
  children,
}: {
  view: View;
  found: string;
  items: T[];
  pagination: Pagination;
  params: FormParams;
  note?: ReactNode;
  children: (item: T) => ReactNode;
}) {
  return (
    <section aria-labelledby="atrastie">
      <h2 id="atrastie" className="visually-hidden">
        {found}
      </h2>
      <p aria-hidden="true">
        <strong>{found}</strong>
      </p>
      {note}
      <CardList items={items} none={view.t.noneFound} ordered>
        {children}
      </CardList>
      <Pages view={view} pagination={pagination} params={params} />
    </section>
  );
}

/** The filter form's shared fields: the municipality (with its count), the target groups, the sort, the buttons. */
export const MunicipalitySelect = ({
  view,
  municipalities,
  params,
  facets,
}: {
  view: View;
  municipalities: { slug: string; name: string }[];
  params: FormParams;
  facets: Facets;
}) => {
  const counts = countsOf(facets, 'municipality');
  return (
    <Select
      name="municipality"
      label={view.t.municipality}
      value={firstOf(params, 'municipality')}
      empty={view.t.allMunicipalities}
      options={municipalities.map((m) => ({ value: m.slug, label: `${m.name} (${counts[m.slug] ?? 0})` }))}
    />
  );
};

export const TargetGroupBoxes = ({
  view,
  groups,
  params,
  facets,
}: {
  view: View;
  groups: { slug: string; name: string }[];
  params: FormParams;
  facets: Facets;
}) => (
  <Checkboxes
    name="targetGroup"
    legend={view.t.targetGroup}
    options={groups.map((group) => ({ value: group.slug, label: group.name }))}
    checked={params.targetGroup ?? []}
    counts={countsOf(facets, 'targetGroup')}
  />
);

export const SortSelect = ({
  view,
  params,
  sorts,
}: {
  view: View;
  params: FormParams;
  sorts: readonly (keyof View['t']['sorts'])[];
}) => (
  <Select
    name="sort"
    label={view.t.sort}
    value={firstOf(params, 'sort')}
    empty={view.t.sorts.relevance}
    options={sorts.map((sort) => ({ value: sort, label: view.t.sorts[sort] }))}
  />
);

export const FilterActions = ({ view }: { view: View }) => (
  <div className="actions">
    <button type="submit">{view.t.applyFilters}</button>
    <a href={href(view, view.page)}>{view.t.clearFilters}</a>
  </div>
);
