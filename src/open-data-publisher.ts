/**
 * Who publishes the open data (README "Open data"): the municipality or the national body running the portal, as the
 * DCAT-AP catalogue names it for data.gov.lv — OPEN_DATA_PUBLISHER_NAME (Latvian), OPEN_DATA_PUBLISHER_NAME_EN,
 * OPEN_DATA_PUBLISHER_URL (its website) and OPEN_DATA_CONTACT_EMAIL (the contact point). All optional: without a name
 * the portal itself is the publisher. Checked when the configuration loads: a value that could not be published
 * (an address that is not http(s), an e-mail without "@", a URL or e-mail without a name) stops the start naming the
 * variable.
 */
import { settingUrl } from './edge/setting-url';
import type { Publisher } from './plugins/se-planning/server/src/public-api/open-data/catalog';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function openDataPublisher(env: (name: string) => string | undefined): Publisher {
  const read = (name: string) => (env(name) ?? '').trim();
  const name = read('OPEN_DATA_PUBLISHER_NAME');
  const nameEn = read('OPEN_DATA_PUBLISHER_NAME_EN');
  const url = read('OPEN_DATA_PUBLISHER_URL');
  const email = read('OPEN_DATA_CONTACT_EMAIL');
  const problem = (variable: string, value: string, why: string) =>
    new Error(`${variable}: "${value}" ${why} (the open-data catalogue's publisher; README "Open data")`);
  if (!name) {
    const given = [
      ['OPEN_DATA_PUBLISHER_NAME_EN', nameEn],
      ['OPEN_DATA_PUBLISHER_URL', url],
      ['OPEN_DATA_CONTACT_EMAIL', email],
    ].find(([, value]) => value);
    if (given)
      throw problem(given[0], given[1], 'is set without OPEN_DATA_PUBLISHER_NAME, the publisher it belongs to');
    return {};
  }
  if (url)
    settingUrl(url, (why) => problem('OPEN_DATA_PUBLISHER_URL', url, why), {
      invalid: 'is not an absolute URL',
      notHttp: 'is not an http(s) address',
    });
  if (email && !EMAIL.test(email)) throw problem('OPEN_DATA_CONTACT_EMAIL', email, 'is not an e-mail address');
  return { name, ...(nameEn && { nameEn }), ...(url && { url }), ...(email && { email }) };
}
