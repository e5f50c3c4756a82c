/**
 * The worksheets' fixed lists. Keys are the stable API values (English), labels are what the
 * admin and the public site show: Latvian first, English second. Verbatim Latvian strings come
 * from the worksheets (see shared/docs/domain.md, appendix).
 */
import { reviewStates } from './review';

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
export const cooperationTypes = vocabulary({
  partnership_agreement: { lv: 'Partnerības līgums', en: 'Partnership agreement' },
  joint_policy_recommendations: {
    lv: 'Kopīgi izstrādāti politikas ieteikumi',
    en: 'Jointly developed policy recommendations',
  },
  social_innovation_labs: { lv: 'Sociālās inovācijas laboratorijas', en: 'Social innovation labs' },
  community_engagement_platforms: { lv: 'Kopienas iesaistes platformas', en: 'Community engagement platforms' },
  support_programmes_and_grants: {
    lv: 'Atbalsta programmas un grantu shēmas',
    en: 'Support programmes and grant schemes',
  },
  social_service_delegation: { lv: 'Sociālo pakalpojumu deleģēšana', en: 'Delegation of social services' },
  joint_marketing: {
    lv: 'Kopīgas mārketinga un komunikācijas stratēģijas',
    en: 'Joint marketing and communication strategies',
  },
  joint_projects: { lv: 'Kopīgi finansēti un īstenoti projekti', en: 'Jointly financed and implemented projects' },
  resource_sharing: { lv: 'Infrastruktūras un resursu koplietošana', en: 'Infrastructure and resource sharing' },
  mentoring_networks: { lv: 'Mentoringa un konsultāciju tīkli', en: 'Mentoring and consultation networks' },
  other: otherChoice,
});

/** #5 resursu grupas */
export const resourceGroups = vocabulary({
  financial: { lv: 'Finanšu resursi', en: 'Financial resources' },
  material: { lv: 'Materiālie resursi', en: 'Material resources' },
  infrastructure: { lv: 'Infrastruktūra', en: 'Infrastructure' },
  information_human: { lv: 'Informatīvie un cilvēkresursi', en: 'Informational and human resources' },
});
export type ResourceGroup = keyof typeof resourceGroups;

/** #5 resursu veidi; each belongs to exactly one group, but "other". */
export const resourceSubtypes = vocabulary({
  grants: { lv: 'Granti', en: 'Grants' },
  co_financing: { lv: 'Līdzfinansējuma programmas', en: 'Co-financing programmes' },
  responsible_procurement: { lv: 'Sociāli atbildīgi iepirkumi', en: 'Socially responsible procurement' },
  property_tax_relief: { lv: 'Nekustamā īpašuma nodokļa atlaide', en: 'Real-estate tax relief' },
  delegated_tasks: { lv: 'Pašvaldības deleģēti uzdevumi ar finansējumu', en: 'Delegated municipal tasks with funding' },
  technical_equipment: { lv: 'Tehniskais aprīkojums un tā koplietošana', en: 'Technical equipment and its sharing' },
  industrial_areas: {
    lv: 'Industriālo teritoriju un infrastruktūras attīstība',
    en: 'Industrial areas and infrastructure development',
  },
  free_premises: { lv: 'Bezmaksas telpas', en: 'Free premises' },
  shared_resources: { lv: 'Resursu koplietošana', en: 'Resource sharing' },
  mentoring: { lv: 'Mentorings', en: 'Mentoring' },
  networks: { lv: 'Sadarbības tīkli', en: 'Cooperation networks' },
  advisory_council: { lv: 'Konsultatīvā padome', en: 'Advisory council' },
  business_incubator: {
    lv: 'Biznesa inkubatora pakalpojumi un konsultācijas',
    en: 'Business incubator services and consultations',
  },
  info_events: {
    lv: 'Pašvaldības rīkotie informatīvie un izglītojošie pasākumi un informatīvie materiāli',
    en: 'Municipal information and education events and materials',
  },
  other: otherChoice,
});
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

