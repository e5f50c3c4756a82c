/**
 * Engagement activities: upcoming first (from today unless the form asks for other dates), with date, place,
 * audience, and "Pievienot kalendāram" — the iCalendar feed filtered the same way; and an activity's own page,
 * described for search engines as a schema.org Event.
 */
import { rigaToday } from '../../plugins/se-planning/common/programme-state';
import { activitySorts } from '../../plugins/se-planning/common/rules/public-query';
import type { Activity, SiteData } from '../data';
import { Markdown, markdownText } from '../markdown';
import { absolute, href, renderPage, type View } from '../layout';
import { pathOf } from '../paths';
import {
  ActivityCard,
  ActivityWhen,
  FilterActions,
  firstOf,
  Found,
  MunicipalitySelect,
  queryOf,
  SearchField,
  SortSelect,
  TargetGroupBoxes,
  WebLink,
  webUrl,
  type FormParams,
} from '../components';

export const activityParams = ['municipality', 'targetGroup', 'q', 'from', 'to', 'sort', 'page'] as const;

/** The selection the page shows: the form's, from today when it names no dates. */
const selectionOf = (params: FormParams): FormParams =>
  params.from || params.to ? params : { ...params, from: [rigaToday()] };

/** The calendar feed of the same selection (no paging: the feed has every event). */
export function calendarHref(view: View, params: FormParams) {
  const base = new URL(view.publicUrl).pathname.replace(/\/$/, '');
  const { municipality = [], targetGroup = [], q = [], from = [], to = [] } = params;
  const query = queryOf({
    municipality,
    targetGroup,
    q,
    from,
    to,
    ...(view.locale === 'en' ? { locale: ['en'] } : {}),
  });
  return `${base}/api/engagement-activities/calendar.ics${query}`;
}

export async function activitiesPage(view: View, data: SiteData, params: FormParams) {
  const { t, locale } = view;
  const selection = selectionOf(params);
  const [list, municipalities, groups] = await Promise.all([
    data.activities({
      locale,
      municipality: selection.municipality,
      targetGroup: selection.targetGroup,
      q: firstOf(selection, 'q'),
      from: firstOf(selection, 'from'),
      to: firstOf(selection, 'to'),
      sort: firstOf(selection, 'sort'),
      page: firstOf(selection, 'page'),
    }),
    data.municipalities(locale),
    data.targetGroups(locale),
  ]);
  const { facets, pagination } = list.meta;
  const body = (
    <>
      <h1>{t.activitiesTitle}</h1>
      <p className="lead">{t.activitiesDescription}</p>
      <p>
        <a className="button" href={calendarHref(view, selection)} type="text/calendar">
          {t.addToCalendar}
        </a>{' '}
        <span className="muted">{t.addToCalendarHint}</span>
      </p>
      <div className="columns">
        <form className="filters" method="get" action={href(view, view.page)} role="search" aria-label={t.filters}>
          <SearchField view={view} value={firstOf(params, 'q')} />
          <MunicipalitySelect view={view} municipalities={municipalities} params={params} facets={facets} />
          <div className="field-group">
            <label className="field" htmlFor="from">
              {t.from}
            </label>
            <input type="date" id="from" name="from" defaultValue={firstOf(selection, 'from') ?? ''} />
          </div>
          <div className="field-group">
            <label className="field" htmlFor="to">
              {t.to}
            </label>
            <input type="date" id="to" name="to" defaultValue={firstOf(params, 'to') ?? ''} />
          </div>
          <TargetGroupBoxes view={view} groups={groups} params={params} facets={facets} />
          <SortSelect view={view} params={params} sorts={activitySorts} />
          <FilterActions view={view} />
        </form>
        <Found
          view={view}
          found={t.foundActivities(pagination.total)}
          items={list.data}
          pagination={pagination}
          params={params}
          note={!params.from && !params.to && <p className="muted">{t.upcomingFirst}</p>}
        >
          {(activity) => <ActivityCard key={activity.documentId} view={view} activity={activity} level={3} />}
        </Found>
      </div>
    </>
  );
  return renderPage(view, { title: t.activitiesTitle, description: t.activitiesDescription }, body);
}

