/**
 * The columns the system keeps (workflow state, the row's municipality, the public search's text and
 * title order, the marker of pre-filled rows) are neither shown nor writable in the Content Manager:
 * hidden in every type's configuration, and whatever a save sends for them is dropped.
 */
import type { Core } from '@strapi/strapi';
import { docs, makePlan, staffLogin, startStrapi, stopStrapi, uid, type Staff } from './helpers/strapi';
import { cm, get, post, put } from './helpers/requests';
import { model } from '../src/plugins/se-planning/server/src/content-types/model';
import { internalFields } from '../src/plugins/se-planning/server/src/content-types/internal-fields';
import { getService } from '../src/plugins/se-planning/server/src/get-service';

let strapi: Core.Strapi;
let admin: Staff;
beforeAll(async () => {
  strapi = await startStrapi();
  admin = await staffLogin(strapi);
});
afterAll(stopStrapi);

type Configuration = {
  metadatas: Record<string, { edit: { visible?: boolean; editable?: boolean } }>;
  layouts: { edit: { name: string }[][]; list: string[] };
};

describe('internal columns in the Content Manager', () => {
  const shown = model.filter((entry) => !entry.hidden);

  it.each(shown.map((entry) => entry.singularName))('%s: hidden, read-only, not in the edit layout', async (name) => {
    const res = await get(admin, `/content-manager/content-types/${uid(name)}/configuration`);
    expect(res.status).toBe(200);
    const { metadatas, layouts } = res.body.data.contentType as Configuration;
    const attributes = Object.keys(strapi.contentType(uid(name)).attributes);
    const internal = internalFields.filter((field) => attributes.includes(field));
    for (const field of internal) {
      expect({ field, ...metadatas[field].edit }).toMatchObject({ field, visible: false, editable: false });
    }
    const isInternal = (field: string) => (internal as readonly string[]).includes(field);
    expect(
      layouts.edit
        .flat()
        .map((field) => field.name)
        .filter(isInternal),
    ).toEqual([]);
    expect(layouts.list.filter(isInternal)).toEqual([]);
  });

  it('covers the scoping and workflow columns of the public types (the fields that were editable)', () => {
    const attributes = Object.keys(strapi.contentType(uid('support-programme')).attributes);
    expect(attributes).toEqual(expect.arrayContaining(['municipalityId', 'reviewState']));
    // the public search's texts live in the public read model now, not in the worksheet rows
    expect(attributes).not.toEqual(expect.arrayContaining(['searchText']));
  });

  it('drops what a save sends for internal columns and keeps its own values', async () => {
    const home = await makePlan(strapi);
    const other = await makePlan(strapi);
    const created = await post(admin, `${cm('support-programme')}?locale=lv`, {
      plan: home.plan,
      title: 'Sociālās uzņēmējdarbības granti',
      kind: 'grant',
      municipalityId: 999999,
      reviewState: 'approved',
    });
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId as string;
    const updated = await put(admin, `${cm('support-programme')}/${documentId}?locale=lv`, {
      title: 'Sociālās uzņēmējdarbības granti 2027',
      municipalityId: 999999,
      revision: created.body.data.revision,
    });
    expect(updated.status).toBe(200);

    const stored = await strapi.db.query(uid('support-programme')).findOne({
      where: { documentId, locale: 'lv', publishedAt: null },
      populate: { plan: { populate: { municipality: true } } },
    });
    expect(stored.title).toBe('Sociālās uzņēmējdarbības granti 2027');
    expect(stored.municipalityId).toBe(stored.plan.municipality.id);
    expect(stored.reviewState).toBe('draft');
    expect(other.municipality).not.toBe(stored.plan.municipality.documentId);
  });

  it('keeps the marker of a pre-filled risk when a staff member saves it with another', async () => {
    const { plan } = await makePlan(strapi);
    const risk = (await docs(strapi, 'risk').findMany({ filters: { plan: { documentId: plan } } })).find(
      (row: { standardKey?: string }) => row.standardKey,
    );
    const res = await put(admin, `${cm('risk')}/${risk.documentId}`, {
      standardKey: 'cits',
      revision: risk.revision,
    });
    expect(res.status).toBe(200);
    const stored = await strapi.db.query(uid('risk')).findOne({ where: { documentId: risk.documentId } });
    expect(stored.standardKey).toBe(risk.standardKey);
  });
});

describe('field labels in the Content Manager on start', () => {
  const risk = () => uid('risk');
  const configuration = async () =>
    (await get(admin, `/content-manager/content-types/${risk()}/configuration`)).body.data
      .contentType as Configuration & {
      metadatas: Record<string, { edit: { label: string }; list: { label: string } }>;
    };
  const relabel = async (labels: Record<string, string>) => {
    const contentTypes = strapi.plugin('content-manager').service('content-types');
    const contentType = strapi.contentType(risk());
    const stored = await contentTypes.findConfiguration(contentType);
    for (const [field, label] of Object.entries(labels)) {
      stored.metadatas[field].edit.label = label;
      stored.metadatas[field].list.label = label;
    }
    const { settings, metadatas, layouts } = stored;
    await contentTypes.updateConfiguration(contentType, { settings, metadatas, layouts });
  };

  // the run's other test files see the risk form as a start leaves it
  afterAll(async () => {
    await relabel({ factor: 'factor', impact: 'impact' });
    await getService(strapi, 'content-manager-labels').apply();
  });

  it('corrects a label an earlier release set, and keeps the one an administrator chose', async () => {
    // as release 0.1.0 left an installed portal: its own label, no record of it; an administrator renamed another
    await relabel({ factor: 'Riska faktors', impact: 'Sekas (mūsu nosaukums)' });
    const store = strapi.store({ type: 'plugin', name: 'se-planning' });
    await store.delete({ key: 'contentManagerLabels' });

    await getService(strapi, 'content-manager-labels').apply();
    let { metadatas } = await configuration();
    expect(metadatas.factor.edit.label).toBe('Risku faktors');
    expect(metadatas.factor.list.label).toBe('Risku faktors');
    expect(metadatas.impact.edit.label).toBe('Sekas (mūsu nosaukums)');

    // a label this release set is its own on the next start too, but an administrator's change of it is not
    await relabel({ factor: 'Faktors' });
    await getService(strapi, 'content-manager-labels').apply();
    ({ metadatas } = await configuration());
    expect(metadatas.factor.edit.label).toBe('Faktors');
  });

  it('puts the labels back after the previous test (the default is the field name)', async () => {
    await relabel({ factor: 'factor', impact: 'impact' });
    await getService(strapi, 'content-manager-labels').apply();
    const { metadatas } = await configuration();
    expect([metadatas.factor.edit.label, metadatas.impact.edit.label]).toEqual(['Risku faktors', 'Iespējamā ietekme']);
  });
});
