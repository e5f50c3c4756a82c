/** An RFC 5545 iCalendar feed of engagement activities (for calendar apps and websites). */
type Event = {
  documentId: string;
  slug: string;
  title: string;
  description?: string | null;
  place?: string | null;
  startsAt: string | null;
  endsAt: string | null;
  registrationUrl?: string | null;
  publishedAt?: string | Date;
};

const stamp = (value: string | Date) =>
  new Date(value)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const escape = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Lines longer than 75 octets are folded (continuation lines start with a space). */
function fold(line: string) {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    if (Buffer.byteLength(current + char, 'utf8') > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function toICalendar(events: Event[], { name, origin }: { name: string; origin: string }) {
  const host = new URL(origin).hostname;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//se-planning//Sociālās uzņēmējdarbības plāns//LV',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escape(name)}`,
    'X-WR-TIMEZONE:Europe/Riga',
    ...events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${event.documentId}@${host}`,
      `DTSTAMP:${stamp(event.publishedAt ?? new Date())}`,
      `DTSTART:${stamp(event.startsAt!)}`,
      `DTEND:${stamp(event.endsAt ?? event.startsAt!)}`,
      `SUMMARY:${escape(event.title)}`,
      ...(event.description ? [`DESCRIPTION:${escape(event.description)}`] : []),
      ...(event.place ? [`LOCATION:${escape(event.place)}`] : []),
      `URL:${event.registrationUrl ?? `${origin}/api/engagement-activities/${event.slug}`}`,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
