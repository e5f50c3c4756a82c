/**
 * Results: each adopted plan's goals with their indicators — baseline → target → latest value, progress and a
 * small chart with its table — paged like the API, filtered by municipality.
 */
import type { Plan, Result, SiteData } from '../data';
import { href, renderPage, type View } from '../layout';
import { MunicipalitySelect, Pages, type FormParams } from '../components';
import { byPlan, PlanResults } from '../results-view';

export const resultParams = ['municipality', 'page'] as const;

/** The plans the results on a page belong to (their council decision and version). */
export async function plansOf(data: SiteData, view: View, results: Result[]) {
  const municipalities = [...new Set(results.map((r) => r.municipality?.slug).filter((s): s is string => !!s))];
  if (municipalities.length === 0) return new Map<string, Plan>();
  const plans = await data.plans({ locale: view.locale, municipality: municipalities, pageSize: 100 });
  return new Map(plans.data.map((plan) => [plan.documentId, plan]));
}

export async function resultsPage(view: View, data: SiteData, params: FormParams) {
  const { t, locale } = view;
  const [list, municipalities] = await Promise.all([
    data.results({ locale, municipality: params.municipality, page: params.page?.[0] }),
    data.municipalities(locale),
  ]);
  const plans = await plansOf(data, view, list.data);
  const body = (
    <>
      <h1>{t.resultsTitle}</h1>
      <p className="lead">{t.resultsDescription}</p>
      <form className="filters" method="get" action={href(view, view.page)} aria-label={t.filters}>
        <MunicipalitySelect view={view} municipalities={municipalities} params={params} facets={list.meta.facets} />
        <button type="submit">{t.applyFilters}</button>
      </form>
      <p>
        <strong>{t.foundResults(list.meta.pagination.total)}</strong>
      </p>
      {list.data.length === 0 ? (
        <p>{t.noResults}</p>
      ) : (
        byPlan(list.data).map(([planId, results]) => (
          <PlanResults key={planId} view={view} plan={plans.get(planId)} results={results} headingLevel={2} />
        ))
      )}
      <Pages view={view} pagination={list.meta.pagination} params={params} />
    </>
  );
  return renderPage(view, { title: t.resultsTitle, description: t.resultsDescription }, body);
}
