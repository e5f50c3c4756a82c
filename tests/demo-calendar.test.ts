/**
 * The demo's dates come from the day it is loaded: on any load date the open programme is open,
 * the upcoming one upcoming, the closed ones closed; events are split into past and future;
 * measurements are dated in the past, in the plan period, not before the round they report on;
 * the council adopts the plan after the steps it depends on. Pure: no Strapi, several load dates.
 */
import {
  addDays,
  demoCalendar,
  enDate,
  executionOn,
  lvDate,
  lvDays,
  rigaDateTime,
  type DemoCalendar,
} from '../src/plugins/se-planning/server/src/demo/calendar';
import { demoData } from '../src/plugins/se-planning/server/src/demo/parauga-novads';
import type {
  DemoActivity,
  DemoData,
  DemoIndicator,
  DemoMeasurement,
  DemoPlan,
} from '../src/plugins/se-planning/server/src/demo/types';
import { programmeState } from '../src/plugins/se-planning/common/programme-state';
import { datesOutsidePeriod } from '../src/plugins/se-planning/common/rules/primitives';

/** The day, mid-year, the last day of a year, a leap day, the first day of a year, around DST and January's end. */
const LOAD_DATES = [
  '2026-12-02',
  '2027-06-30',
  '2028-12-31',
  '2028-02-29',
  '2027-01-01',
  '2027-03-28',
  '2027-10-31',
  '2027-01-31',
  '2027-02-01',
];

const day = (dateTime: string) => dateTime.slice(0, 10);

type Where = { plan: DemoPlan; indicator: DemoIndicator };
function indicatorsOf(plan: DemoPlan): DemoIndicator[] {
  return plan.goals.flatMap((goal) => [
    ...(goal.indicators ?? []),
    ...goal.tasks.flatMap((task) => [
      ...(task.indicators ?? []),
      ...task.activities.flatMap((activity) => activity.indicators ?? []),
    ]),
  ]);
}
const activitiesOf = (plan: DemoPlan): DemoActivity[] =>
  plan.goals.flatMap((goal) => goal.tasks.flatMap((task) => task.activities));
const measurementsOf = (data: DemoData): (Where & { measurement: DemoMeasurement })[] =>
  data.plans.flatMap((plan) =>
    indicatorsOf(plan).flatMap((indicator) =>
      (indicator.measurements ?? []).map((measurement) => ({ plan, indicator, measurement })),
    ),
  );
const parauga = (data: DemoData) => data.plans.find((p) => p.municipality === 'parauga-novads')!;

