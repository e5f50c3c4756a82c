/**
 * The fetch-and-state of every admin screen: GET one of the plugin's admin routes with the logged-in
 * user's token (`useFetchClient`) and keep its answer or its error. A failure is logged and returned,
 * never turned into an empty answer.
 */
import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { isAbort, serverError, type ServerError } from '../server-error';

export type AdminData<T> = {
  /** The response body, once it has come (and until the URL changes). */
  data: T | undefined;
  error: ServerError | undefined;
  /** A request is under way (the first one, a reload or one for a new URL). */
  loading: boolean;
  /** Asks again; the last answer stays visible until the new one comes. */
  reload: () => void;
};

type Answer<T> = { url: string; data?: T; error?: ServerError };

export const useAdminData = <T>(url: string): AdminData<T> => {
  const { get } = useFetchClient();
  const [answer, setAnswer] = React.useState<Answer<T> | null>(null);
  const [loading, setLoading] = React.useState(true);
  const latest = React.useRef(0);

  const load = React.useCallback(() => {
    const request = ++latest.current;
    setLoading(true);
    get<T>(url).then(
      ({ data }) => {
        if (request !== latest.current) return;
        setAnswer({ url, data });
        setLoading(false);
      },
      (thrown: unknown) => {
        if (request !== latest.current || isAbort(thrown)) return;
        console.error(`[se-planning] GET ${url} failed`, thrown);
        setAnswer({ url, error: serverError(thrown) });
        setLoading(false);
      },
    );
  }, [get, url]);

  React.useEffect(load, [load]);

  const current = answer?.url === url ? answer : undefined;
  return { data: current?.data, error: current?.error, loading, reload: load };
};
