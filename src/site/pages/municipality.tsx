/** A municipality's page: its current support programmes, upcoming activities and its plans' results together. */
import { errors } from '@strapi/utils';
import { rigaToday } from '../../plugins/se-planning/common/programme-state';
import type { SiteData } from '../data';
import { href, renderPage, type View } from '../layout';
import { ActivityCard, CardList, ProgrammeCard, queryOf, WebLink } from '../components';
import { byPlan, PlanResults } from '../results-view';
import { plansOf } from './results';
import { calendarHref } from './activities';

const SHOWN = 10;
/** The results shown here (without their charts: the results page has them, and the rest). */
const RESULTS_SHOWN = 30;

export async function municipalityPage(view: View, data: SiteData, slug: string) {
  const { t, locale } = view;
  const municipality = (await data.municipalities(locale)).find((m) => m.slug === slug);
  if (!municipality) throw new errors.NotFoundError('Pašvaldība nav atrasta');
  const only = { municipality: [slug] };
  const [programmes, activities, results] = await Promise.all([
    data.programmes({ locale, ...only, state: ['open', 'upcoming', 'ongoing'], pageSize: SHOWN }),
    data.activities({ locale, ...only, from: rigaToday(), pageSize: SHOWN }),
    data.results({ locale, ...only, pageSize: RESULTS_SHOWN }),
  ]);
  const plans = await plansOf(data, view, results.data);
  const section = (page: 'programmes' | 'activities' | 'results') =>
    href(view, { kind: 'section', section: page, locale });
  const body = (
    <>
      <h1>{municipality.name}</h1>
      <p className="lead">{t.municipalityLead(municipality.name)}</p>
      <ul className="meta">
        {municipality.region && (
          <li>
            {t.region}: {municipality.region.label}
          </li>
        )}
        {municipality.website && (
          <li>
            <WebLink url={municipality.website}>{t.municipalityWebsite}</WebLink>
          </li>
        )}
      </ul>
      <section aria-labelledby="programmas">
        <h2 id="programmas">{t.programmesHere}</h2>
        <CardList items={programmes.data} none={t.nothingOpen}>
          {(programme) => <ProgrammeCard key={programme.documentId} view={view} programme={programme} level={3} />}
        </CardList>
        <p>
          <a href={`${section('programmes')}${queryOf(only)}`}>{t.allProgrammes}</a>
        </p>
      </section>
      <section aria-labelledby="pasakumi">
        <h2 id="pasakumi">{t.activitiesHere}</h2>
        <CardList items={activities.data} none={t.nothingUpcoming}>
          {(activity) => <ActivityCard key={activity.documentId} view={view} activity={activity} level={3} />}
        </CardList>
        <p className="actions">
          <a href={`${section('activities')}${queryOf(only)}`}>{t.allActivities}</a>
          <a href={calendarHref(view, { ...only, from: [rigaToday()] })}>{t.addToCalendar}</a>
        </p>
      </section>
      <section aria-labelledby="rezultati">
        <h2 id="rezultati">{t.resultsHere}</h2>
        {results.data.length === 0 ? (
          <p>{t.noResults}</p>
        ) : (
          byPlan(results.data).map(([planId, rows]) => (
            <PlanResults key={planId} view={view} plan={plans.get(planId)} results={rows} headingLevel={3} compact />
          ))
        )}
        {results.data.length > 0 && (
          <p>
            <a href={`${section('results')}${queryOf(only)}`}>{t.seeAllResults(results.meta.pagination.total)}</a>
          </p>
        )}
      </section>
    </>
  );
  return renderPage(view, { title: municipality.name, description: t.municipalityLead(municipality.name) }, body);
}
