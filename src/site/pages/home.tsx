/** The home page: a search of the programmes, what is open now, what comes next, and every municipality. */
import { rigaToday } from '../../plugins/se-planning/common/programme-state';
import type { SiteData } from '../data';
import { href, renderPage, type View } from '../layout';
import { ActivityCard, CardList, ProgrammeCard } from '../components';

export async function homePage(view: View, data: SiteData) {
  const { t, locale } = view;
  const [open, activities, municipalities] = await Promise.all([
    data.programmes({ locale, state: ['open'], pageSize: 6 }),
    data.activities({ locale, from: rigaToday(), pageSize: 5 }),
    data.municipalities(locale),
  ]);
  const programmes = href(view, { kind: 'section', section: 'programmes', locale });
  const body = (
    <>
      <h1>{t.homeTitle}</h1>
      <p className="lead">{t.homeLead}</p>
      <form method="get" action={programmes} role="search" aria-label={t.programmesTitle}>
        <label className="field" htmlFor="q">
          {t.search}: {t.programmesTitle.toLowerCase()}
        </label>
        <span className="hint" id="q-hint">
          {t.searchHint}
        </span>
        <div className="search-row">
          <input type="search" id="q" name="q" aria-describedby="q-hint" maxLength={100} />
          <button type="submit">{t.search}</button>
        </div>
      </form>
      <section aria-labelledby="atvertas">
        <h2 id="atvertas">{t.openProgrammes}</h2>
        <CardList items={open.data} none={t.nothingOpen}>
          {(programme) => <ProgrammeCard key={programme.documentId} view={view} programme={programme} level={3} />}
        </CardList>
        <p>
          <a href={programmes}>{t.allProgrammes}</a>
        </p>
      </section>
      <section aria-labelledby="gaidamie">
        <h2 id="gaidamie">{t.upcomingActivities}</h2>
        <CardList items={activities.data} none={t.nothingUpcoming}>
          {(activity) => <ActivityCard key={activity.documentId} view={view} activity={activity} level={3} />}
        </CardList>
        <p>
          <a href={href(view, { kind: 'section', section: 'activities', locale })}>{t.allActivities}</a>
        </p>
      </section>
      <section aria-labelledby="pasvaldibas">
        <h2 id="pasvaldibas">{t.municipalities}</h2>
        <ul>
          {municipalities.map((m) => (
            <li key={m.slug}>
              <a href={href(view, { kind: 'municipality', slug: m.slug, locale })}>{m.name}</a>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
  return renderPage(view, { title: t.homeTitle, description: t.homeDescription }, body);
}
