/**
 * The method's own examples, word for word, for the admin to offer as suggestions when a row is added (an editor
 * picks one and edits it, or types their own): the data types of #3 and the indicators of #8. They are examples,
 * not fixed lists: nothing is refused for not being one of them. tests/method-words.test.ts holds the Latvian
 * words to the seed text.
 */
import type { Label } from './vocabulary';
import type { indicatorKinds, updateFrequencies } from './vocabulary';

export type ExampleDataType = {
  /** "Pašvaldībā jau pieejamie vai potenciāli iegūstamie datu veidi" */
  dataType: Label;
  /** The sheet's example row beside it: its source ("(?)" = uncertain) and update frequency ("?" = unknown). */
  example: { source: string; sourceUncertain: boolean; updateFrequency: keyof typeof updateFrequencies; note?: string };
};

/** #3 "Datu veidi": the four example rows of the sheet. */
export const exampleDataTypes: readonly ExampleDataType[] = Object.freeze([
  {
    dataType: { lv: 'sociālo pakalpojumu saņēmēju statistika', en: 'statistics on social service recipients' },
    example: { source: 'Sociālais dienests', sourceUncertain: false, updateFrequency: 'unknown' },
  },
  {
    dataType: { lv: 'iedzīvotāju aptaujas', en: 'resident surveys' },
    example: { source: 'SA nodaļa', sourceUncertain: false, updateFrequency: 'yearly' },
  },
  {
    dataType: { lv: 'valsts institūciju atskaites un pētījumi', en: 'reports and studies of state institutions' },
    example: { source: 'LR LM', sourceUncertain: false, updateFrequency: 'monthly', note: 'SU reģistrs' },
  },
  {
    dataType: {
      lv: 'sabiedrības vajadzību analīze un novērtējums',
      en: 'analysis and assessment of community needs',
    },
    example: { source: 'SA nodaļa', sourceUncertain: true, updateFrequency: 'unknown' },
  },
]);

export type ExampleIndicator = { kind: keyof typeof indicatorKinds; title: Label };

/** #8 "1. Kvantitatīvie rādītāji" and "2. Kvalitatīvie rādītāji": the sheet's examples, in its order. */
export const exampleIndicators: readonly ExampleIndicator[] = Object.freeze([
  {
    kind: 'quantitative',
    title: {
      lv: 'Sociālo uzņēmumu skaits pašvaldības teritorijā (pirms un pēc darbību uzsākšanas)',
      en: 'Number of social enterprises in the municipality (before and after the activities start)',
    },
  },
  {
    kind: 'quantitative',
    title: {
      lv: 'Jaunu partnerību skaits, kas izveidotas starp sociālajiem uzņēmumiem, NVO un pašvaldību',
      en: 'Number of new partnerships between social enterprises, NGOs and the municipality',
    },
  },
  {
    kind: 'quantitative',
    title: {
      lv: 'Atbalsta pasākumu skaits, ko pašvaldība organizē sociālajiem uzņēmumiem (piemēram, apmācības, konsultācijas)',
      en: 'Number of support events the municipality organises for social enterprises (e.g. training, consultations)',
    },
  },
  {
    kind: 'quantitative',
    title: {
      lv: 'Dalībnieku skaits atbalsta pasākumos (piemēram, apmācībās, informācijas dienās)',
      en: 'Number of participants in support events (e.g. training, information days)',
    },
  },
  {
    kind: 'quantitative',
    title: {
      lv: 'Finansiālā vai materiālā atbalsta apjoms sociālajiem uzņēmumiem (euro vai citi resursi)',
      en: 'Volume of financial or material support to social enterprises (euro or other resources)',
    },
  },
  {
    kind: 'quantitative',
    title: {
      lv: 'Izveidoto darba vietu skaits sociālajos uzņēmumos, kas saņēmuši pašvaldības atbalstu',
      en: 'Number of jobs created in social enterprises that received municipal support',
    },
  },
  {
    kind: 'quantitative',
    title: {
      lv: 'Sabiedrības iesaistes aktivitāšu skaits (informācijas kampaņas, pasākumi, aptaujas)',
      en: 'Number of public engagement activities (information campaigns, events, surveys)',
    },
  },
  {
    kind: 'qualitative',
    title: {
      lv: 'Uzlabota pašvaldības darbinieku kapacitāte sociālās uzņēmējdarbības jautājumos (dalībnieku pašvērtējums pirms un pēc apmācībām)',
      en: "Improved capacity of municipal staff in social entrepreneurship (participants' self-assessment before and after training)",
    },
  },
  {
    kind: 'qualitative',
    title: {
      lv: 'Iedzīvotāju un uzņēmēju izpratnes līmenis par sociālo uzņēmējdarbību (aptaujas)',
      en: "Residents' and entrepreneurs' understanding of social entrepreneurship (surveys)",
    },
  },
  {
    kind: 'qualitative',
    title: {
      lv: 'Sociālo problēmu risinājumi, ko ieviesuši sociālie uzņēmumi ar pašvaldības atbalstu',
      en: 'Solutions to social problems introduced by social enterprises with municipal support',
    },
  },
  {
    kind: 'qualitative',
    title: {
      lv: 'Sabiedrības iesaistes kvalitāte (iedzīvotāju novērtējums interviju vai aptauju veidā par uzklausīšanu un iesaisti sociālās uzņēmējdarbības jautājumos)',
      en: "Quality of public engagement (residents' assessment, in interviews or surveys, of being heard and involved in social entrepreneurship matters)",
    },
  },
  {
    kind: 'qualitative',
    title: {
      lv: 'Jauninājumi sociālās uzņēmējdarbības atbalsta politikā (piemēram, jauni instrumenti vai mehānismi)',
      en: 'Innovations in social entrepreneurship support policy (e.g. new instruments or mechanisms)',
    },
  },
]);
