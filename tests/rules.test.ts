/**
 * The business rules of common/rules, as the server guard and the admin forms call them:
 * each rule with an accepted and a rejected case, and the field path it names.
 */
import { checkRow } from '../src/plugins/se-planning/common/rules/worksheet-rules';
import type { ModelName } from '../src/plugins/se-planning/common/model-names';
import { evaluateSmart } from '../src/plugins/se-planning/common/smart';

const paths = (type: ModelName, row: Record<string, unknown>) =>
  checkRow(type, row).errors.map((e) => e.path.join('.'));
const plan = { periodStartYear: 2025, periodEndYear: 2027 };

describe('#10 risks: measures are required for medium and high risks only', () => {
  it.each(['medium', 'high'])('rejects a %s risk without preventive measures and reactive action', (level) => {
    const { errors } = checkRow('risk', {
      factor: 'Finansējuma trūkums',
      level,
      preventiveMeasures: ' ',
      reactiveAction: null,
    });
    expect(errors.map((e) => e.path[0])).toEqual(['preventiveMeasures', 'reactiveAction']);
    expect(errors[0].message).toMatch(/preventīvie pasākumi/);
  });
  it('rejects a high risk that has measures but no reactive action', () => {
    expect(paths('risk', { level: 'high', preventiveMeasures: 'Diversificēt finansējumu' })).toEqual([
      'reactiveAction',
    ]);
  });
  it('accepts a medium risk with both, and a low or unassessed risk without either', () => {
    expect(paths('risk', { level: 'medium', preventiveMeasures: 'A', reactiveAction: 'B' })).toEqual([]);
    expect(paths('risk', { level: 'low' })).toEqual([]);
    expect(paths('risk', { level: null })).toEqual([]);
  });
});

describe('dates: end before start is rejected, outside the plan period only warns', () => {
  it('rejects a plan period ending before it starts', () => {
    expect(paths('plan', { periodStartYear: 2027, periodEndYear: 2025 })).toEqual(['periodEndYear']);
    expect(paths('plan', { periodStartYear: 2025, periodEndYear: 2025 })).toEqual([]);
  });
  it('rejects an activity ending before it starts', () => {
    expect(paths('activity', { startsOn: '2025-05-10', endsOn: '2025-05-01', plan })).toEqual(['endsOn']);
    expect(paths('activity', { startsOn: '2025-05-01', endsOn: '2025-05-01', plan })).toEqual([]);
  });
  it('rejects an application window closing before it opens', () => {
    expect(paths('support-programme', { opensOn: '2026-03-01', closesOn: '2026-02-01' })).toEqual(['closesOn']);
  });
  it('rejects an engagement activity ending before it starts', () => {
    expect(
      paths('engagement-activity', { startsAt: '2025-09-10T10:00:00+03:00', endsAt: '2025-09-10T09:00:00+03:00' }),
    ).toEqual(['endsAt']);
  });
  it('warns, without rejecting, when an activity falls outside the plan period', () => {
    const result = checkRow('activity', { startsOn: '2024-11-01', endsOn: '2025-01-15', plan });
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => w.path[0])).toEqual(['startsOn']);
    expect(result.warnings[0].message).toMatch(/2025–2027/);
  });
  it('warns about a goal deadline after the plan period', () => {
    expect(checkRow('goal', { deadline: '2028-03-01', plan }).warnings).toHaveLength(1);
    expect(checkRow('goal', { deadline: '2027-12-31', plan }).warnings).toHaveLength(0);
  });
});

describe('amounts and URLs', () => {
  it('rejects negative amounts', () => {
    expect(paths('support-programme', { amountMin: -1 })).toEqual(['amountMin']);
    expect(paths('support-given', { amountEur: '-250.00' })).toEqual(['amountEur']);
    expect(paths('resource', { group: 'financial', subtype: 'grants', annualAmountEur: -5 })).toEqual([
      'annualAmountEur',
    ]);
  });
  it('rejects a maximum below the minimum or above the total budget', () => {
    expect(paths('support-programme', { amountMin: 5000, amountMax: 1000 })).toEqual(['amountMax']);
    expect(paths('support-programme', { amountMax: 6000, totalBudget: 5000 })).toEqual(['amountMax']);
    expect(paths('support-programme', { amountMin: 1000, amountMax: 5000, totalBudget: 50000 })).toEqual([]);
  });
  it.each(['parauga-novads.lv', 'ftp://files.example.lv/a', 'https://', 'javascript:alert(1)', 'http://localhost'])(
    'rejects the malformed URL %s',
    (url) => {
      expect(paths('support-programme', { websiteUrl: url })).toEqual(['websiteUrl']);
      expect(paths('policy-document', { url })).toEqual(['url']);
    },
  );
  it('accepts full http(s) URLs and an empty field', () => {
    expect(paths('engagement-activity', { registrationUrl: 'https://www.parauga-novads.lv/pieteikties?id=5' })).toEqual(
      [],
    );
    expect(paths('municipality', { website: '' })).toEqual([]);
  });
});

