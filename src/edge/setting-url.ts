/** An http(s) URL read from a setting, or the setting's own error saying what is wrong with it. */
export function settingUrl(
  value: string,
  problem: (why: string) => Error,
  words: { invalid: string; notHttp: string },
): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw problem(words.invalid);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw problem(words.notHttp);
  return url;
}
