/**
 * The demo's calendar: every date of the demo data set comes from one anchor, the day the demo is
 * loaded (Europe/Riga), so the demo tells a true story on whatever day it is loaded.
 *
 * With Y the load year: the plan runs Y-1…Y+1 (mid-period), it was prepared and adopted by the
 * council in Y-2 (after the partners were identified and met and the risks analysed); the first
 * grant round ran in Y-1 and is closed, the current round opened four weeks ago and closes in
 * three, a training programme opens in six weeks; measurements are dated in the past. Dates that
 * fall on the same day of the year (a competition every September–November) stay on it and take
 * the year that keeps them on the right side of the load date.
 *
 * Pure functions only: no clock, no Strapi. The loader passes today's date in Riga.
 */
import { rigaToday } from '../../../common/programme-state';

/** 'YYYY-MM-DD' */
export type IsoDate = string;
/** 'YYYY-MM-DDTHH:mm:ss+02:00' (or +03:00 in summer): a local time in Riga */
export type IsoDateTime = string;
export type Window = { opensOn: IsoDate; closesOn: IsoDate };
export type Event = { startsAt: IsoDateTime; endsAt: IsoDateTime };

const DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const parse = (date: IsoDate) => {
  const match = ISO_DATE.exec(date);
  const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (!match || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${date}"`);
  }
  return time;
};
const format = (time: number): IsoDate => new Date(time).toISOString().slice(0, 10);

export const yearOf = (date: IsoDate) => Number(date.slice(0, 4));
export const addDays = (date: IsoDate, days: number): IsoDate => format(parse(date) + days * DAY);
export const daysBetween = (from: IsoDate, to: IsoDate) => Math.round((parse(to) - parse(from)) / DAY);
export const maxDate = (...dates: IsoDate[]) => dates.reduce((a, b) => (b > a ? b : a));

/** 0 = Sunday … 6 = Saturday */
export const weekdayOf = (date: IsoDate) => new Date(parse(date)).getUTCDay();
/** The first given weekday on or after the date. */
export const onOrAfterWeekday = (date: IsoDate, weekday: number) => addDays(date, (weekday - weekdayOf(date) + 7) % 7);

/** The first date after `today` that falls on this day of the year (`MM-DD`). */
export const nextAnnual = (today: IsoDate, monthDay: string): IsoDate => {
  const thisYear = `${yearOf(today)}-${monthDay}`;
  return thisYear > today ? thisYear : `${yearOf(today) + 1}-${monthDay}`;
};
/** The last date before `today` that falls on this day of the year (`MM-DD`). */
export const lastAnnual = (today: IsoDate, monthDay: string): IsoDate => {
  const thisYear = `${yearOf(today)}-${monthDay}`;
  return thisYear < today ? thisYear : `${yearOf(today) - 1}-${monthDay}`;
};

const THURSDAY = 4;
const SATURDAY = 6;

const rigaOffset = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Riga', timeZoneName: 'longOffset' });
/** A local time in Riga on that day, with the offset in force then (+02:00 in winter, +03:00 in summer). */
export function rigaDateTime(date: IsoDate, time: string): IsoDateTime {
  parse(date);
  const name = rigaOffset.formatToParts(new Date(`${date}T${time}:00+02:00`)).find((p) => p.type === 'timeZoneName');
  const offset = name?.value.replace('GMT', '') || '+00:00';
  return `${date}T${time}:00${offset}`;
}
/** From `from` on `date` to `to` on `endDate` (the same day unless given), local times in Riga. */
export const rigaEvent = (date: IsoDate, from: string, to: string, endDate: IsoDate = date): Event => ({
  startsAt: rigaDateTime(date, from),
  endsAt: rigaDateTime(endDate, to),
});

