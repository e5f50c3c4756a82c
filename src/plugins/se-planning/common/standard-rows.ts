/**
 * Rows every new plan starts with, as the worksheets do (#9 checklist, #10 risks, #11 monitoring).
 * `standardKey` marks a pre-filled row so it can be recognised later (demo data, reports).
 */
import { partnershipSteps } from './vocabulary';

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
