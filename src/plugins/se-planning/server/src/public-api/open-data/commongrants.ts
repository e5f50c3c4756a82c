/**
 * The support programmes as CommonGrants opportunities (commongrants.org protocol, `OpportunityBase`), in the
 * shape of its paginated list (`status`, `message`, `items`, `paginationInfo`), so grant search tools that speak
 * the protocol can read the catalogue. A programme's state maps to the opportunity status: upcoming → forecasted,
 * open → open, closed → closed, ongoing (no application window) → open. Amounts are Money (`"5000.00"`, EUR);
 * `id` is a UUID (version 5) made from the programme's documentId, which `customFields.documentId` also gives.
 */
import { createHash } from 'crypto';
import type { OpenProgramme } from './programme-rows';

type Money = { amount: string; currency: string };
type Status = 'forecasted' | 'open' | 'closed' | 'custom';

const STATUS_OF: Record<string, Status> = { upcoming: 'forecasted', open: 'open', closed: 'closed', ongoing: 'open' };
const STATUS_DESCRIPTION: Record<Status, string> = {
  forecasted: 'Applications have not opened yet',
  open: 'Accepting applications',
  closed: 'Applications are closed',
  custom: 'See the programme',
};

/** A fixed namespace for the portal's opportunity ids (RFC 9562 name-based UUIDs, SHA-1). */
const NAMESPACE = Buffer.from('5c0d3e1f6a8b4c2d9e7f0a1b2c3d4e5f', 'hex');

/** The UUID (version 5) of a programme's documentId: the same id for the same programme, everywhere. */
export function opportunityId(documentId: string) {
  const hash = createHash('sha1').update(NAMESPACE).update(documentId).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const money = (amount: number | null, currency: string): Money | undefined =>
  amount === null ? undefined : { amount: amount.toFixed(2), currency };

const keyDate = (name: string, date: string | null) => (date ? { name, date } : undefined);

/** Drops the properties without a value (CommonGrants leaves optional fields out). */
const defined = <T extends Record<string, unknown>>(object: T) =>
  Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Partial<T>;

export function opportunityOf({ answer, state, row }: OpenProgramme) {
  const status = STATUS_OF[state] ?? 'custom';
  return {
    id: opportunityId(answer.documentId),
    title: answer.title,
    description: answer.description ?? answer.summary ?? answer.title,
    status: { value: status, description: STATUS_DESCRIPTION[status] },
    keyDates: defined({
      appOpens: keyDate('Open for applications', answer.opensOn),
      appDeadline: keyDate('Application deadline', answer.closesOn),
    }),
    funding: defined({
      minAwardAmount: money(answer.amountMin, answer.currency),
      maxAwardAmount: money(answer.amountMax, answer.currency),
      totalAmountAvailable: money(answer.totalBudget, answer.currency),
    }),
    source: String(row.url),
    customFields: {
      documentId: {
        name: 'documentId',
        fieldType: 'string',
        value: answer.documentId,
        description: "The programme's identifier in the portal's public API",
      },
    },
    createdAt: answer.publishedAt,
    lastModifiedAt: answer.publishedAt,
  };
}

/** Every programme on one page of CommonGrants' paginated list. */
export function opportunityList(programmes: OpenProgramme[]) {
  return {
    status: 200,
    message: 'Success',
    items: programmes.map(opportunityOf),
    paginationInfo: {
      page: 1,
      pageSize: Math.max(programmes.length, 1),
      totalItems: programmes.length,
      totalPages: 1,
    },
  };
}