/** schema.org Event (only for an activity with a date: an Event needs its start). */
function event(view: View, activity: Activity) {
  const start = activity.startsAt ?? activity.endsAt;
  if (!start) return undefined;
  const organizer = activity.municipality && { '@type': 'GovernmentOrganization', name: activity.municipality.name };
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: activity.title,
    description: markdownText(activity.description) ?? undefined,
    url: absolute(view.publicUrl, pathOf({ kind: 'activity', slug: activity.slug, locale: view.locale })),
    inLanguage: activity.locale,
    startDate: start,
    ...(activity.endsAt ? { endDate: activity.endsAt } : {}),
    eventStatus: 'https://schema.org/EventScheduled',
    ...(activity.place
      ? {
          eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
          location: { '@type': 'Place', name: activity.place, address: activity.place },
        }
      : {}),
    ...(organizer ? { organizer } : {}),
    ...(activity.audience ? { audience: { '@type': 'Audience', audienceType: activity.audience } } : {}),
    isAccessibleForFree: true,
    ...(webUrl(activity.registrationUrl)
      ? { offers: { '@type': 'Offer', url: webUrl(activity.registrationUrl), price: 0, priceCurrency: 'EUR' } }
      : {}),
  };
}

export async function activityPage(view: View, data: SiteData, slug: string) {
  const { t, locale } = view;
  const { data: activity } = await data.activity(slug, locale);
  const lang = activity.locale !== locale ? activity.locale : undefined;
  const body = (
    <article>
      <p>
        <a href={href(view, { kind: 'section', section: 'activities', locale })}>{t.backToActivities}</a>
      </p>
      <h1 lang={lang}>{activity.title}</h1>
      {activity.localeFallback && <p className="notice">{t.translationMissing}</p>}
      <div lang={lang}>
        <dl className="facts">
          <dt>{t.when}</dt>
          <dd>
            <ActivityWhen view={view} activity={activity} />
          </dd>
          {activity.place && (
            <>
              <dt>{t.place}</dt>
              <dd>{activity.place}</dd>
            </>
          )}
          {activity.audience && (
            <>
              <dt>{t.audience}</dt>
              <dd>{activity.audience}</dd>
            </>
          )}
          {activity.channels && (
            <>
              <dt>{t.channels}</dt>
              <dd>{activity.channels}</dd>
            </>
          )}
          {activity.municipality && (
            <>
              <dt>{t.municipality}</dt>
              <dd>
                <a href={href(view, { kind: 'municipality', slug: activity.municipality.slug, locale })}>
                  {activity.municipality.name}
                </a>
              </dd>
            </>
          )}
          {activity.responsibleUnit && (
            <>
              <dt>{t.organiser}</dt>
              <dd>{activity.responsibleUnit}</dd>
            </>
          )}
          {activity.targetGroups.length > 0 && (
            <>
              <dt>{t.targetGroups}</dt>
              <dd>{activity.targetGroups.map((group) => group.name).join(', ')}</dd>
            </>
          )}
        </dl>
        {activity.description && (
          <section aria-labelledby="apraksts">
            <h2 id="apraksts">{t.description}</h2>
            <Markdown text={activity.description} />
          </section>
        )}
        {webUrl(activity.registrationUrl) && (
          <p>
            <WebLink url={activity.registrationUrl}>{t.register}</WebLink>
          </p>
        )}
        {activity.municipality && (
          <p>
            <a href={calendarHref(view, { municipality: [activity.municipality.slug], from: [rigaToday()] })}>
              {t.addToCalendar}
            </a>{' '}
            <span className="muted">({activity.municipality.name})</span>
          </p>
        )}
      </div>
    </article>
  );
  return renderPage(
    view,
    {
      title: activity.title,
      description: (markdownText(activity.description) ?? t.activitiesDescription).slice(0, 300),
      jsonLd: event(view, activity),
      ogType: 'article',
    },
    body,
  );
}
