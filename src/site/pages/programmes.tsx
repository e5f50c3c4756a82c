/**
 * Support programmes: the catalogue with the API's filters as a plain GET form (facet counts beside every
 * choice), sorted and paged like the API; and a programme's own page with who may apply, amounts, the application
 * window and its state, how to apply, contacts and legal basis, described for search engines as a
 * schema.org GovernmentService.
 */
import { programmeSorts } from '../../plugins/se-planning/common/rules/public-query';
import { keysOf, labelOf, programmeKinds, programmeStates } from '../../plugins/se-planning/common/vocabulary';
import type { Programme, SiteData } from '../data';
import { Markdown, markdownText } from '../markdown';
import { absolute, href, renderPage, type View } from '../layout';
import { dateText } from '../messages';
import { pathOf } from '../paths';
import {
  amountText,
  ApplicationWindow,
  Checkboxes,
  countsOf,
  FilterActions,
  firstOf,
  Found,
  money,
  MunicipalitySelect,
  Paragraphs,
  ProgrammeCard,
  SearchField,
  SortSelect,
  StateBadge,
  TargetGroupBoxes,
  WebLink,
  webUrl,
  type FormParams,
} from '../components';

/** The catalogue's form parameters (the API's names; the language is the page's). */
export const programmeParams = ['municipality', 'kind', 'targetGroup', 'state', 'q', 'sort', 'page'] as const;

export async function programmesPage(view: View, data: SiteData, params: FormParams) {
  const { t, locale } = view;
  const [list, municipalities, groups] = await Promise.all([
    data.programmes({
      locale,
      municipality: params.municipality,
      kind: params.kind,
      targetGroup: params.targetGroup,
      state: params.state,
      q: firstOf(params, 'q'),
      sort: firstOf(params, 'sort'),
      page: firstOf(params, 'page'),
    }),
    data.municipalities(locale),
    data.targetGroups(locale),
  ]);
  const { facets, pagination } = list.meta;
  const body = (
    <>
      <h1>{t.programmesTitle}</h1>
      <p className="lead">{t.programmesDescription}</p>
      <div className="columns">
        <form className="filters" method="get" action={href(view, view.page)} role="search" aria-label={t.filters}>
          <SearchField view={view} value={firstOf(params, 'q')} />
          <MunicipalitySelect view={view} municipalities={municipalities} params={params} facets={facets} />
          <Checkboxes
            name="kind"
            legend={t.kind}
            options={keysOf(programmeKinds).map((key) => ({ value: key, label: labelOf(programmeKinds, key, locale) }))}
            checked={params.kind ?? []}
            counts={countsOf(facets, 'kind')}
          />
          <Checkboxes
            name="state"
            legend={t.state}
            options={keysOf(programmeStates).map((key) => ({
              value: key,
              label: labelOf(programmeStates, key, locale),
            }))}
            checked={params.state ?? []}
            counts={countsOf(facets, 'state')}
          />
          <TargetGroupBoxes view={view} groups={groups} params={params} facets={facets} />
          <SortSelect view={view} params={params} sorts={programmeSorts} />
          <FilterActions view={view} />
        </form>
        <Found view={view} found={t.found(pagination.total)} items={list.data} pagination={pagination} params={params}>
          {(programme) => <ProgrammeCard key={programme.documentId} view={view} programme={programme} level={3} />}
        </Found>
      </div>
    </>
  );
  return renderPage(view, { title: t.programmesTitle, description: t.programmesDescription }, body);
}

/** schema.org GovernmentService: what search engines and grant finders read of a programme. */
function governmentService(view: View, programme: Programme) {
  const url = absolute(view.publicUrl, pathOf({ kind: 'programme', slug: programme.slug, locale: view.locale }));
  const provider = programme.municipality && { '@type': 'GovernmentOrganization', name: programme.municipality.name };
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: programme.title,
    description: programme.summary ?? markdownText(programme.description) ?? undefined,
    url,
    inLanguage: programme.locale,
    serviceType: programme.kind.label,
    ...(provider
      ? { provider, areaServed: { '@type': 'AdministrativeArea', name: programme.municipality!.name } }
      : {}),
    ...(programme.targetGroups.length
      ? { audience: programme.targetGroups.map((group) => ({ '@type': 'Audience', audienceType: group.name })) }
      : {}),
    availableChannel: {
      '@type': 'ServiceChannel',
      serviceUrl: webUrl(programme.websiteUrl) ?? url,
      ...(programme.contactEmail || programme.contactPhone
        ? {
            servicePhone: {
              '@type': 'ContactPoint',
              ...(programme.contactEmail ? { email: programme.contactEmail } : {}),
              ...(programme.contactPhone ? { telephone: programme.contactPhone } : {}),
            },
          }
        : {}),
    },
    ...(programme.amountMax !== null || programme.amountMin !== null
      ? {
          offers: {
            '@type': 'Offer',
            priceSpecification: {
              '@type': 'PriceSpecification',
              priceCurrency: programme.currency,
              ...(programme.amountMin !== null ? { minPrice: programme.amountMin } : {}),
              ...(programme.amountMax !== null ? { maxPrice: programme.amountMax } : {}),
            },
            ...(programme.opensOn ? { validFrom: programme.opensOn } : {}),
            ...(programme.closesOn ? { validThrough: programme.closesOn } : {}),
          },
        }
      : {}),
  };
}

