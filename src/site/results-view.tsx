/**
 * An adopted plan's results as residents read them: goal by goal, each indicator with baseline → target → latest
 * value, a progress bar and a small chart of its measurements — each said in words too, and the measurements as
 * a table (the chart's text equivalent). Nothing is told by colour alone: the lines differ by pattern and are
 * labelled.
 */
import { dateText } from './messages';
import type { Measurement, Plan, Result } from './data';
import { href, type View } from './layout';

const number = (view: View, value: number | null) =>
  value === null
    ? null
    : new Intl.NumberFormat(view.locale === 'lv' ? 'lv-LV' : 'en-GB', { maximumFractionDigits: 2 }).format(value);

const withUnit = (view: View, value: number | null, unit: string | null) => {
  const text = number(view, value);
  return text === null ? null : unit ? `${text} ${unit}` : text;
};

/** How far the latest value has come from the baseline to the target, 0–100 %, or null when it cannot be said. */
export function progressOf(result: Result): number | null {
  const { baseline, target, latest } = result;
  if (baseline === null || target === null || latest?.value == null || target === baseline) return null;
  const share = (latest.value - baseline) / (target - baseline);
  return Math.round(Math.min(1, Math.max(0, share)) * 100);
}

const measured = (result: Result) =>
  result.measurements.filter(
    (m): m is Measurement & { value: number; measuredOn: string } => m.value !== null && !!m.measuredOn,
  );

