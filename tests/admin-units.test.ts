/**
 * The admin's pure pieces, without Strapi or a browser: how a failed request's error is read, and
 * that both languages have every message.
 */
import { serverError, isAbort } from '../src/plugins/se-planning/admin/src/server-error';
import lv from '../src/plugins/se-planning/admin/src/translations/lv.json';
import en from '../src/plugins/se-planning/admin/src/translations/en.json';

describe('reading a failed request', () => {
  it('takes Strapi’s error shape as useFetchClient keeps it', () => {
    const thrown = Object.assign(new Error('Nav atļauts'), {
      name: 'FetchError',
      status: 403,
      response: {
        data: { data: null, error: { status: 403, name: 'ForbiddenError', message: 'Nav atļauts', details: { a: 1 } } },
      },
    });
    expect(serverError(thrown)).toEqual({
      status: 403,
      name: 'ForbiddenError',
      message: 'Nav atļauts',
      details: { a: 1 },
    });
  });

  it('keeps the status of an answer without a body, and nothing of a request without an answer', () => {
    expect(serverError(Object.assign(new Error('Unknown Server Error'), { status: 502 }))).toMatchObject({
      status: 502,
      message: null,
    });
    expect(serverError(new SyntaxError('Unexpected token <'))).toEqual({
      status: null,
      name: null,
      message: null,
      details: null,
    });
    expect(serverError(undefined).message).toBeNull();
  });

  it('tells an aborted request (the page was left) from a failure', () => {
    expect(isAbort(Object.assign(new Error('aborted'), { name: 'AbortError' }))).toBe(true);
    expect(isAbort(new TypeError('Failed to fetch'))).toBe(false);
  });
});

describe('the admin messages', () => {
  it('exist in Latvian and English alike, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(lv).sort());
    for (const messages of [lv, en]) {
      for (const [key, value] of Object.entries(messages)) expect([key, value.trim()]).not.toEqual([key, '']);
    }
  });
});
