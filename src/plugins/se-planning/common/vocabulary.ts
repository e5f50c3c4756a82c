/**
 * The worksheets' fixed lists. Keys are the stable API values (English), labels are what the
 * admin and the public site show: Latvian first, English second. The words themselves are data,
 * in vocabulary.json (verbatim Latvian from the worksheets; tests/method-words.test.ts holds
 * them to the seed text); this module names and types each list.
 */
import { reviewStates } from './review';
import words from './vocabulary.json';

export type Label = { lv: string; en: string };
export type Vocabulary<K extends string = string> = Readonly<Record<K, Label>>;

const vocabulary = <K extends string>(entries: Record<K, Label>): Vocabulary<K> => Object.freeze(entries);

/**
 * The sheets' example lists are open ("Piemēri sadarbības daudzveidībai", "Resursu veidu piemēri"):
 * "other" is offered beside them, and a text field of the row says what it is.
 */
export const otherChoice: Label = { lv: 'Cits (precizēt)', en: 'Other (specify)' };

export const keysOf = <K extends string>(v: Vocabulary<K>) => Object.keys(v) as [K, ...K[]];

export const labelOf = (v: Vocabulary, key: string | null | undefined, locale: 'lv' | 'en' = 'lv') =>
  key && v[key] ? v[key][locale] : '';

/** #2 Sadarbības veids */
export const cooperationTypes = vocabulary({ ...words.cooperationTypes, other: otherChoice });

/** #5 resursu grupas */
export const resourceGroups = vocabulary(words.resourceGroups);
export type ResourceGroup = keyof typeof resourceGroups;

/** #5 resursu veidi; each belongs to exactly one group, but "other". */
export const resourceSubtypes = vocabulary({ ...words.resourceSubtypes, other: otherChoice });
export type ResourceSubtype = keyof typeof resourceSubtypes;

/** The group of each subtype; "other" may stand in any group. */
export const resourceSubtypeGroup: Readonly<Record<Exclude<ResourceSubtype, 'other'>, ResourceGroup>> = {
  grants: 'financial',
  co_financing: 'financial',
  responsible_procurement: 'financial',
  property_tax_relief: 'financial',
  delegated_tasks: 'financial',
  technical_equipment: 'material',
  industrial_areas: 'infrastructure',
  free_premises: 'infrastructure',
  shared_resources: 'infrastructure',
  mentoring: 'information_human',
  networks: 'information_human',
  advisory_council: 'information_human',
  business_incubator: 'information_human',
  info_events: 'information_human',
};

export const subtypeInGroup = (subtype: ResourceSubtype, group: ResourceGroup) =>
  subtype === 'other' || resourceSubtypeGroup[subtype] === group;

type Words = typeof words;
/** Each list of vocabulary.json as a typed, frozen vocabulary. */
const lists = Object.fromEntries(
  Object.entries(words).map(([name, list]) => [name, vocabulary(list as Record<string, Label>)]),
) as {
  [N in keyof Words]: Vocabulary<Extract<keyof Words[N], string>>;
};

/**
 * The closed lists:
 * - riskLevels: #10 riska līmenis;
 * - indicatorKinds: #8 rādītāju veids; dataMethods: #8 datu ieguves metodes;
 * - updateFrequencies: #3 datu atjaunināšanas biežums. The sheet's examples show "1x gadā", "1x mēnesī" and "?"
 *   ("unknown", shown as a gap to close); the rest of the scale is the portal's;
 * - policyDocumentKinds: #1, the three columns of the sheet;
 * - needInformationSources: #4 "Informācija var būt iegūstama no: …", the sheet's list, each item named in the
 *   nominative (the sheet declines them after "no");
 * - activityStatuses: #7 izpildes statuss; partnershipSteps: #9 (1) the partnership checklist;
 * - organisationKinds, planningRegions, planStatuses: the shared vocabulary;
 * - programmeKinds: support programme kinds (our wording, no worksheet original); programmeStates: computed from
 *   the application window, never stored.
 */
export const {
  riskLevels,
  indicatorKinds,
  dataMethods,
  updateFrequencies,
  policyDocumentKinds,
  needInformationSources,
  organisationKinds,
  planningRegions,
  planStatuses,
  programmeKinds,
  programmeStates,
  activityStatuses,
  partnershipSteps,
} = lists;

/** Every fixed list by name, as the `choice`/`choices` custom fields refer to them. */
export const vocabularies = {
  ...lists,
  // the open lists with their "other", and the workflow's states
  cooperationTypes,
  resourceGroups,
  resourceSubtypes,
  reviewStates,
} as const;
export type VocabularyName = keyof typeof vocabularies;

/** Custom fields that show a fixed list with its Latvian/English labels in the admin. */
export const CHOICE_FIELD = 'plugin::se-planning.choice';
export const CHOICES_FIELD = 'plugin::se-planning.choices';
