/**
 * The plugin's messages, one helper for every screen: keys are those of `translations/lv.json`
 * (a key that is not there does not compile), Latvian is the default and English the second language.
 */
import * as React from 'react';
import { useIntl } from 'react-intl';
import type { Label } from '../../common/vocabulary';
import { PLUGIN_ID } from './pluginId';
import lv from './translations/lv.json';

export type MessageKey = keyof typeof lv;
export type Language = keyof Label;
type Values = Record<string, string | number>;

/** The id under which the admin knows a plugin message (`se-planning.<key>`). */
export const messageId = (key: string) => `${PLUGIN_ID}.${key}`;

/** `t(key, values)`, the admin's language and `label()` for the `{ lv, en }` labels of `common/`. */
export const useTranslate = () => {
  const intl = useIntl();
  const language: Language = intl.locale === 'en' ? 'en' : 'lv';
  return React.useMemo(
    () => ({
      language,
      t: (key: MessageKey, values?: Values) =>
        intl.formatMessage({ id: messageId(key), defaultMessage: lv[key] }, values),
      label: (label: Label) => label[language],
      formatDate: (date: string | Date) => intl.formatDate(date, { dateStyle: 'short', timeStyle: 'short' }),
      /**
       * A calendar date (`YYYY-MM-DD`, e.g. a council decision's) in the admin's language, as that day wherever the
       * browser is (read as UTC: a local midnight would be the day before west of Greenwich); anything else as given.
       */
      formatDay: (day: string | null | undefined) => {
        if (!day) return '—';
        const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
        return /^\d{4}-\d{2}-\d{2}/.test(day) && !Number.isNaN(date.getTime())
          ? intl.formatDate(date, { dateStyle: 'long', timeZone: 'UTC' })
          : day;
      },
    }),
    [intl, language],
  );
};
