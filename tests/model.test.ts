/**
 * The plugin is loaded (its server entry is JavaScript pointing at the compiled TypeScript; a
 * missing entry would skip it silently) and the whole 11-worksheet model is in place.
 */
import type { Core } from '@strapi/strapi';
import { docs, makePlan, rejection, startStrapi, stopStrapi, uid } from './helpers/strapi';

let strapi: Core.Strapi;
beforeAll(async () => {
  strapi = await startStrapi();
});
afterAll(stopStrapi);

const worksheetTypes: Record<number, string[]> = {
  1: ['policy-document'],
  2: ['cooperation-model'],
  3: ['data-source'],
  4: ['need'],
  5: ['resource', 'support-given'],
  6: ['goal', 'task'],
  7: ['activity'],
  8: ['indicator', 'measurement'],
  9: ['partnership-step', 'engagement-activity'],
  10: ['risk'],
  11: ['monitoring-activity'],
};
const vocabularyTypes = ['municipality', 'plan', 'municipal-unit', 'organisation', 'target-group'];
const attributes = (name: string) => strapi.contentType(uid(name)).attributes as Record<string, any>;

describe('the se-planning plugin', () => {
  it('is loaded with every content type of the domain', () => {
    const plugin = strapi.plugin('se-planning');
    expect(plugin).toBeDefined();
    const names = Object.keys(plugin.contentTypes).sort();
    expect(names).toEqual(
      [...vocabularyTypes, ...Object.values(worksheetTypes).flat(), 'support-programme', 'review-event'].sort(),
    );
  });

  it.each(Object.entries(worksheetTypes))(
    'worksheet #%s rows belong to a plan and have a position',
    (number, types) => {
      for (const type of types) {
        const schema = strapi.contentType(uid(type));
        expect(schema.info.displayName).toContain(`(#${number})`);
        expect(attributes(type).plan).toMatchObject({ type: 'relation', relation: 'manyToOne', target: uid('plan') });
        expect(attributes(type).position).toMatchObject({ type: 'integer' });
        // the plan lists its rows: the relation is walkable both ways
        const inverse = attributes(type).plan.inversedBy;
        expect(attributes('plan')[inverse]).toMatchObject({
          relation: 'oneToMany',
          target: uid(type),
          mappedBy: 'plan',
        });
      }
    },
  );

  it('has the columns of every worksheet', () => {
    const columns: Record<string, string[]> = {
      'policy-document': ['kind', 'title', 'section', 'issuer', 'number', 'issuedOn', 'implementer', 'url'],
      'cooperation-model': ['organisation', 'cooperationTypes', 'cooperationTypeOther', 'result'],
      'data-source': ['dataType', 'source', 'sourceUnit', 'sourceUncertain', 'updateFrequency'],
      need: ['targetGroup', 'existingSupport', 'unmetNeeds', 'socialEnterpriseRole', 'informationSources'],
      resource: ['group', 'subtype', 'resourceTypeOther', 'title', 'holder', 'annualAmountEur'],
      'support-given': ['recipient', 'recipientOrganisation', 'form', 'amountEur', 'year'],
      goal: ['title', 'description', 'deadline', 'strategy', 'needs', 'resources', 'partners', 'tasks', 'indicators'],
      task: ['goal', 'title', 'deadline', 'activities', 'indicators'],
      activity: [
        'task',
        'title',
        'startsOn',
        'endsOn',
        'fundingSource',
        'involvedParties',
        'organisations',
        'responsibleUnit',
        'executionStatus',
        'progress',
      ],
      indicator: [
        'title',
        'kind',
        'unit',
        'baseline',
        'target',
        'targetDate',
        'dataMethod',
        'recommendations',
        'evaluationParties',
        'goal',
        'task',
        'activity',
        'measurements',
      ],
      measurement: ['indicator', 'measuredOn', 'value', 'qualitativeValue'],
      'partnership-step': ['step', 'done', 'doneOn', 'evidence'],
      'engagement-activity': [
        'title',
        'slug',
        'description',
        'audience',
        'targetGroups',
        'channels',
        'startsAt',
        'endsAt',
        'place',
        'responsibleUnit',
        'registrationUrl',
      ],
      risk: ['factor', 'impact', 'level', 'preventiveMeasures', 'reactiveAction', 'responsible', 'responsibleUnit'],
      'monitoring-activity': ['title', 'responsibleUnit', 'deadline', 'performanceIndicator', 'done', 'evidence'],
      'support-programme': [
        'title',
        'slug',
        'summary',
        'description',
        'kind',
        'implementer',
        'targetGroups',
        'eligibility',
        'amountMin',
        'amountMax',
        'totalBudget',
        'opensOn',
        'closesOn',
        'howToApply',
        'websiteUrl',
        'contactEmail',
        'contactPhone',
        'legalBasis',
        'sourceResource',
      ],
      municipality: ['name', 'slug', 'region', 'website', 'plans', 'municipalUnits'],
      plan: ['title', 'municipality', 'periodStartYear', 'periodEndYear', 'planStatus', 'version'],
    };
    for (const [type, fields] of Object.entries(columns)) {
      expect([type, fields.filter((field) => !(field in attributes(type)))]).toEqual([type, []]);
    }
  });

  it('shows Latvian display names in the Content Manager', () => {
    expect(strapi.contentType(uid('risk')).info.displayName).toBe('Riski (#10)');
    expect(strapi.contentType(uid('plan')).info.displayName).toBe('Rīcības plāni');
    expect(strapi.contentType(uid('support-programme')).info.displayName).toBe('Atbalsta programmas');
  });

  it('walks the chain need/strategy → goal → task → activity → indicator → measurement both ways', () => {
    const chain: [string, string, string, string][] = [
      // [from, field, to, inverse]
      ['goal', 'needs', 'need', 'goals'],
      ['goal', 'strategy', 'policy-document', 'goals'],
      ['task', 'goal', 'goal', 'tasks'],
      ['activity', 'task', 'task', 'activities'],
      ['indicator', 'activity', 'activity', 'indicators'],
      ['indicator', 'task', 'task', 'indicators'],
      ['indicator', 'goal', 'goal', 'indicators'],
      ['measurement', 'indicator', 'indicator', 'measurements'],
      ['goal', 'resources', 'resource', 'goals'],
      ['activity', 'organisations', 'organisation', 'activities'],
    ];
    for (const [from, field, to, inverse] of chain) {
      expect(attributes(from)[field]).toMatchObject({ target: uid(to), inversedBy: inverse });
      expect(attributes(to)[inverse]).toMatchObject({ target: uid(from), mappedBy: field });
    }
  });

  it('stores only the values of a worksheet’s fixed list, the method’s "?" and "Cits (precizēt)" among them', async () => {
    const { plan } = await makePlan(strapi);
    const refused = await rejection(() =>
      docs(strapi, 'risk').create({ data: { plan, factor: 'X', level: 'kritisks' } }),
    );
    expect(refused.name).toBe('ValidationError');
    for (const level of ['low', 'medium', 'high'])
      await docs(strapi, 'risk').create({
        data: { plan, factor: `Risks ${level}`, level, preventiveMeasures: 'P', reactiveAction: 'R' },
      });
    const unknown = await docs(strapi, 'data-source').create({
      data: { plan, dataType: 'Sociālā dienesta klientu statistika', updateFrequency: 'unknown' },
    });
    expect(unknown.updateFrequency).toBe('unknown');
    const badChoice = await rejection(() =>
      docs(strapi, 'cooperation-model').create({
        data: { plan, cooperationTypes: ['partnership_agreement', 'nav-tads'] },
      }),
    );
    expect(badChoice.details.errors.map((e: { path: string[] }) => e.path[0])).toContain('cooperationTypes');
    const other = await docs(strapi, 'resource').create({
      data: {
        plan,
        title: 'Kopstrādes telpa',
        group: 'infrastructure',
        subtype: 'other',
        resourceTypeOther: 'Kopstrādes telpa',
      },
    });
    expect(other.subtype).toBe('other');
  });

  it('shows the fixed lists with their labels in the admin', () => {
    // shown with their Latvian labels in the admin through the plugin's custom fields
    expect(attributes('risk').level).toMatchObject({
      type: 'enumeration',
      customField: 'plugin::se-planning.choice',
      options: { vocabulary: 'riskLevels' },
    });
    expect(attributes('cooperation-model').cooperationTypes).toMatchObject({
      type: 'json',
      customField: 'plugin::se-planning.choices',
      options: { vocabulary: 'cooperationTypes' },
    });
  });

  it('gives support programmes and engagement activities draft & publish and lv/en locales', () => {
    for (const type of ['support-programme', 'engagement-activity']) {
      const schema = strapi.contentType(uid(type)) as any;
      expect(schema.options.draftAndPublish).toBe(true);
      expect(schema.pluginOptions.i18n.localized).toBe(true);
    }
    // texts are translated, numbers, dates and kinds are shared by both languages
    for (const field of ['title', 'summary', 'description', 'eligibility', 'howToApply']) {
      expect([field, attributes('support-programme')[field].pluginOptions?.i18n?.localized]).toEqual([field, true]);
    }
    for (const field of ['kind', 'amountMax', 'opensOn', 'websiteUrl']) {
      expect([field, attributes('support-programme')[field].pluginOptions?.i18n?.localized]).toEqual([field, false]);
    }
    expect(attributes('engagement-activity').title.pluginOptions.i18n.localized).toBe(true);
    expect((strapi.contentType(uid('measurement')) as any).options.draftAndPublish).toBe(true);
    expect((strapi.contentType(uid('risk')) as any).options.draftAndPublish).toBe(false);
  });

  it('keeps internal markers out of the public output', () => {
    expect(attributes('risk').standardKey.private).toBe(true);
  });

  it('labels fields in Latvian in the Content Manager, with telling list columns', async () => {
    const contentTypes = strapi.plugin('content-manager').service('content-types');
    const risk = await contentTypes.findConfiguration(strapi.contentType(uid('risk')));
    expect(risk.metadatas.factor.edit.label).toBe('Risku faktors');
    expect(risk.metadatas.preventiveMeasures.edit.label).toMatch(/[Pp]reventīv/);
    expect(risk.layouts.list).toEqual(expect.arrayContaining(['factor', 'level', 'plan']));
    expect(risk.metadatas.standardKey.edit.visible).toBe(false);
    const plan = await contentTypes.findConfiguration(strapi.contentType(uid('plan')));
    expect(plan.metadatas.risks.edit.label).toBe('Riski (#10)');
  });

  it('makes Latvian the default content locale, with English second', async () => {
    const locales = strapi.plugin('i18n').service('locales');
    expect(await locales.getDefaultLocale()).toBe('lv');
    const codes = (await locales.find()).map((l: { code: string }) => l.code);
    expect(codes).toEqual(expect.arrayContaining(['lv', 'en']));
  });
});