/** #10 riska līmenis */
export const riskLevels = vocabulary({
  low: { lv: 'zems', en: 'low' },
  medium: { lv: 'vidējs', en: 'medium' },
  high: { lv: 'augsts', en: 'high' },
});

/** #8 rādītāju veids */
export const indicatorKinds = vocabulary({
  quantitative: { lv: 'Kvantitatīvie rādītāji', en: 'Quantitative indicators' },
  qualitative: { lv: 'Kvalitatīvie rādītāji', en: 'Qualitative indicators' },
});

/** #8 datu ieguves metodes */
export const dataMethods = vocabulary({
  quantitative_analysis: { lv: 'Kvantitatīvā analīze', en: 'Quantitative analysis' },
  qualitative_analysis: { lv: 'Kvalitatīvā analīze', en: 'Qualitative analysis' },
  self_assessment: { lv: 'Pašnovērtējums', en: 'Self-assessment' },
  surveys: { lv: 'Aptaujas un sabiedrības viedokļu analīze', en: 'Surveys and public opinion analysis' },
  progress_reports: { lv: 'Monitoringa un progresa ziņojumi', en: 'Monitoring and progress reports' },
});

/**
 * #3 Datu atjaunināšanas biežums. The sheet's examples show "1x gadā", "1x mēnesī" and "?" ("unknown",
 * shown as a gap to close); the rest of the scale is the portal's.
 */
export const updateFrequencies = vocabulary({
  daily: { lv: 'katru dienu', en: 'daily' },
  weekly: { lv: 'katru nedēļu', en: 'weekly' },
  monthly: { lv: '1x mēnesī', en: 'monthly' },
  quarterly: { lv: '1x ceturksnī', en: 'quarterly' },
  yearly: { lv: '1x gadā', en: 'yearly' },
  irregular: { lv: 'neregulāri', en: 'irregular' },
  unknown: { lv: 'nav zināms', en: 'unknown' },
});

/** #1 the three columns of the sheet */
export const policyDocumentKinds = vocabulary({
  national_act: { lv: 'Nacionāla līmeņa normatīvie akti', en: 'National legal act' },
  development_strategy: {
    lv: 'Attīstības stratēģijas reģiona un pašvaldības līmenī',
    en: 'Regional or municipal development strategy',
  },
  support_programme: { lv: 'Atbalsta programmas', en: 'Support programme' },
});

/**
 * #4 "Informācija var būt iegūstama no: …": the sheet's list, each item named in the nominative
 * (the sheet declines them after "no").
 */
export const needInformationSources = vocabulary({
  social_service_data: {
    lv: 'Pašvaldības sociālo dienestu dati un atskaites',
    en: 'Municipal social services data and reports',
  },
  resident_surveys: {
    lv: 'Ikgadējās iedzīvotāju aptaujas, ko veic pašvaldība',
    en: 'Annual resident surveys carried out by the municipality',
  },
  statistics: {
    lv: 'Statistikas dati (Centrālās statistikas pārvaldes, Labklājības ministrijas, Nodarbinātības valsts aģentūras u.c. publiski pieejamie dati)',
    en: 'Statistics (publicly available data of the Central Statistical Bureau, the Ministry of Welfare, the State Employment Agency, etc.)',
  },
  ngos_and_partners: {
    lv: 'Nevalstisko organizāciju un pašvaldības sadarbības partneru sniegtā informācija',
    en: "Information from NGOs and the municipality's partners",
  },
  municipal_strategies: { lv: 'Pašvaldības esošās stratēģijas', en: 'Existing municipal strategies' },
  enterprise_stories: {
    lv: 'Sociālo uzņēmumu vai inovatoru pieredzes stāsti (intervijas, kas ļauj identificēt iespējamos risinājumus)',
    en: 'Stories of social enterprises or innovators (interviews that help identify possible solutions)',
  },
});

