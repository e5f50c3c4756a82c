/** Where the plugin's screens link to in the Content Manager. */
import { PLUGIN_ID } from './pluginId';

/** The edit view of one item of the plugin's type `type` (singular name). */
export const editLink = (type: string, documentId: string) =>
  `/content-manager/collection-types/plugin::${PLUGIN_ID}.${type}/${documentId}`;

/** The Content Manager list of one type, filtered to one plan's rows. */
export const planRowsLink = (uid: string, planDocumentId: string) =>
  `/content-manager/collection-types/${uid}?filters[$and][0][plan][documentId][$eq]=${planDocumentId}`;
