/**
 * What the admin's Content Manager hooks compute, as pure functions (the hooks themselves run only in a browser):
 * the menu in the method's order (sorted and shown the way @strapi/content-manager 5.54's LeftMenu does), and
 * fixed-list cells of the list views by their labels.
 */
import { choiceCellText, isChoiceAttribute } from '../src/plugins/se-planning/common/list-cells';
import {
  inMethodOrder,
  menuMessages,
  menuOrder,
  menuTitle,
} from '../src/plugins/se-planning/common/content-manager-menu';
import { displayNames } from '../src/plugins/se-planning/common/display-names';
import { modelNames } from '../src/plugins/se-planning/common/model-names';
import { CHOICE_FIELD, CHOICES_FIELD } from '../src/plugins/se-planning/common/vocabulary';
import { model } from '../src/plugins/se-planning/server/src/content-types/model';

describe('fixed-list cells of the Content Manager list views', () => {
  const level = { type: 'enumeration', customField: CHOICE_FIELD, options: { vocabulary: 'riskLevels' } };
  const types = { type: 'json', customField: CHOICES_FIELD, options: { vocabulary: 'cooperationTypes' } };

  it('shows a value by its Latvian label, or its English one in an English admin', () => {
    expect(choiceCellText('level', level, 'medium')).toBe('vidējs');
    expect(choiceCellText('level', level, 'high', 'en')).toBe('high');
    const status = { customField: CHOICE_FIELD, options: { vocabulary: 'activityStatuses' } };
    expect(choiceCellText('executionStatus', status, 'in_progress')).toBe('Notiek');
    expect(choiceCellText('executionStatus', status, 'in_progress', 'en')).toBe('In progress');
    expect(
      choiceCellText(
        'updateFrequency',
        { customField: CHOICE_FIELD, options: { vocabulary: 'updateFrequencies' } },
        'unknown',
      ),
    ).toBe('nav zināms');
  });

  it('shows several values by their labels, in the order stored, "other" included', () => {
    expect(choiceCellText('cooperationTypes', types, ['joint_projects', 'partnership_agreement', 'other'])).toBe(
      'Kopīgi finansēti un īstenoti projekti, Partnerības līgums, Cits (precizēt)',
    );
  });

  it('shows nothing for no value, and a key its list does not know as stored', () => {
    expect(choiceCellText('level', level, null)).toBe('');
    expect(choiceCellText('level', level, '')).toBe('');
    expect(choiceCellText('cooperationTypes', types, [])).toBe('');
    expect(choiceCellText('level', level, 'extreme')).toBe('extreme');
    expect(choiceCellText('level', { customField: CHOICE_FIELD, options: { vocabulary: 'riskLevel' } }, 'high')).toBe(
      'high',
    );
  });

  it('applies to the plugin’s fixed-list fields only', () => {
    expect(isChoiceAttribute(level)).toBe(true);
    expect(isChoiceAttribute(types)).toBe(true);
    expect(isChoiceAttribute({ type: 'enumeration' })).toBe(false);
    expect(isChoiceAttribute({ type: 'string', customField: 'plugin::color-picker.color' })).toBe(false);
    expect(isChoiceAttribute(undefined)).toBe(false);
  });
});

describe('the Content Manager menu in the method’s order', () => {
  // as @strapi/content-manager 5.54 components/LeftMenu: sorted by title with a base-sensitivity collator, then each
  // title shown through the admin's messages (id = title, default = title)
  const messages = menuMessages();
  const menu = (links: { uid: string; title: string }[], locale: string) => {
    const collator = new Intl.Collator(locale, { sensitivity: 'base' });
    return [...links]
      .sort((a, b) => collator.compare(a.title, b.title))
      .map((link) => messages[link.title] ?? link.title);
  };
  const links = [
    { uid: 'plugin::users-permissions.user', title: 'User' },
    ...model
      .filter((entry) => !entry.hidden)
      .map((entry) => ({ uid: `plugin::se-planning.${entry.singularName}`, title: entry.displayName })),
  ].reverse();

  it('was alphabetical by display name, worksheets out of order', () => {
    const shown = menu(links, 'lv');
    expect(shown[0]).toBe('Atbalsta programmas');
    expect(shown.indexOf('Dati un to avoti (#3)')).toBeLessThan(
      shown.indexOf('Sadarbības modeļi ar sociāliem partneriem (#2)'),
    );
  });

  it.each(['lv', 'en'])(
    'lists the plan, then worksheets #1–#11 in order, under their unchanged names (%s admin)',
    (locale) => {
      const shown = menu(inMethodOrder(links), locale);
      expect(shown[0]).toBe('Rīcības plāni');
      const numbers = shown
        .map((name) => /\(#(\d+)\)$/.exec(name)?.[1])
        .filter(Boolean)
        .map(Number);
      expect(numbers).toEqual([1, 2, 3, 4, 5, 5, 6, 6, 7, 8, 8, 9, 9, 10, 11]);
      // every name as before, the worksheets one after the other right after the plan
      expect([...shown].sort()).toEqual(menu(links, locale).sort());
      expect(shown.slice(1, 16).every((name) => /\(#\d+\)$/.test(name))).toBe(true);
      expect(shown.slice(16)).toEqual([
        'Atbalsta programmas',
        'Pašvaldības',
        'Struktūrvienības',
        'Organizācijas',
        'Mērķa grupas',
        'User',
      ]);
    },
  );

  it('keeps each name findable by the menu’s search (it filters the titles)', () => {
    for (const link of inMethodOrder(links)) {
      const name = messages[link.title] ?? link.title;
      expect(link.title).toContain(name);
    }
  });

  it('leaves other plugins’ links, and a link whose name it does not know, as they are', () => {
    const other = { uid: 'plugin::users-permissions.user', title: 'User' };
    const renamed = { uid: 'plugin::se-planning.risk', title: 'Riski' };
    expect(inMethodOrder([other, renamed])).toEqual([other, renamed]);
  });

  it('orders every content type once, the worksheets by their number', () => {
    expect([...menuOrder].sort()).toEqual([...modelNames].sort());
    const worksheetOf = (name: string) => model.find((entry) => entry.singularName === name)?.worksheet;
    const sheets = menuOrder.map(worksheetOf).filter((n): n is number => n !== undefined);
    expect(sheets).toEqual([...sheets].sort((a, b) => a - b));
    for (const entry of model) expect(entry.displayName).toBe(displayNames[entry.singularName]);
    expect(menuTitle('activity')).toBe('se-planning.menu.10 Rīcības plāna aktivitātes (#7)');
  });
});
