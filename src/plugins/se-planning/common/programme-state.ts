/**
 * A support programme's state, computed from its application window and today's date in
 * Europe/Riga: no window → ongoing ("Pastāvīga"); before it opens → upcoming; after it closes →
 * closed; otherwise open. Never stored.
 */
import type { programmeStates } from './vocabulary';

export type ProgrammeState = keyof typeof programmeStates;

const rigaDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Riga',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Riga as YYYY-MM-DD (the municipality's calendar, whatever the server's zone). */
export const rigaToday = (now: Date = new Date()) => rigaDate.format(now);

export function programmeState(
  window: { opensOn?: string | null; closesOn?: string | null },
  today = rigaToday(),
): ProgrammeState {
  const { opensOn, closesOn } = window;
  if (!opensOn && !closesOn) return 'ongoing';
  if (opensOn && today < opensOn) return 'upcoming';
  if (closesOn && today > closesOn) return 'closed';
  return 'open';
}