export async function programmePage(view: View, data: SiteData, slug: string) {
  const { t, locale } = view;
  const { data: programme } = await data.programme(slug, locale);
  const amount = amountText(view, programme);
  const body = (
    <article>
      <p>
        <a href={href(view, { kind: 'section', section: 'programmes', locale })}>{t.backToProgrammes}</a>
      </p>
      <h1 lang={programme.locale !== locale ? programme.locale : undefined}>{programme.title}</h1>
      {programme.localeFallback && <p className="notice">{t.translationMissing}</p>}
      <div lang={programme.locale !== locale ? programme.locale : undefined}>
        {programme.summary && <p className="lead">{programme.summary}</p>}
        <dl className="facts">
          <dt>{t.applicationWindow}</dt>
          <dd>
            <StateBadge state={programme.state} /> <ApplicationWindow view={view} programme={programme} />
          </dd>
          <dt>{t.kind}</dt>
          <dd>{programme.kind.label}</dd>
          {programme.municipality && (
            <>
              <dt>{t.municipality}</dt>
              <dd>
                <a href={href(view, { kind: 'municipality', slug: programme.municipality.slug, locale })}>
                  {programme.municipality.name}
                </a>
              </dd>
            </>
          )}
          {programme.implementer && (
            <>
              <dt>{t.implementer}</dt>
              <dd>{programme.implementer}</dd>
            </>
          )}
          {amount && (
            <>
              <dt>{t.amount}</dt>
              <dd>{amount}</dd>
            </>
          )}
          {programme.totalBudget !== null && (
            <>
              <dt>{t.totalBudget}</dt>
              <dd>{money(view, programme.totalBudget)}</dd>
            </>
          )}
          {programme.targetGroups.length > 0 && (
            <>
              <dt>{t.targetGroups}</dt>
              <dd>{programme.targetGroups.map((group) => group.name).join(', ')}</dd>
            </>
          )}
          {programme.publishedAt && (
            <>
              <dt>{t.published}</dt>
              <dd>
                <time dateTime={programme.publishedAt}>{dateText(programme.publishedAt, locale)}</time>
              </dd>
            </>
          )}
        </dl>
        {programme.description && (
          <section aria-labelledby="apraksts">
            <h2 id="apraksts">{t.description}</h2>
            <Markdown text={programme.description} />
          </section>
        )}
        {programme.eligibility && (
          <section aria-labelledby="kas-var-pieteikties">
            <h2 id="kas-var-pieteikties">{t.whoMayApply}</h2>
            <Paragraphs text={programme.eligibility} />
          </section>
        )}
        {(programme.howToApply || programme.websiteUrl) && (
          <section aria-labelledby="ka-pieteikties">
            <h2 id="ka-pieteikties">{t.howToApply}</h2>
            <Paragraphs text={programme.howToApply} />
            {programme.websiteUrl && (
              <p>
                {t.website}: <WebLink url={programme.websiteUrl} />
              </p>
            )}
          </section>
        )}
        {(programme.contactEmail || programme.contactPhone) && (
          <section aria-labelledby="kontakti">
            <h2 id="kontakti">{t.contacts}</h2>
            <ul>
              {programme.contactEmail && (
                <li>
                  <a href={`mailto:${programme.contactEmail}`}>{programme.contactEmail}</a>
                </li>
              )}
              {programme.contactPhone && (
                <li>
                  <a href={`tel:${programme.contactPhone.replace(/[^+\d]/g, '')}`}>{programme.contactPhone}</a>
                </li>
              )}
            </ul>
          </section>
        )}
        {programme.legalBasis.length > 0 && (
          <section aria-labelledby="tiesiskais-pamats">
            <h2 id="tiesiskais-pamats">{t.legalBasis}</h2>
            <ul>
              {programme.legalBasis.map((doc, index) => (
                <li key={index}>
                  <WebLink url={doc.url}>{doc.title}</WebLink>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </article>
  );
  return renderPage(
    view,
    {
      title: programme.title,
      description: (programme.summary ?? markdownText(programme.description) ?? t.programmesDescription).slice(0, 300),
      jsonLd: governmentService(view, programme),
      ogType: 'article',
    },
    body,
  );
}
