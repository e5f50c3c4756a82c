/**
 * Rows every new plan starts with, as the worksheets do (#1 national acts, #9 checklist, #10 risks, #11 monitoring).
 * `standardKey` marks a pre-filled row so it can be recognised later (demo data, reports).
 */
import { partnershipSteps, type policyDocumentKinds } from './vocabulary';

/**
 * A national act's issuer, date and number, read from its title as the method writes it: "MK 27.03.2018. noteikumi
 * Nr.173 "…"" is the Cabinet of Ministers' (Ministru kabinets) regulation No. 173 of 27 March 2018; a "likums" is
 * adopted by the Saeima (its title carries no date or number).
 */
export function actFromTitle(title: string): { issuer?: string; number?: string; issuedOn?: string } {
  const regulation = /^MK (\d{2})\.(\d{2})\.(\d{4})\. noteikumi Nr\.\s?(\d+)\b/.exec(title);
  if (regulation) {
    const [, day, month, year, number] = regulation;
    return { issuer: 'Ministru kabinets', number, issuedOn: `${year}-${month}-${day}` };
  }
  return /(^|\s)likums$/i.test(title.trim()) ? { issuer: 'Saeima' } : {};
}

/**
 * #1 "Nacionāla līmeņa normatīvie akti": the sheet's four examples, titled word for word as the sheet lists them.
 * The law's adoption date (12.10.2017) is not in its title; it is added here so the row is complete.
 */
const nationalActs = [
  { standardKey: 'social_enterprise_law', title: 'Sociālā uzņēmuma likums', issuedOn: '2017-10-12' },
  {
    standardKey: 'mk_173',
    title:
      'MK 27.03.2018. noteikumi Nr.173 "Noteikumi par sociālās atstumtības riskam pakļauto iedzīvotāju grupām un sociālā uzņēmuma statusa piešķiršanas, reģistrēšanas un uzraudzības kārtību"',
  },
  { standardKey: 'mk_101', title: 'MK 20.02.2018. noteikumi Nr.101 "Noteikumi par Sociālo uzņēmumu komisiju"' },
  {
    standardKey: 'mk_197',
    title:
      'MK 03.04.2018. noteikumi Nr.197 "Noteikumi par komercdarbības atbalsta piešķiršanas nosacījumiem sociālajiem uzņēmumiem un atbalsta piešķiršanas kārtību"',
  },
] as const;

export type StandardPolicyDocument = {
  standardKey: (typeof nationalActs)[number]['standardKey'];
  kind: keyof typeof policyDocumentKinds;
  title: string;
  issuer?: string;
  number?: string;
  issuedOn?: string;
};

export const standardPolicyDocuments: readonly StandardPolicyDocument[] = nationalActs.map((act) => ({
  kind: 'national_act',
  ...actFromTitle(act.title),
  ...act,
}));

export const standardRisks = [
  { standardKey: 'funding', factor: 'Finansējuma trūkums vai nestabilitāte', impact: 'Kavē rīcības plāna ieviešanu' },
  {
    standardKey: 'cooperation',
    factor: 'Ierobežota sadarbība ar vietējiem uzņēmējiem un NVO',
    impact: 'Grūti nodrošināt ilgtermiņa efektu',
  },
  { standardKey: 'legal', factor: 'Normatīvo aktu ierobežojumi', impact: 'Aizkavē vai sarežģī ieviešanu' },
  {
    standardKey: 'awareness',
    factor: 'Sabiedrības nepietiekama informētība un iesaiste',
    impact: 'Zems atbalsts un iesaiste',
  },
  {
    standardKey: 'capacity',
    factor: 'Trūkst kapacitātes un ekspertīzes vietējā līmenī',
    impact: 'Nespēja efektīvi īstenot plānu',
  },
  { standardKey: 'other', factor: 'Citi izaicinājumi (precizēt)', impact: '' },
] as const;

export const standardMonitoringActivities = [
  { standardKey: 'goals_agreed', title: 'Mērķu saskaņošana ar ieinteresētajām pusēm' },
  {
    standardKey: 'tasks_understood',
    title: 'Iesaistītie izpildītāji ir izpratuši rīcības plānā ietvertos uzdevumus un aktivitātes',
  },
  { standardKey: 'risk_analysis', title: 'Risku analīzes veikšana' },
  { standardKey: 'funding_diversification', title: 'Finansējuma diversifikācijas stratēģijas izstrāde' },
  { standardKey: 'information_campaign', title: 'Informatīvās kampaņas organizēšana' },
  { standardKey: 'plan_reviewed', title: 'Rīcības plāns ir pārskatīts un atjaunots' },
] as const;

export const standardPartnershipSteps = (Object.keys(partnershipSteps) as (keyof typeof partnershipSteps)[]).map(
  (step) => ({ step, title: partnershipSteps[step].lv }),
);