// ── Latvian and English dates, as the texts of the data set write them ────────────────────────
const months = {
  /** "12. marts" */
  nominative: [
    'janvāris',
    'februāris',
    'marts',
    'aprīlis',
    'maijs',
    'jūnijs',
    'jūlijs',
    'augusts',
    'septembris',
    'oktobris',
    'novembris',
    'decembris',
  ],
  /** "12. martā", "martā" */
  locative: [
    'janvārī',
    'februārī',
    'martā',
    'aprīlī',
    'maijā',
    'jūnijā',
    'jūlijā',
    'augustā',
    'septembrī',
    'oktobrī',
    'novembrī',
    'decembrī',
  ],
  /** "līdz 12. martam" */
  dative: [
    'janvārim',
    'februārim',
    'martam',
    'aprīlim',
    'maijam',
    'jūnijam',
    'jūlijam',
    'augustam',
    'septembrim',
    'oktobrim',
    'novembrim',
    'decembrim',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
} as const;
const parts = (date: IsoDate) => {
  parse(date);
  return { year: yearOf(date), month: Number(date.slice(5, 7)) - 1, day: Number(date.slice(8, 10)) };
};
/** "2026. gada 12. marts" (case: nominative), "… 12. martā" (locative), "līdz … 12. martam" (dative). */
export const lvDate = (date: IsoDate, grammaticalCase: 'nominative' | 'locative' | 'dative' = 'nominative') => {
  const { year, month, day } = parts(date);
  return `${year}. gada ${day}. ${months[grammaticalCase][month]}`;
};
/** Two days of one month as "2024. gada 6. un 20. oktobrī" (in the case given), other pairs in full. */
export const lvDays = (
  [a, b]: [IsoDate, IsoDate],
  grammaticalCase: 'nominative' | 'locative' | 'dative' = 'nominative',
) =>
  a.slice(0, 7) === b.slice(0, 7)
    ? `${parts(a).year}. gada ${parts(a).day}. un ${parts(b).day}. ${months[grammaticalCase][parts(b).month]}`
    : `${lvDate(a, grammaticalCase)} un ${lvDate(b, grammaticalCase)}`;
/** "2026. gada martā" */
export const lvMonth = (date: IsoDate) => `${parts(date).year}. gada ${months.locative[parts(date).month]}`;
/** "12 March 2026" */
export const enDate = (date: IsoDate) => {
  const { year, month, day } = parts(date);
  return `${day} ${months.en[month]} ${year}`;
};

// ── The action plan's execution status on the load date ──────────────────────────────────────
export type Execution = { executionStatus: 'planned' | 'in_progress' | 'done' | 'delayed'; progress: number };

/**
 * What an activity of the action plan (#7) reports on `today`: not started → planned; running →
 * in progress, with the share of its time elapsed; ended → done, or delayed at `unfinished` % when
 * the story is that it did not finish in time.
 */
export function executionOn(
  today: IsoDate,
  startsOn: IsoDate,
  endsOn: IsoDate,
  { unfinished }: { unfinished?: number } = {},
): Execution {
  if (today < startsOn) return { executionStatus: 'planned', progress: 0 };
  if (today > endsOn) {
    return unfinished === undefined
      ? { executionStatus: 'done', progress: 100 }
      : { executionStatus: 'delayed', progress: unfinished };
  }
  const share = (daysBetween(startsOn, today) + 1) / (daysBetween(startsOn, endsOn) + 1);
  return { executionStatus: 'in_progress', progress: Math.min(95, Math.max(5, Math.round(share * 20) * 5)) };
}

/** Only what has happened by `today` (measurements are never dated in the future). */
export const happened = <T extends { measuredOn: IsoDate }>(today: IsoDate, items: T[]) =>
  items.filter((item) => item.measuredOn <= today);

// ── The calendar ──────────────────────────────────────────────────────────────────────────────
export type DemoCalendar = {
  /** the anchor: the day the demo is loaded, in Riga */
  today: IsoDate;
  year: {
    /** the year the plan was prepared and adopted (Y-2) */
    prepared: number;
    /** the plan period: first (Y-1), current (Y, the load year), last (Y+1) */
    first: number;
    current: number;
    last: number;
  };
  /** #9 and #11 steps before the council adopts the plan, then the decision itself */
  adoption: {
    partnersIdentified: IsoDate;
    partnerMeetings: [IsoDate, IsoDate];
    goalsAgreed: IsoDate;
    riskAnalysis: IsoDate;
    agreementsSigned: IsoDate;
    councilDecision: IsoDate;
    /** implementers confirm their tasks once the plan applies */
    tasksUnderstood: IsoDate;
  };
  /** the risk register is reviewed every November: the last review before today */
  lastRiskReview: IsoDate;
  /** the plan's annual review for the council (15 December): the next one */
  nextPlanReview: IsoDate;
  grantRounds: {
    /** the first round (Y-1), closed, its results announced a month later */
    first: Window & { resultsOn: IsoDate };
    /** the round open now, with its information day */
    current: Window & { year: number; infoDay: IsoDate };
  };
  /** a training programme whose applications open in some weeks */
  upcomingTraining: Window;
  /** the property tax relief's last application window (1 November – 31 January) that has closed */
  taxRelief: Window & { taxYear: number };
  /** co-financing for fairs, still a draft: the next March–April */
  draftCoFinancing: Window;
  events: {
    /** the grant round's information day (past) */
    infoDay: Event;
    /** the forum on the Thursday after 20 April, the fair on the first Saturday of June: the next ones */
    forum: Event;
    fair: Event;
    /** the neighbouring municipality's first information meeting, in five weeks */
    neighbourMeeting: Event;
    /** the residents' survey, every February: the next one */
    survey: Event;
  };
  /** the date of the latest figures, not yet checked (draft measurements): three days ago */
  recent: IsoDate;
};

/** Every date of the demo for a load date (default: today in Riga). */
export function demoCalendar(today: IsoDate = rigaToday()): DemoCalendar {
  parse(today);
  const current = yearOf(today);
  const [prepared, first, last] = [current - 2, current - 1, current + 1];

  const roundOpens = addDays(today, -28);
  const taxYear = today > `${current}-01-31` ? current : current - 1;
  const coFinancingOpens = nextAnnual(today, '03-01');
  const upcomingOpens = addDays(today, 42);
  const neighbourMeeting = onOrAfterWeekday(addDays(today, 35), THURSDAY);
  const infoDay = onOrAfterWeekday(addDays(roundOpens, 7), THURSDAY);
  const survey = nextAnnual(today, '02-01');

  return {
    today,
    year: { prepared, first, current, last },
    adoption: {
      partnersIdentified: `${prepared}-09-18`,
      partnerMeetings: [`${prepared}-10-06`, `${prepared}-10-20`],
      goalsAgreed: `${prepared}-10-31`,
      riskAnalysis: `${prepared}-11-20`,
      agreementsSigned: `${prepared}-12-04`,
      councilDecision: `${prepared}-12-18`,
      tasksUnderstood: `${first}-01-22`,
    },
    lastRiskReview: lastAnnual(today, '11-20'),
    nextPlanReview: nextAnnual(today, '12-15'),
    grantRounds: {
      first: { opensOn: `${first}-05-15`, closesOn: `${first}-06-30`, resultsOn: `${first}-07-31` },
      current: {
        year: current,
        opensOn: roundOpens,
        closesOn: addDays(today, 21),
        infoDay,
      },
    },
    upcomingTraining: { opensOn: upcomingOpens, closesOn: addDays(upcomingOpens, 44) },
    taxRelief: { taxYear, opensOn: `${taxYear - 1}-11-01`, closesOn: `${taxYear}-01-31` },
    draftCoFinancing: { opensOn: coFinancingOpens, closesOn: `${yearOf(coFinancingOpens)}-04-30` },
    events: {
      infoDay: rigaEvent(infoDay, '10:00', '13:00'),
      forum: rigaEvent(onOrAfterWeekday(nextAnnual(today, '04-20'), THURSDAY), '10:00', '16:00'),
      fair: rigaEvent(onOrAfterWeekday(nextAnnual(today, '06-01'), SATURDAY), '10:00', '17:00'),
      neighbourMeeting: rigaEvent(neighbourMeeting, '14:00', '16:00'),
      survey: rigaEvent(survey, '09:00', '23:59', `${yearOf(survey)}-02-28`),
    },
    recent: addDays(today, -3),
  };
}
