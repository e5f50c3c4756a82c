/**
 * An RFC 5545 iCalendar feed of engagement activities (for calendar apps and websites).
 *
 * Every property value goes through one of the value writers below, so no stored text can start a property
 * line of its own (`\r\nATTACH:…`): TEXT values are escaped (backslash, semicolon, comma, line breaks as `\n`)
 * and every other control character is dropped; URI and identifier values lose every control character and
 * whitespace. Lines are folded at 75 octets. Absolute links and the UIDs' domain come from the configured public
 * URL, never from the request.
 */
type Event = {
  documentId: string;
  slug: string;
  title: string;
  description?: string | null;
  place?: string | null;
  startsAt: string | null;
  endsAt: string | null;
  registrationUrl?: string | null;
  publishedAt?: string | Date | null;
};

/** Line breaks as readers take them: CR LF, a lone CR or LF, VT, FF, NEL and the Unicode line/paragraph separators. */
const LINE_BREAKS = /\r\n|[\r\n\v\f\u0085\u2028\u2029]/g;
/** Every C0 and C1 control and DEL. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

/** A TEXT value (RFC 5545 §3.3.11): line breaks become `\n`, TAB a space, other controls are dropped. */
export function textValue(value: string) {
  return value
    .replace(LINE_BREAKS, '\n')
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** A URI or identifier value: no control character, line separator or whitespace (spaces are percent-encoded). */
export function uriValue(value: string) {
  return value
    .replace(LINE_BREAKS, '')
    .replace(CONTROLS, '')
    .replace(/\p{Cf}/gu, '')
    .trim()
    .replace(/\s/g, '%20');
}

const stamp = (value: string | Date) =>
  new Date(value)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** Lines longer than 75 octets are folded (continuation lines start with a space), never inside a character. */
export function fold(line: string) {
  if (Buffer.byteLength(line, 'utf8') <= 75) return line;
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

/** `publicUrl`: the portal's configured public address (PUBLIC_URL), e.g. `https://portals.parauga-novads.lv`. */
export function toICalendar(events: Event[], { name, publicUrl }: { name: string; publicUrl: string }) {
  const base = uriValue(publicUrl).replace(/\/+$/, '');
  const domain = new URL(base).hostname;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//se-planning//Sociālās uzņēmējdarbības plāns//LV',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${textValue(name)}`,
    'X-WR-TIMEZONE:Europe/Riga',
    ...events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${uriValue(event.documentId)}@${domain}`,
      `DTSTAMP:${stamp(event.publishedAt ?? new Date())}`,
      `DTSTART:${stamp(event.startsAt!)}`,
      `DTEND:${stamp(event.endsAt ?? event.startsAt!)}`,
      `SUMMARY:${textValue(event.title)}`,
      ...(event.description ? [`DESCRIPTION:${textValue(event.description)}`] : []),
      ...(event.place ? [`LOCATION:${textValue(event.place)}`] : []),
      `URL:${uriValue(event.registrationUrl ?? '') || `${base}/api/engagement-activities/${encodeURIComponent(uriValue(event.slug))}`}`,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