describe.each(LOAD_DATES)('the demo loaded on %s', (today) => {
  let cal: DemoCalendar;
  let data: DemoData;
  beforeAll(() => {
    cal = demoCalendar(today);
    data = demoData(cal);
  });

  it('has a plan period that contains the load date, adopted well before it', () => {
    const plan = parauga(data);
    expect(plan.periodStartYear).toBeLessThan(Number(today.slice(0, 4)));
    expect(plan.periodEndYear).toBeGreaterThan(Number(today.slice(0, 4)));
    expect(plan.status).toBe('adopted');
    expect(plan.councilDecision!.date < `${plan.periodStartYear}-01-01`).toBe(true);
    expect(plan.councilDecision!.date < addDays(today, -365)).toBe(true);
    expect(plan.title).toContain(`${plan.periodStartYear}.–${plan.periodEndYear}.`);
  });

  it('has the council adopt the plan after the partnership (#9) and risk (#10, #11) steps it depends on', () => {
    const plan = parauga(data);
    const decision = plan.councilDecision!.date;
    const steps = Object.values(plan.partnershipSteps);
    expect(steps).toHaveLength(3);
    for (const step of steps) {
      expect(step!.done).toBe(true);
      expect(step!.doneOn! < decision).toBe(true);
    }
    expect(plan.monitoring.risk_analysis!.done).toBe(true);
    expect(plan.monitoring.risk_analysis!.deadline! < decision).toBe(true);
    expect(plan.monitoring.goals_agreed!.deadline! < decision).toBe(true);
    // what is not done yet is not overdue
    for (const row of Object.values(plan.monitoring)) {
      if (!row!.done) expect(row!.deadline! >= today).toBe(true);
    }
  });

  it('has an open, an upcoming, a closed and an ongoing published programme, as programmeState sees them', () => {
    for (const plan of data.plans) {
      for (const programme of plan.supportProgrammes) {
        if (programme.state === 'closed') expect(programmeState(programme, today)).toBe('closed');
        if (programme.state === 'published') expect(programmeState(programme, today)).not.toBe('closed');
      }
    }
    const published = data.plans.flatMap((p) => p.supportProgrammes).filter((p) => p.state !== 'draft');
    const states = new Set(published.map((p) => programmeState(p, today)));
    expect([...states].sort()).toEqual(['closed', 'ongoing', 'open', 'upcoming']);

    const bySlug = (slug: string) => published.find((p) => p.lv.slug === slug)!;
    const round = bySlug(`grantu-programma-${cal.grantRounds.current.year}`);
    expect(programmeState(round, today)).toBe('open');
    expect(round.opensOn! <= addDays(today, -14) && round.closesOn! >= addDays(today, 14)).toBe(true);
    expect(programmeState(cal.upcomingTraining, today)).toBe('upcoming');
    expect(cal.upcomingTraining.opensOn >= addDays(today, 14)).toBe(true);
    expect(programmeState(cal.grantRounds.first, today)).toBe('closed');
    expect(programmeState(cal.taxRelief, today)).toBe('closed');
  });

  it('has the closed grant round as the first one: no grant was given before it', () => {
    const plan = parauga(data);
    const first = plan.supportProgrammes.find((p) => p.lv.slug === `grantu-programma-${cal.year.first}`)!;
    expect(first.lv.summary).toMatch(/^Pirmā/);
    const firstRoundYear = Number(first.opensOn!.slice(0, 4));
    const municipalGrants = plan.supportGiven.filter((s) => /^(Pašvaldības )?[Gg]rants/.test(s.form));
    expect(municipalGrants.length).toBeGreaterThan(0);
    for (const grant of municipalGrants) expect(grant.year).toBeGreaterThanOrEqual(firstRoundYear);
  });

  it('has published engagement activities both past and future, each labelled as it is', () => {
    for (const plan of data.plans) {
      for (const activity of plan.engagementActivities) {
        if (activity.state === 'closed') expect(day(activity.endsAt!) < today).toBe(true);
        if (activity.state === 'published') expect(day(activity.startsAt!) > today).toBe(true);
        if (activity.startsAt && activity.endsAt) expect(activity.startsAt <= activity.endsAt).toBe(true);
      }
    }
    const published = data.plans.flatMap((p) => p.engagementActivities).filter((a) => a.state !== 'draft');
    expect(published.filter((a) => day(a.endsAt!) < today).length).toBeGreaterThan(0);
    expect(published.filter((a) => day(a.startsAt!) > today).length).toBeGreaterThan(0);
    // the grant round's information day took place after the round opened
    const infoDay = day(cal.events.infoDay.startsAt);
    expect(infoDay >= cal.grantRounds.current.opensOn && infoDay < today).toBe(true);
  });

  it('dates every measurement in the past, in the plan period, the draft after what was published', () => {
    const all = measurementsOf(data);
    expect(all.some(({ measurement }) => measurement.published)).toBe(true);
    expect(all.some(({ measurement }) => !measurement.published)).toBe(true);
    for (const { plan, indicator, measurement } of all) {
      expect(measurement.measuredOn <= today).toBe(true);
      expect(measurement.measuredOn >= `${plan.periodStartYear}-01-01`).toBe(true);
      const published = (indicator.measurements ?? []).filter((m) => m.published).map((m) => m.measuredOn);
      if (!measurement.published) for (const on of published) expect(on < measurement.measuredOn).toBe(true);
    }
    for (const indicator of data.plans.flatMap(indicatorsOf)) {
      const dates = (indicator.measurements ?? []).map((m) => m.measuredOn);
      expect(dates).toEqual([...dates].sort());
      expect(new Set(dates).size).toBe(dates.length);
    }
  });

  it('dates the mid-round result of the grant round after that round opened', () => {
    const projects = indicatorsOf(parauga(data)).find((i) => i.title === 'Atbalstīto jauno projektu skaits')!;
    const [firstRound, midRound] = projects.measurements!;
    expect(firstRound.measuredOn > cal.grantRounds.first.closesOn).toBe(true);
    expect(midRound.note).toMatch(/^Starprezultāts/);
    expect(midRound.published).toBe(false);
    expect(midRound.measuredOn >= cal.grantRounds.current.opensOn).toBe(true);
    expect(midRound.measuredOn <= cal.grantRounds.current.closesOn).toBe(true);
    expect(midRound.value).toBe(firstRound.value); // nothing is granted before the round is evaluated
  });

  it('reports each action-plan activity as its dates say', () => {
    const statuses = new Set<string>();
    for (const plan of data.plans) {
      for (const activity of activitiesOf(plan)) {
        const { executionStatus, startsOn, endsOn, progress } = activity;
        statuses.add(executionStatus);
        if (executionStatus === 'planned') expect([startsOn! > today, progress]).toEqual([true, 0]);
        if (executionStatus === 'done') expect([endsOn! < today, progress]).toEqual([true, 100]);
        if (executionStatus === 'delayed') expect([endsOn! < today, progress < 100]).toEqual([true, true]);
        if (executionStatus === 'in_progress') {
          expect(startsOn! <= today && today <= endsOn!).toBe(true);
          expect(progress > 0 && progress < 100).toBe(true);
        }
      }
    }
    expect(statuses.has('done') && statuses.has('in_progress') && statuses.has('planned')).toBe(true);
  });

  it('keeps every dated row inside its plan period (no period warnings)', () => {
    for (const plan of data.plans) {
      const period = { periodStartYear: plan.periodStartYear, periodEndYear: plan.periodEndYear };
      const warnings = [
        ...plan.goals.flatMap((g) => [g, ...g.tasks]).flatMap((row) => datesOutsidePeriod(row, period, ['deadline'])),
        ...activitiesOf(plan).flatMap((a) => datesOutsidePeriod(a, period, ['startsOn', 'endsOn'])),
        ...indicatorsOf(plan).flatMap((i) => datesOutsidePeriod(i, period, ['targetDate'])),
        ...plan.engagementActivities.flatMap((e) => datesOutsidePeriod(e, period, ['startsAt', 'endsAt'])),
      ];
      expect(warnings).toEqual([]);
    }
  });

  it('gives every public item its own slug in each language', () => {
    for (const locale of ['lv', 'en'] as const) {
      const slugs = data.plans
        .flatMap((p) => [...p.supportProgrammes, ...p.engagementActivities])
        .flatMap((item) => (item[locale] ? [item[locale]!.slug] : []));
      expect(new Set(slugs).size).toBe(slugs.length);
    }
  });
});