export const organisationKinds = vocabulary({
  ngo: { lv: 'NVO', en: 'NGO' },
  social_enterprise: { lv: 'Sociālais uzņēmums', en: 'Social enterprise' },
  social_innovator: { lv: 'Sociālais inovators', en: 'Social innovator' },
  business: { lv: 'Komersants', en: 'Business' },
  academic: { lv: 'Akadēmiskā institūcija', en: 'Academic institution' },
  public_institution: { lv: 'Valsts institūcija', en: 'Public institution' },
  business_incubator: { lv: 'Biznesa inkubators', en: 'Business incubator' },
});

export const planningRegions = vocabulary({
  riga: { lv: 'Rīgas plānošanas reģions', en: 'Riga planning region' },
  vidzeme: { lv: 'Vidzemes plānošanas reģions', en: 'Vidzeme planning region' },
  kurzeme: { lv: 'Kurzemes plānošanas reģions', en: 'Kurzeme planning region' },
  zemgale: { lv: 'Zemgales plānošanas reģions', en: 'Zemgale planning region' },
  latgale: { lv: 'Latgales plānošanas reģions', en: 'Latgale planning region' },
});

export const planStatuses = vocabulary({
  drafting: { lv: 'Izstrādē', en: 'Being drafted' },
  adopted: { lv: 'Pieņemts', en: 'Adopted' },
  archived: { lv: 'Arhivēts', en: 'Archived' },
});

/** Support programme kinds (our wording, no worksheet original). */
export const programmeKinds = vocabulary({
  grant: { lv: 'Grants', en: 'Grant' },
  co_financing: { lv: 'Līdzfinansējums', en: 'Co-financing' },
  tax_relief: { lv: 'Nodokļu atvieglojums', en: 'Tax relief' },
  premises: { lv: 'Telpas', en: 'Premises' },
  equipment: { lv: 'Aprīkojums', en: 'Equipment' },
  mentoring: { lv: 'Mentorings un konsultācijas', en: 'Mentoring and consulting' },
  training: { lv: 'Apmācības', en: 'Training' },
  responsible_procurement: { lv: 'Sociāli atbildīgs iepirkums', en: 'Socially responsible procurement' },
  other: { lv: 'Cits', en: 'Other' },
});

/** Computed from the application window; never stored. */
export const programmeStates = vocabulary({
  upcoming: { lv: 'Gaidāma', en: 'Upcoming' },
  open: { lv: 'Atvērta', en: 'Open' },
  closed: { lv: 'Slēgta', en: 'Closed' },
  ongoing: { lv: 'Pastāvīga', en: 'Ongoing' },
});

/** #7 izpildes statuss */
export const activityStatuses = vocabulary({
  planned: { lv: 'Plānota', en: 'Planned' },
  in_progress: { lv: 'Notiek', en: 'In progress' },
  done: { lv: 'Izpildīta', en: 'Done' },
  delayed: { lv: 'Kavējas', en: 'Delayed' },
  cancelled: { lv: 'Atcelta', en: 'Cancelled' },
});

/** #9 (1) partnership checklist */
export const partnershipSteps = vocabulary({
  partners_identified: {
    lv: 'Ir identificēti potenciālie partneri (NVO, komercsektors, akadēmiskās institūcijas)',
    en: 'Potential partners identified (NGOs, business, academia)',
  },
  meetings_held: {
    lv: 'Ir organizētas tikšanās ar iespējamiem sadarbības partneriem',
    en: 'Meetings with potential partners held',
  },
  agreements_signed: {
    lv: 'Ir noslēgti sadarbības memorandi vai līgumi sociālās uzņēmējdarbības attīstības sekmēšanai',
    en: 'Cooperation memoranda or agreements signed to foster social entrepreneurship',
  },
});

/** Every fixed list by name, as the `choice`/`choices` custom fields refer to them. */
export const vocabularies = {
  reviewStates,
  cooperationTypes,
  resourceGroups,
  resourceSubtypes,
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
} as const;
export type VocabularyName = keyof typeof vocabularies;

/** Custom fields that show a fixed list with its Latvian/English labels in the admin. */
export const CHOICE_FIELD = 'plugin::se-planning.choice';
export const CHOICES_FIELD = 'plugin::se-planning.choices';
