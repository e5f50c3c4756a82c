/**
 * The admin's pure pieces, without Strapi or a browser: which fixed list a `choice` field shows,
 * how a failed request's error is read, and that both languages have every message.
 */
import { choiceListOf, isVocabularyName } from '../src/plugins/se-planning/common/choice-fields';
import { riskLevels, programmeKinds, vocabularies } from '../src/plugins/se-planning/common/vocabulary';
import { serverError, isAbort } from '../src/plugins/se-planning/admin/src/server-error';
import lv from '../src/plugins/se-planning/admin/src/translations/lv.json';
import en from '../src/plugins/se-planning/admin/src/translations/en.json';

describe('the fixed list of a choice field', () => {
  it('is the list its schema names, with every key and its labels', () => {
    const list = choiceListOf('kind', { vocabulary: 'programmeKinds' });
    expect(list).toMatchObject({ ok: true, vocabulary: 'programmeKinds' });
    if (!list.ok) throw new Error(list.message);
    expect(list.options.map((o) => o.key)).toEqual(Object.keys(programmeKinds));
    expect(list.options[0].label).toEqual(Object.values(programmeKinds)[0]);
  });

  it('knows every list of vocabulary.ts', () => {
    for (const name of Object.keys(vocabularies)) expect(choiceListOf('x', { vocabulary: name }).ok).toBe(true);
  });

  it.each([
    ['a misspelt name', { vocabulary: 'riskLevel' }],
    ['a missing name', {}],
    ['no options', undefined],
    ['a prototype key', { vocabulary: 'toString' }],
    ['a non-string', { vocabulary: 3 }],
  ])('is an error naming the field for %s, never the risk levels', (_, options) => {
    const list = choiceListOf('level', options);
    expect(list.ok).toBe(false);
    if (list.ok) return;
    expect(list.message).toMatch(/^unknown fixed list for field level: /);
    expect(list.field).toBe('level');
    expect(JSON.stringify(list)).not.toContain(riskLevels.high.lv);
  });

  it('guards names with isVocabularyName', () => {
    expect(isVocabularyName('riskLevels')).toBe(true);
    expect(isVocabularyName('constructor')).toBe(false);
  });
});

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
