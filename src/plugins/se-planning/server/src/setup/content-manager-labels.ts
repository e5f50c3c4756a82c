/**
 * Latvian field labels and telling list columns in the Content Manager, from the one table in
 * common/field-labels. Labels are only set where the Content Manager still shows its default
 * (the field's API name), so what an administrator renamed stays; the list columns are set
 * once per content type.
 */
import type { Core } from '@strapi/strapi';
import { fieldLabels, listFields, sharedFieldLabels } from '../../../common/field-labels';
import { model } from '../content-types/model';
import { isInternalField } from '../content-types/internal-fields';
import { uidOf } from '../content-types/lookup';
import { schemaOf } from '../content-types/store';

type Metadata = { edit?: { label?: string; visible?: boolean; editable?: boolean }; list?: { label?: string } };

type Configuration = {
  settings: Record<string, unknown>;
  metadatas: Record<string, Metadata>;
  layouts: { list: string[]; edit: { name: string; size: number }[][] };
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async apply() {
    const contentTypes = strapi.plugin('content-manager').service('content-types');
    const store = strapi.store({ type: 'plugin', name: 'se-planning' });
    const listed = ((await store.get({ key: 'contentManagerLists' })) as string[] | null) ?? [];

    for (const entry of model) {
      const contentType = schemaOf(strapi, entry.singularName);
      const configuration = (await contentTypes.findConfiguration(contentType)) as Configuration;
      const labels = { ...sharedFieldLabels, ...fieldLabels[entry.singularName] };
      for (const [field, metadata] of Object.entries(configuration.metadatas ?? {})) {
        // internal columns are hidden (and read-only) whether or not they have a label
        if (metadata.edit && isInternalField(field)) Object.assign(metadata.edit, { visible: false, editable: false });
        const label = labels[field]?.lv;
        if (!label) continue;
        if (metadata.edit && metadata.edit.label === field) metadata.edit.label = label;
        if (metadata.list && metadata.list.label === field) metadata.list.label = label;
        // shown, never typed in: the form sends it back so a lost update can be refused
        if (metadata.edit && field === 'revision') metadata.edit.editable = false;
      }
      configuration.layouts.edit = configuration.layouts.edit
        .map((row) => row.filter((field) => !isInternalField(field.name)))
        .filter((row) => row.length > 0);
      if (!listed.includes(entry.singularName) && listFields[entry.singularName]) {
        configuration.layouts.list = ['id', ...listFields[entry.singularName]];
        listed.push(entry.singularName);
      }
      const { settings, metadatas, layouts } = configuration;
      await contentTypes.updateConfiguration(contentType, { settings, metadatas, layouts });
    }
    await store.set({ key: 'contentManagerLists', value: listed });
  },
});
