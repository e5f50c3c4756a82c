/** The public API's OpenAPI document (built once: it depends on code only, not on content). */
import { buildDocument } from './document';

export default () => {
  let document: ReturnType<typeof buildDocument> | undefined;
  return {
    document: () => (document ??= buildDocument()),
  };
};
