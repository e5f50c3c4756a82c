/**
 * Shape of the demo data set: one municipality's complete plan across the 11 worksheets, plus
 * support programmes and engagement activities in each state. References between rows use the
 * `key`s below (or slugs for target groups); the loader turns them into relations.
 */
import type {
  activityStatuses,
  cooperationTypes,
  dataMethods,
  indicatorKinds,
  needInformationSources,
  organisationKinds,
  partnershipSteps,
  planningRegions,
  policyDocumentKinds,
  programmeKinds,
  resourceGroups,
  resourceSubtypes,
  riskLevels,
  updateFrequencies,
} from '../../../common/vocabulary';
import type {
  StandardPolicyDocument,
  standardMonitoringActivities,
  standardRisks,
} from '../../../common/standard-rows';

type Key<V> = keyof V;
type IsoDate = string; // 'YYYY-MM-DD'
type IsoDateTime = string; // 'YYYY-MM-DDTHH:mm:ss+02:00'

export type DemoUnit = { key: string; name: string; contactEmail?: string };
export type DemoMunicipality = {
  name: string;
  slug: string;
  region: Key<typeof planningRegions>;
  website?: string;
  units: DemoUnit[];
};
export type DemoTargetGroup = { name: string; nameEn: string; slug: string; description?: string };
export type DemoOrganisation = {
  key: string;
  name: string;
  kind: Key<typeof organisationKinds>;
  registrationNumber?: string;
  website?: string;
  description?: string;
  /** slug of the municipality that lists it (organisations are scoped like plan rows) */
  municipality: string;
};

export type DemoMeasurement = {
  measuredOn: IsoDate;
  value?: number;
  qualitativeValue?: string;
  note?: string;
  /** published measurements are public results; unpublished stay drafts */
  published: boolean;
};
export type DemoIndicator = {
  title: string;
  kind: Key<typeof indicatorKinds>;
  unit?: string;
  baseline?: number;
  target?: number;
  targetText?: string;
  targetDate?: IsoDate;
  dataMethod?: Key<typeof dataMethods>;
  recommendations?: string;
  evaluationParties?: string;
  measurements?: DemoMeasurement[];
};
export type DemoActivity = {
  title: string;
  startsOn?: IsoDate;
  endsOn?: IsoDate;
  fundingSource?: string;
  budgetEur?: number;
  involvedParties?: string;
  organisations?: string[]; // organisation keys
  resources?: string[]; // resource keys
  responsibleUnit?: string; // unit key
  executionStatus: Key<typeof activityStatuses>;
  progress: number;
  indicators?: DemoIndicator[];
};
export type DemoTask = { title: string; deadline?: IsoDate; activities: DemoActivity[]; indicators?: DemoIndicator[] };
export type DemoGoal = {
  title: string;
  description?: string;
  deadline?: IsoDate;
  strategy?: string; // policy document key
  needs?: string[]; // need keys
  resources?: string[]; // resource keys
  partners?: string[]; // cooperation model keys
  indicators?: DemoIndicator[];
  tasks: DemoTask[];
};

type Texts<T> = { lv: T; en?: T };
export type PublicState = 'draft' | 'published' | 'closed';

export type DemoEngagementActivity = Texts<{
  title: string;
  slug: string;
  description?: string;
  audience?: string;
  channels?: string;
  timelineNote?: string;
  place?: string;
}> & {
  state: PublicState;
  startsAt?: IsoDateTime;
  endsAt?: IsoDateTime;
  registrationUrl?: string;
  responsibleUnit?: string;
  targetGroups?: string[]; // target group slugs
};

export type DemoSupportProgramme = Texts<{
  title: string;
  slug: string;
  summary?: string;
  description?: string;
  implementer?: string;
  eligibility?: string;
  howToApply?: string;
}> & {
  state: PublicState;
  kind: Key<typeof programmeKinds>;
  amountMin?: number;
  amountMax?: number;
  totalBudget?: number;
  opensOn?: IsoDate;
  closesOn?: IsoDate;
  websiteUrl?: string;
  contactEmail?: string;
  contactPhone?: string;
  targetGroups?: string[];
  legalBasis?: string[]; // policy document keys
  sourceResource?: string; // resource key
};

export type DemoPlan = {
  municipality: string; // slug
  title: string;
  periodStartYear: number;
  periodEndYear: number;
  status: 'drafting' | 'adopted';
  /** the council decision that adopted the plan (required when `status` is 'adopted') */
  councilDecision?: { number: string; date: IsoDate };
  summary?: string;
  /** the plan's own rows, and the pre-filled national acts completed (by their standardKey) */
  policyDocuments: (
    | (Partial<{
        section: string;
        issuer: string;
        number: string;
        issuedOn: IsoDate;
        implementer: string;
        url: string;
      }> & {
        key: string;
        kind: Key<typeof policyDocumentKinds>;
        title: string;
      })
    | { key: string; standardKey: StandardPolicyDocument['standardKey']; url?: string; section?: string }
  )[];
  cooperationModels: {
    key: string;
    organisation: string;
    cooperationTypes: Key<typeof cooperationTypes>[];
    result?: string;
  }[];
  dataSources: {
    dataType: string;
    source?: string;
    sourceUnit?: string;
    sourceUncertain?: boolean;
    updateFrequency: Key<typeof updateFrequencies>;
  }[];
  needs: {
    key: string;
    targetGroup: string; // slug
    existingSupport?: string;
    unmetNeeds: string;
    socialEnterpriseRole?: string;
    informationSources?: Key<typeof needInformationSources>[];
  }[];
  resources: {
    key: string;
    group: Key<typeof resourceGroups>;
    subtype: Key<typeof resourceSubtypes>;
    title: string;
    holder?: string;
    annualAmountEur?: number;
    notes?: string;
  }[];
  supportGiven: {
    recipient: string;
    recipientOrganisation?: string;
    form: string;
    amountEur?: number;
    year?: number;
  }[];
  goals: DemoGoal[];
  partnershipSteps: Partial<
    Record<Key<typeof partnershipSteps>, { done: boolean; doneOn?: IsoDate; evidence?: string }>
  >;
  /** fills the pre-filled standard risks, by their standardKey */
  risks: Partial<
    Record<
      (typeof standardRisks)[number]['standardKey'],
      {
        factor?: string;
        impact?: string;
        level: Key<typeof riskLevels>;
        preventiveMeasures?: string;
        reactiveAction?: string;
        responsible?: string;
        responsibleUnit?: string;
      }
    >
  >;
  /** fills the pre-filled monitoring activities, by their standardKey */
  monitoring: Partial<
    Record<
      (typeof standardMonitoringActivities)[number]['standardKey'],
      { responsibleUnit?: string; deadline?: IsoDate; performanceIndicator?: string; done?: boolean; evidence?: string }
    >
  >;
  engagementActivities: DemoEngagementActivity[];
  supportProgrammes: DemoSupportProgramme[];
};

export type DemoData = {
  municipalities: DemoMunicipality[];
  targetGroups: DemoTargetGroup[];
  organisations: DemoOrganisation[];
  plans: DemoPlan[];
};