describe('#8 measurements and indicators', () => {
  const quantitative = { indicator: { kind: 'quantitative' } };
  it('requires a number for a measurement of a quantitative indicator', () => {
    expect(paths('measurement', { ...quantitative, value: null })).toEqual(['value']);
    expect(paths('measurement', { ...quantitative, value: 'daudz' })).toEqual(['value']);
    expect(paths('measurement', { ...quantitative, value: '12.5' })).toEqual([]);
    expect(paths('measurement', { ...quantitative, value: 0 })).toEqual([]);
  });
  it('requires a described result for a qualitative indicator', () => {
    expect(paths('measurement', { indicator: { kind: 'qualitative' } })).toEqual(['qualitativeValue']);
    expect(
      paths('measurement', { indicator: { kind: 'qualitative' }, qualitativeValue: 'Izpratne uzlabojusies' }),
    ).toEqual([]);
  });
  it('requires an indicator to measure a goal, a task or an activity', () => {
    expect(paths('indicator', { kind: 'quantitative' })).toEqual(['goal']);
    expect(paths('indicator', { kind: 'quantitative', task: { id: 1 } })).toEqual([]);
  });
});

describe('fixed lists', () => {
  it('keeps a #5 resource subtype inside its group', () => {
    expect(paths('resource', { group: 'financial', subtype: 'free_premises' })).toEqual(['subtype']);
    expect(paths('resource', { group: 'infrastructure', subtype: 'free_premises' })).toEqual([]);
  });
  it('takes one or more #2 cooperation types from the fixed list', () => {
    expect(paths('cooperation-model', { cooperationTypes: [] })).toEqual(['cooperationTypes']);
    expect(paths('cooperation-model', { cooperationTypes: ['partnership_agreement', 'joint_projects'] })).toEqual([]);
    expect(paths('cooperation-model', { cooperationTypes: ['sadraudzība'] })).toEqual(['cooperationTypes.0']);
    expect(paths('cooperation-model', { cooperationTypes: 'partnership_agreement' })).toEqual(['cooperationTypes']);
  });
  it('requires the text of "Cits (precizēt)" with #2 `other`, and refuses it without', () => {
    const other = { cooperationTypes: ['joint_projects', 'other'] };
    expect(paths('cooperation-model', other)).toEqual(['cooperationTypeOther']);
    expect(paths('cooperation-model', { ...other, cooperationTypeOther: ' ' })).toEqual(['cooperationTypeOther']);
    expect(paths('cooperation-model', { ...other, cooperationTypeOther: 'Brīvprātīgo apmaiņa' })).toEqual([]);
    expect(
      paths('cooperation-model', { cooperationTypes: ['joint_projects'], cooperationTypeOther: 'Brīvprātīgo apmaiņa' }),
    ).toEqual(['cooperationTypeOther']);
    expect(paths('cooperation-model', { cooperationTypes: ['joint_projects'], cooperationTypeOther: '' })).toEqual([]);
  });
  it('takes a #5 `other` resource type in any group, with its text, and refuses the text without it', () => {
    for (const group of ['financial', 'material', 'infrastructure', 'information_human']) {
      expect(paths('resource', { group, subtype: 'other' })).toEqual(['resourceTypeOther']);
      expect(paths('resource', { group, subtype: 'other', resourceTypeOther: 'Transports' })).toEqual([]);
    }
    expect(paths('resource', { group: 'financial', subtype: 'grants', resourceTypeOther: 'Transports' })).toEqual([
      'resourceTypeOther',
    ]);
  });
});

