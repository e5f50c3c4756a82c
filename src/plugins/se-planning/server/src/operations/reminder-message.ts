/**
 * The reminder e-mail (Latvian): one per recipient and run, listing each row with its worksheet, deadline, plan and
 * municipality; overdue rows first, then the upcoming ones, each by deadline.
 */
import { worksheets } from '../../../common/worksheets';
import type { DueItem } from './due-items';

/** 2026-12-03 → 03.12.2026. (the Latvian way of writing a date) */
export const latvianDate = (day: string) => {
  const [year, month, date] = day.split('-');
  return `${date}.${month}.${year}.`;
};

const line = (item: DueItem) =>
  `- "${item.title}" — darba lapa #${item.worksheet} "${worksheets[item.worksheet].lv}"; ` +
  `termiņš ${latvianDate(item.deadline)}; plāns "${item.plan.title}" (${item.municipality.name})` +
  (item.unit ? `; atbildīgā struktūrvienība: ${item.unit.name}` : '');

const byDeadline = (a: DueItem, b: DueItem) => a.deadline.localeCompare(b.deadline) || a.title.localeCompare(b.title);

export function reminderMessage(items: DueItem[], horizonDays: number) {
  const overdue = items.filter((item) => item.kind === 'overdue').sort(byDeadline);
  const upcoming = items.filter((item) => item.kind === 'upcoming').sort(byDeadline);
  const counts = [
    ...(overdue.length ? [`nokavēti: ${overdue.length}`] : []),
    ...(upcoming.length ? [`tuvojas: ${upcoming.length}`] : []),
  ];
  const sections = [
    ...(overdue.length
      ? [['Nokavētie termiņi (termiņš pagājis, nav atzīmēts kā izpildīts):', ...overdue.map(line)].join('\n')]
      : []),
    ...(upcoming.length ? [[`Termiņš tuvāko ${horizonDays} dienu laikā:`, ...upcoming.map(line)].join('\n')] : []),
  ];
  const text = [
    'Labdien!',
    'Sociālās uzņēmējdarbības atbalsta plānā ir termiņi, kuriem jāpievērš uzmanība.',
    ...sections,
    'Kad darbs ir paveikts, atzīmējiet to portālā: aktivitātei (#7) izpildes statuss "Izpildīta", ' +
      'uzraudzības pasākumam (#11) "Izpildīts".\n' +
      'Šis ir automātisks atgādinājums: par katru termiņu tas tiek sūtīts vienreiz, kad termiņš tuvojas, ' +
      'un vienreiz, kad tas ir nokavēts.',
  ].join('\n\n');
  return { subject: `Atgādinājums par termiņiem (${counts.join(', ')})`, text };
}
