/**
 * The Content Manager's list views as a start leaves them: the activity list (#7) shows the task it serves and the
 * responsible unit, on a fresh install and on one an earlier release set up, but never over the columns an
 * administrator chose.
 */
import type { Core } from '@strapi/strapi';
import { staffLogin, startStrapi, stopStrapi, uid, type Staff } from './helpers/strapi';
import { get } from './helpers/requests';
import { getService } from '../src/plugins/se-planning/server/src/get-service';

let strapi: Core.Strapi;
let admin: Staff;
beforeAll(async () => {
  strapi = await startStrapi();
  admin = await staffLogin(strapi);
});
afterAll(stopStrapi);

type Configuration = { layouts: { list: string[] }; metadatas: Record<string, { list: { label: string } }> };
const activity = () => uid('activity');
const configuration = async () =>
  (await get(admin, `/content-manager/content-types/${activity()}/configuration`)).body.data
    .contentType as Configuration;
const setList = async (list: string[]) => {
  const contentTypes = strapi.plugin('content-manager').service('content-types');
  const contentType = strapi.contentType(activity());
  const stored = await contentTypes.findConfiguration(contentType);
  const { settings, metadatas, layouts } = stored;
  await contentTypes.updateConfiguration(contentType, { settings, metadatas, layouts: { ...layouts, list } });
};
const apply = () => getService(strapi, 'content-manager-labels').apply();
const store = () => strapi.store({ type: 'plugin', name: 'se-planning' });
const COLUMNS = ['id', 'title', 'task', 'responsibleUnit', 'executionStatus', 'endsOn', 'plan'];

describe('the activity list view (#7)', () => {
  // the run's other test files see the list as a start leaves it
  afterAll(async () => {
    await setList(COLUMNS);
    await apply();
  });

  it('shows the task and the responsible unit, labelled as the sheet’s columns', async () => {
    const { layouts, metadatas } = await configuration();
    expect(layouts.list).toEqual(COLUMNS);
    expect(metadatas.task.list.label).toBe('Specifiskais uzdevums');
    expect(metadatas.responsibleUnit.list.label).toBe('Atbildīgā struktūrvienība pašvaldībā');
  });

  it('replaces the columns an earlier release set, on an install it set up', async () => {
    // as the earlier release left it: its columns, and only the record that it had set them
    await setList(['id', 'title', 'executionStatus', 'startsOn', 'endsOn', 'plan']);
    await store().delete({ key: 'contentManagerListColumns' });
    const listed = (await store().get({ key: 'contentManagerLists' })) as string[];
    expect(listed).toContain('activity');
    await apply();
    expect((await configuration()).layouts.list).toEqual(COLUMNS);
  });

  it('keeps the columns an administrator chose, before and after this release', async () => {
    await setList(['id', 'title', 'plan']);
    await apply();
    expect((await configuration()).layouts.list).toEqual(['id', 'title', 'plan']);
    await store().delete({ key: 'contentManagerListColumns' });
    await apply();
    expect((await configuration()).layouts.list).toEqual(['id', 'title', 'plan']);
  });
});