describe('#6 SMART evaluation of a goal', () => {
  const complete = {
    title: 'Palielināt sociālo uzņēmumu skaitu par 20% līdz 2027. gadam',
    deadline: '2027-12-31',
    tasks: [{}],
    indicators: [{ title: 'Sociālo uzņēmumu skaits', target: 12 }],
    resources: [{}],
    needs: [{}],
  };
  const verdict = (goal: Record<string, unknown>) =>
    Object.fromEntries(evaluateSmart({ ...complete, ...goal } as never, plan).map((c) => [c.key, c.met]));

  it('meets every criterion when the data supports it', () => {
    expect(verdict({})).toEqual({
      specific: true,
      measurable: true,
      achievable: true,
      relevant: true,
      timeBound: true,
    });
  });
  it('names what is missing, criterion by criterion', () => {
    const criteria = evaluateSmart(
      { title: 'Mērķis', deadline: '2029-01-01', indicators: [{ title: 'Bez mērķvērtības' }] },
      plan,
    );
    expect(criteria.filter((c) => !c.met).map((c) => c.key)).toEqual([
      'specific',
      'measurable',
      'achievable',
      'relevant',
      'timeBound',
    ]);
    expect(criteria.find((c) => c.key === 'measurable')!.reason).toMatch(/nav noteiktas mērķvērtības/);
    expect(criteria.find((c) => c.key === 'timeBound')!.reason).toMatch(/ārpus plāna perioda 2025–2027/);
  });
  it('accepts a strategy link instead of a need, and a qualitative target', () => {
    expect(verdict({ needs: [], strategy: { id: 1 } }).relevant).toBe(true);
    expect(verdict({ indicators: [{ targetText: 'Augsta apmierinātība' }] }).measurable).toBe(true);
    expect(verdict({ deadline: null }).timeBound).toBe(false);
  });

  describe('reads the whole chain: goal, its tasks (#6) and their activities (#7)', () => {
    const bare = { ...complete, indicators: [], resources: [] };
    const task = (extra: Record<string, unknown> = {}) => ({
      title: 'Grantu programma',
      deadline: '2026-12-31',
      ...extra,
    });

    it('counts an indicator with a target on a task or on an activity only', () => {
      expect(verdict({ ...bare, tasks: [task()] }).measurable).toBe(false);
      expect(verdict({ ...bare, tasks: [task({ indicators: [{ target: 10 }] })] }).measurable).toBe(true);
      const onActivity = [task({ activities: [{ title: 'Seminārs', indicators: [{ targetText: 'Augsta' }] }] })];
      expect(verdict({ ...bare, tasks: onActivity }).measurable).toBe(true);
      const withoutTarget = [task({ activities: [{ title: 'Seminārs', indicators: [{ title: 'Dalībnieki' }] }] })];
      const criteria = evaluateSmart({ ...bare, tasks: withoutTarget } as never, plan);
      expect(criteria.find((c) => c.key === 'measurable')).toMatchObject({
        met: false,
        reason: expect.stringMatching(/#8/),
      });
    });

    it('counts the resources of an activity and an activity budget above zero', () => {
      expect(verdict({ ...bare, tasks: [task({ activities: [{ title: 'A', budgetEur: 0 }] })] }).achievable).toBe(
        false,
      );
      expect(
        verdict({ ...bare, tasks: [task({ activities: [{ title: 'A', budgetEur: '1500.00' }] })] }).achievable,
      ).toBe(true);
      expect(
        verdict({ ...bare, tasks: [task({ activities: [{ title: 'A', resources: [{ id: 4 }] }] })] }).achievable,
      ).toBe(true);
      const none = evaluateSmart(
        { ...bare, tasks: [task({ activities: [{ title: 'A', budgetEur: null }] })] } as never,
        plan,
      );
      expect(none.find((c) => c.key === 'achievable')!.reason).toMatch(/#5.*#7/);
    });

    it('flags a task due after its goal and an activity ending after its task, naming each', () => {
      const tasks = [
        task({ title: 'Vēlais uzdevums', deadline: '2028-01-31' }),
        task({
          activities: [
            { title: 'Vēlā aktivitāte', endsOn: '2027-02-01' },
            { title: 'Laikā', endsOn: '2026-06-30' },
          ],
        }),
      ];
      const criterion = evaluateSmart({ ...complete, deadline: '2027-12-31', tasks } as never, plan).find(
        (c) => c.key === 'timeBound',
      )!;
      expect(criterion.met).toBe(false);
      expect(criterion.reason).toMatch(/„Vēlais uzdevums” termiņš 2028-01-31 ir pēc mērķa termiņa 2027-12-31.*#6/);
      expect(criterion.reason).toMatch(
        /„Vēlā aktivitāte” beigas 2027-02-01 ir pēc uzdevuma „Grantu programma” termiņa 2026-12-31.*#7/,
      );
      expect(criterion.reason).not.toMatch(/Laikā/);
      expect(
        verdict({ tasks: [task({ deadline: '2027-12-31', activities: [{ title: 'A', endsOn: '2027-12-31' }] })] })
          .timeBound,
      ).toBe(true);
    });
  });
});
