/**
 * What a failed request says. The server answers Strapi's error shape
 * `{ error: { status, name, message, details } }`, which `useFetchClient` keeps on the error's
 * `response.data`; a request that got no readable answer (network down, an HTML error page) has none.
 */
export type ServerError = {
  /** HTTP status, when there was an answer. */
  status: number | null;
  name: string | null;
  /** The server's own message, shown to the user as it is. */
  message: string | null;
  details: unknown;
};

const record = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : null);

export const serverError = (thrown: unknown): ServerError => {
  const error = record(thrown);
  const body = record(record(record(error?.response)?.data)?.error);
  const status = body?.status ?? error?.status;
  return {
    status: typeof status === 'number' ? status : null,
    name: text(body?.name),
    message: text(body?.message),
    details: body?.details ?? null,
  };
};

/** `useFetchClient` aborts its requests when the component unmounts: not an error to show. */
export const isAbort = (thrown: unknown) => record(thrown)?.name === 'AbortError';