function Chart({ view, result }: { view: View; result: Result }) {
  const points = measured(result);
  if (points.length === 0) return null;
  const W = 320;
  const H = 120;
  const pad = { left: 8, right: 70, top: 10, bottom: 10 };
  const values = [...points.map((p) => p.value), result.baseline, result.target].filter((v): v is number => v !== null);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = high - low || 1;
  const y = (v: number) => pad.top + (H - pad.top - pad.bottom) * (1 - (v - low) / span);
  const x = (i: number) =>
    pad.left + (points.length === 1 ? 0 : ((W - pad.left - pad.right) * i) / (points.length - 1));
  const line = (value: number, label: string, dash: string) => (
    <g>
      <line x1={pad.left} x2={W - pad.right} y1={y(value)} y2={y(value)} stroke="#454545" strokeDasharray={dash} />
      <text x={W - pad.right + 4} y={y(value) + 4} fontSize="11" fill="#1b1b1b">
        {label}
      </text>
    </g>
  );
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={view.t.chartLabel(result.title)}>
        <rect x="0" y="0" width={W} height={H} fill="#fff" stroke="#8a8a8a" />
        {result.baseline !== null && line(result.baseline, view.t.chartBaseline, '2 3')}
        {result.target !== null && line(result.target, view.t.chartTarget, '6 3')}
        <polyline
          fill="none"
          stroke="#0b3d5c"
          strokeWidth="2.5"
          points={points.map((p, i) => `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ')}
        />
        {points.map((p, i) => (
          <circle key={i} cx={x(i)} cy={y(p.value)} r="4" fill="#0b3d5c" />
        ))}
      </svg>
    </figure>
  );
}

export function IndicatorResult({
  view,
  result,
  level = 4,
  compact = false,
}: {
  view: View;
  result: Result;
  level?: 4 | 5;
  /** without the chart and the table of measurements (a municipality's page; the results page has them) */
  compact?: boolean;
}) {
  const { t, locale } = view;
  const Heading = level === 4 ? 'h4' : 'h5';
  const progress = progressOf(result);
  const latest = result.latest;
  const latestText = latest
    ? latest.value !== null
      ? withUnit(view, latest.value, result.unit)
      : latest.qualitativeValue
    : null;
  return (
    <li className="card">
      <Heading>{result.title}</Heading>
      <dl className="facts">
        <dt>{t.baseline}</dt>
        <dd>{withUnit(view, result.baseline, result.unit) ?? '—'}</dd>
        <dt>{t.target}</dt>
        <dd>{withUnit(view, result.target, result.unit) ?? result.targetText ?? '—'}</dd>
        {result.targetDate && (
          <>
            <dt>{t.targetDate}</dt>
            <dd>
              <time dateTime={result.targetDate}>{dateText(result.targetDate, locale)}</time>
            </dd>
          </>
        )}
        <dt>{t.latest}</dt>
        <dd>
          {latestText ?? t.notMeasured}
          {latest?.measuredOn && (
            <>
              {' '}
              (<time dateTime={latest.measuredOn}>{dateText(latest.measuredOn, locale)}</time>)
            </>
          )}
        </dd>
      </dl>
      {progress !== null && (
        <div className="progress">
          <p>{progress >= 100 ? t.progressReached : t.progress(progress)}</p>
          <svg className="track" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect x="0" y="0" width="100" height="8" fill="#fff" />
            <rect x="0" y="0" width={progress} height="8" fill="#1d6b3a" />
          </svg>
        </div>
      )}
      {!compact && <Chart view={view} result={result} />}
      {!compact && result.measurements.length > 0 && (
        <table>
          <caption>{t.measurements}</caption>
          <thead>
            <tr>
              <th scope="col">{t.measuredOn}</th>
              <th scope="col">{t.value}</th>
            </tr>
          </thead>
          <tbody>
            {result.measurements.map((m, i) => (
              <tr key={i}>
                <td>{m.measuredOn ? <time dateTime={m.measuredOn}>{dateText(m.measuredOn, locale)}</time> : '—'}</td>
                <td>{m.value !== null ? withUnit(view, m.value, result.unit) : (m.qualitativeValue ?? '—')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}

/** A plan's results on the page: the plan (period, council decision, version), then its goals with their indicators. */
export function PlanResults({
  view,
  plan,
  results,
  headingLevel,
  compact = false,
}: {
  view: View;
  plan: Plan | undefined;
  results: Result[];
  headingLevel: 2 | 3;
  compact?: boolean;
}) {
  const { t, locale } = view;
  const first = results[0];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const GoalHeading = headingLevel === 2 ? 'h3' : 'h4';
  const goals = new Map<string, { title: string; results: Result[] }>();
  for (const result of results) {
    const key = result.goal?.documentId ?? '';
    const goal = goals.get(key) ?? { title: result.goal?.title ?? t.noGoal, results: [] };
    goal.results.push(result);
    goals.set(key, goal);
  }
  const period = plan ?? first.plan;
  return (
    <section className="plan">
      <Heading>{plan?.title ?? first.plan.title}</Heading>
      <ul className="meta">
        {(plan?.municipality ?? first.municipality) && (
          <li>
            <a
              href={href(view, {
                kind: 'municipality',
                slug: (plan?.municipality ?? first.municipality)!.slug,
                locale,
              })}
            >
              {(plan?.municipality ?? first.municipality)!.name}
            </a>
          </li>
        )}
        {period.periodStartYear && (
          <li>
            {t.period}: {period.periodStartYear}–{period.periodEndYear}
          </li>
        )}
        {plan && (plan.councilDecision.number || plan.councilDecision.date) && (
          <li>
            {t.councilDecision}:{' '}
            {t.decision(
              plan.councilDecision.number,
              plan.councilDecision.date && dateText(plan.councilDecision.date, locale),
            )}
          </li>
        )}
        {plan && (
          <li>
            {t.version} {plan.version}
          </li>
        )}
      </ul>
      {[...goals.values()].map((goal, index) => (
        <div className="goal" key={index}>
          <GoalHeading>{goal.title === t.noGoal ? goal.title : `${t.goal}: ${goal.title}`}</GoalHeading>
          <ul className="cards results">
            {goal.results.map((result) => (
              <IndicatorResult
                key={result.documentId}
                view={view}
                result={result}
                level={headingLevel === 2 ? 4 : 5}
                compact={compact}
              />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** The results of a page grouped by plan, in the order they came. */
export function byPlan(results: Result[]) {
  const plans = new Map<string, Result[]>();
  for (const result of results)
    plans.set(result.plan.documentId, [...(plans.get(result.plan.documentId) ?? []), result]);
  return [...plans.entries()];
}
