/**
 * Latvian field labels and telling list columns in the Content Manager, from the one table in
 * common/field-labels. A label is set where the Content Manager still shows its default (the
 * field's API name) or the label an earlier start set (so a corrected label reaches an installed
 * portal), never where an administrator renamed it. The list columns likewise: set on the first start, and again
 * when this release chooses others and the list still shows the columns an earlier start set (never over columns an
 * administrator chose).
 */
import type { Core } from '@strapi/strapi';
import { labelsOf, listFieldsOf } from '../../../common/field-labels';
import { model } from '../content-types/model';
import { isInternalField, lifecycleFields } from '../content-types/internal-fields';
import { inverseLinksOf, uidOf } from '../content-types/lookup';
import { schemaOf } from '../content-types/store';
import type { ModelName } from '../../../common/model-names';

type Metadata = { edit?: { label?: string; visible?: boolean; editable?: boolean }; list?: { label?: string } };

type Configuration = {
  settings: Record<string, unknown>;
  metadatas: Record<string, Metadata>;
  layouts: { list: string[]; edit: { name: string; size: number }[][] };
};

/**
 * Labels release 0.1.0 set where this release uses the method's own words: that release kept no record
 * of the labels it set, so these are recognised as its own (not an administrator's) and corrected.
 */
const RELEASE_0_1_0_LABELS: Partial<Record<ModelName, Record<string, string>>> = {
  need: { existingSupport: 'Esošie atbalsta formāti' },
  resource: { holder: 'Atbildīgā struktūrvienība' },
  goal: { tasks: 'Uzdevumi' },
  activity: { responsibleUnit: 'Atbildīgā struktūrvienība' },
  'engagement-activity': { responsibleUnit: 'Atbildīgā struktūrvienība' },
  risk: { factor: 'Riska faktors' },
  'monitoring-activity': { responsibleUnit: 'Atbildīgā struktūrvienība' },
};

/**
 * List columns earlier releases set where this release sets others (those releases kept only which types they had
 * set, not the columns): recognised as their own, not an administrator's, and replaced.
 */
const EARLIER_LIST_COLUMNS: Partial<Record<ModelName, string[][]>> = {
  activity: [['id', 'title', 'executionStatus', 'startsOn', 'endsOn', 'plan']],
};

const sameColumns = (a: string[], b: string[]) => a.length === b.length && a.every((field, i) => field === b[i]);

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async apply() {
    const contentTypes = strapi.plugin('content-manager').service('content-types');
    const store = strapi.store({ type: 'plugin', name: 'se-planning' });
    const listed = ((await store.get({ key: 'contentManagerLists' })) as string[] | null) ?? [];
    /** The labels earlier starts set, per type and field: still theirs unless an administrator changed them. */
    const setBefore =
      ((await store.get({ key: 'contentManagerLabels' })) as Record<string, Record<string, string>> | null) ?? {};
    const setNow: Record<string, Record<string, string>> = {};
    /** The list columns earlier starts set, per type (since this release; `listed` before it). */
    const columnsBefore =
      ((await store.get({ key: 'contentManagerListColumns' })) as Record<string, string[]> | null) ?? {};
    const columnsNow: Record<string, string[]> = {};

    for (const entry of model) {
      const contentType = schemaOf(strapi, entry.singularName);
      const configuration = (await contentTypes.findConfiguration(contentType)) as Configuration;
      const labels = labelsOf(entry.singularName);
      const inverse = new Set(Object.keys(inverseLinksOf(entry.singularName)));
      const before = { ...RELEASE_0_1_0_LABELS[entry.singularName], ...setBefore[entry.singularName] };
      const ours = (shown: string | undefined, field: string) => shown === field || shown === before[field];
      setNow[entry.singularName] = {};
      for (const [field, metadata] of Object.entries(configuration.metadatas ?? {})) {
        // internal columns are hidden (and read-only) whether or not they have a label
        if (metadata.edit && isInternalField(field)) Object.assign(metadata.edit, { visible: false, editable: false });
        // shown, changed elsewhere: inverse relations on the side that declares them, the plan's lifecycle by its commands
        if (metadata.edit && (inverse.has(field) || (lifecycleFields as readonly string[]).includes(field)))
          metadata.edit.editable = false;
        const label = labels[field]?.lv;
        if (!label) continue;
        if (metadata.edit && ours(metadata.edit.label, field)) metadata.edit.label = label;
        if (metadata.list && ours(metadata.list.label, field)) metadata.list.label = label;
        setNow[entry.singularName][field] = label;
        // shown, never typed in: the form sends it back so a lost update can be refused
        if (metadata.edit && field === 'revision') metadata.edit.editable = false;
      }
      configuration.layouts.edit = configuration.layouts.edit
        .map((row) => row.filter((field) => !isInternalField(field.name)))
        .filter((row) => row.length > 0);
      const columns = listFieldsOf(entry.singularName);
      if (columns) {
        const wanted = ['id', ...columns];
        const type = entry.singularName;
        const oursBefore = columnsBefore[type]
          ? [columnsBefore[type]]
          : listed.includes(type)
            ? [wanted, ...(EARLIER_LIST_COLUMNS[type] ?? [])]
            : null;
        // never set, or still as a start set it: this release's columns; otherwise an administrator's, kept
        if (oursBefore === null || oursBefore.some((ours) => sameColumns(ours, configuration.layouts.list))) {
          configuration.layouts.list = wanted;
          columnsNow[type] = wanted;
        } else if (columnsBefore[type]) {
          columnsNow[type] = columnsBefore[type];
        }
        if (!listed.includes(type)) listed.push(type);
      }
      const { settings, metadatas, layouts } = configuration;
      await contentTypes.updateConfiguration(contentType, { settings, metadatas, layouts });
    }
    await store.set({ key: 'contentManagerLists', value: listed });
    await store.set({ key: 'contentManagerListColumns', value: columnsNow });
    await store.set({ key: 'contentManagerLabels', value: setNow });
  },
});