describe('the demo story, whatever the load date', () => {
  const data = demoData(demoCalendar('2026-12-02'));
  const plan = parauga(data);

  it('gives property tax relief only for property the enterprise owns', () => {
    const relief = plan.supportProgrammes.find((p) => p.kind === 'tax_relief')!;
    expect(relief.lv.eligibility).toMatch(/pieder/);
    expect(relief.lv.eligibility).not.toMatch(/nomā/);
    expect(relief.en!.eligibility).not.toMatch(/rent/);
    for (const given of plan.supportGiven.filter((s) => /nodokļa/.test(s.form))) {
      expect(given.form).toMatch(/piederošo/);
    }
    // a branch is no company: it gets neither the status nor the relief
    const notes = measurementsOf(data).map(({ measurement }) => measurement.note ?? '');
    expect([...notes, ...plan.supportGiven.map((s) => `${s.recipient} ${s.form}`)].join('\n')).not.toMatch(/filiāl/);
  });

  it('counts youth as the method does: 15 to 25', () => {
    const ages = JSON.stringify(data).match(/15 līdz \d+/g) ?? [];
    expect(ages.length).toBeGreaterThan(0);
    expect(new Set(ages)).toEqual(new Set(['15 līdz 25']));
  });

  it('addresses the information day to enterprises, not to groups at risk of exclusion', () => {
    const infoDay = plan.engagementActivities.find((a) => a.lv.slug.startsWith('informacijas-diena'))!;
    expect(infoDay.lv.audience).toMatch(/uzņēm/);
    expect(infoDay.targetGroups ?? []).toEqual([]);
  });
});

describe('calendar helpers', () => {
  it('writes local times in Riga with the offset in force', () => {
    expect(rigaDateTime('2027-01-15', '10:00')).toBe('2027-01-15T10:00:00+02:00');
    expect(rigaDateTime('2027-07-15', '10:00')).toBe('2027-07-15T10:00:00+03:00');
    expect(new Date(rigaDateTime('2027-03-28', '10:00')).toISOString()).toBe('2027-03-28T07:00:00.000Z');
  });

  it('writes dates as the Latvian and English texts do', () => {
    expect(lvDate('2026-03-12')).toBe('2026. gada 12. marts');
    expect(lvDate('2025-06-30', 'locative')).toBe('2025. gada 30. jūnijā');
    expect(lvDate('2026-12-23', 'dative')).toBe('2026. gada 23. decembrim');
    expect(lvDays(['2024-10-06', '2024-10-20'], 'locative')).toBe('2024. gada 6. un 20. oktobrī');
    expect(lvDays(['2024-09-30', '2024-10-20'])).toBe('2024. gada 30. septembris un 2024. gada 20. oktobris');
    expect(enDate('2026-03-12')).toBe('12 March 2026');
  });

  it('derives an activity’s status from its dates', () => {
    expect(executionOn('2027-01-10', '2027-02-01', '2027-03-01')).toEqual({ executionStatus: 'planned', progress: 0 });
    expect(executionOn('2027-03-02', '2027-02-01', '2027-03-01')).toEqual({ executionStatus: 'done', progress: 100 });
    expect(executionOn('2027-03-02', '2027-02-01', '2027-03-01', { unfinished: 40 })).toEqual({
      executionStatus: 'delayed',
      progress: 40,
    });
    expect(executionOn('2027-02-15', '2027-02-01', '2027-03-01')).toEqual({
      executionStatus: 'in_progress',
      progress: 50,
    });
  });

  it('refuses a date that is not on the calendar', () => {
    expect(() => demoCalendar('2027-02-29')).toThrow(RangeError);
    expect(() => demoCalendar('02.12.2026')).toThrow(RangeError);
  });
});
