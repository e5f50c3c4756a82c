/**
 * What each worksheet ("Darba lapa #1–#11") says it is for, in the method's words: its purpose line ("Mērķis: …",
 * verbatim from the seed) and its hints, as the plan workspace shows them above the sheet's table. English is
 * the portal's own translation. tests/method-words.test.ts holds the Latvian to the seed's text.
 */
import type { Label } from './vocabulary';

export type MethodSheet = {
  /** The sheet's "Mērķis: …" line, without the word "Mērķis". */
  purpose: Label;
  /** The sheet's own hints to whoever fills it in (each a sentence of the seed). */
  hints: Label[];
  /** The sheet's examples ("Piemērs"), word for word. */
  examples?: Label[];
};

export const methodSheets: Readonly<Record<number, MethodSheet>> = {
  1: {
    purpose: {
      lv: 'sniegt pārskatu par regulējošiem politikas plānošanas dokumentiem un normatīvajiem aktiem nacionālā, reģionālā un pašvaldību līmenī.',
      en: 'to give an overview of the policy planning documents and legal acts in force at national, regional and municipal level.',
    },
    hints: [
      {
        lv: '2.kolonnā miniet konkrētu sadaļu, punktu un vai apakšpunktu, jo tas liecina par pašvaldības iesaisti vietējā līmenī',
        en: 'In the second column name the specific section, paragraph or sub-paragraph: it shows the municipality’s involvement locally',
      },
    ],
    examples: [
      {
        lv: 'Pašvaldības grantu programma sociālās uzņēmējdarbības atbalstam',
        en: 'A municipal grant programme supporting social entrepreneurship',
      },
    ],
  },
  2: {
    purpose: {
      lv: 'identificēt un apkopot pašvaldības sadarbības praksi ar nevalstiskajām organizācijām, sociālajiem uzņēmumiem un sociālajiem inovatoriem, lai stiprinātu partnerības un veicinātu efektīvu atbalstu sociālās uzņēmējdarbības attīstībai.',
      en: 'to identify and bring together the municipality’s cooperation with NGOs, social enterprises and social innovators, to strengthen partnerships and support social entrepreneurship effectively.',
    },
    hints: [
      {
        lv: 'Pašvaldība sadarbojas ar sociālo uzņēmumu, lai izstrādātu un ieviestu projektu, kas sniedz darbavietas cilvēkiem ar invaliditāti.',
        en: 'The municipality works with a social enterprise to develop and run a project that gives jobs to people with disabilities.',
      },
    ],
  },
  3: {
    purpose: {
      lv: 'nodrošināt, lai pašvaldībai būtu pieejami kvalitatīvi un uzticami dati sociālās uzņēmējdarbības attīstības plānošanai un monitorēšanai.',
      en: 'to make sure the municipality has good and reliable data for planning and monitoring the development of social entrepreneurship.',
    },
    hints: [
      {
        lv: 'Šī sadaļa palīdz identificēt jau pieejamos datu avotus, kā arī nepieciešamos papildinājumus efektīvākai atbalsta politikai.',
        en: 'This section helps to identify the data sources already available and what is missing for a more effective support policy.',
      },
    ],
  },
  4: {
    purpose: {
      lv: 'noteikt, kādas ir neatrisinātās vajadzības konkrētām mērķa grupām, un kā sociālā uzņēmējdarbība var tās risināt.',
      en: 'to establish the unmet needs of specific target groups and how social entrepreneurship can address them.',
    },
    hints: [
      {
        lv: 'Iespējamās mērķa grupas ir sociālās atstumtības riskam pakļautās sociālās grupas: seniori, ilgstošie bezdarbnieki, jaunieši bez darba pieredzes, cilvēki ar invaliditāti u.c.',
        en: 'Possible target groups are the social groups at risk of social exclusion: seniors, the long-term unemployed, young people without work experience, people with disabilities, etc.',
      },
    ],
    examples: [
      { lv: 'Jaunieši bez darba pieredzes', en: 'Young people without work experience' },
      {
        lv: 'Ierobežotas prakses un darba iespējas reģionos',
        en: 'Limited internship and job opportunities in the regions',
      },
    ],
  },
  5: {
    purpose: {
      lv: 'identificēt un apkopot pašvaldības rīcībā esošos resursus, kas var tikt izmantoti sociālās uzņēmējdarbības atbalsta pasākumu īstenošanai, lai efektīvi plānotu un nodrošinātu ilgtermiņa atbalstu sociālajiem uzņēmumiem.',
      en: 'to identify and bring together the resources the municipality has for supporting social entrepreneurship, to plan and provide long-term support to social enterprises effectively.',
    },
    hints: [
      {
        lv: 'Noslēgumā miniet -jau sniegto atbalstu sociāliem uzņēmumiem vai inovatoriem.',
        en: 'Finally, list the support already given to social enterprises or innovators.',
      },
    ],
  },
  6: {
    purpose: {
      lv: 'noteikt prioritātes sociālās uzņēmējdarbības attīstībai un konkrētus uzdevumus.',
      en: 'to set the priorities for developing social entrepreneurship and the specific tasks.',
    },
    hints: [
      {
        lv: 'Šeit pašvaldība iekļauj arī attīstības stratēģijā minētos mērķus un uzdevumus, kas sniedz atbalstu sociālās uzņēmējdarbības attīstībā.',
        en: 'Here the municipality also includes the goals and tasks of its development strategy that support social entrepreneurship.',
      },
    ],
    examples: [
      {
        lv: 'Palielināt sociālo uzņēmumu skaitu pašvaldībā par 20% līdz 2027. gadam, sniedzot finansiālu un konsultatīvu atbalstu jaunajiem uzņēmējiem',
        en: 'Increase the number of social enterprises in the municipality by 20% by 2027 by giving new entrepreneurs financial and advisory support',
      },
      {
        lv: 'Izstrādāt un ieviest grantu programmu sociālajiem uzņēmumiem līdz 2025. gadam, nodrošinot finansējumu vismaz 10 jauniem projektiem',
        en: 'Develop and launch a grant programme for social enterprises by 2025, funding at least 10 new projects',
      },
    ],
  },
  7: {
    purpose: {
      lv: 'plānot aktivitātes, kas palīdz sasniegt noteiktos mērķus.',
      en: 'to plan the activities that help reach the goals set.',
    },
    hints: [
      {
        lv: 'Aktivitātei jābūt īsi un konkrēti definētai darbībai, kas jāveic uzdevuma izpildei.',
        en: 'An activity must be a short, concretely defined action to be done to carry out the task.',
      },
    ],
    examples: [
      {
        lv: 'Organizēt informatīvu semināru par grantu pieteikumu sagatavošanu līdz 2024. gada decembrim.',
        en: 'Organise an information seminar on preparing grant applications by December 2024.',
      },
    ],
  },
  8: {
    purpose: {
      lv: 'noteikt rādītājus, pēc kuriem mērīt pašvaldības rīcības plāna ietekmi uz sociālās uzņēmējdarbības attīstību.',
      en: 'to set the indicators by which to measure the effect of the municipality’s action plan on social entrepreneurship.',
    },
    hints: [
      {
        lv: 'Izmērāmo rādītāju izvēle izriet no rīcības plānā izvirzītajiem mērķiem, to uzdevumiem un aktivitātēm.',
        en: 'The choice of indicators follows from the goals of the action plan, their tasks and activities.',
      },
    ],
  },
  9: {
    purpose: {
      lv: 'definēt efektīvas informēšanas un iesaistes metodes, lai stiprinātu sociālās uzņēmējdarbības ekosistēmu.',
      en: 'to define effective ways of informing and engaging people, to strengthen the social entrepreneurship ecosystem.',
    },
    hints: [
      { lv: '1. Partnerības kontrolsaraksts', en: '1. Partnership checklist' },
      { lv: '2. Informēšanas un iesaistes plāns', en: '2. Information and engagement plan' },
    ],
    examples: [
      {
        lv: 'Ideju konkurss “Tirgus iespējas sociālo uzņēmumu attīstībai”',
        en: 'Ideas competition “Market opportunities for developing social enterprises”',
      },
    ],
  },
  10: {
    purpose: {
      lv: 'noteikt iespējamos riskus sociālās uzņēmējdarbības atbalsta pasākumu ieviešanā, kā arī izstrādāt preventīvus risinājumus to pārvarēšanai.',
      en: 'to identify the possible risks in carrying out support for social entrepreneurship, and to work out preventive solutions to overcome them.',
    },
    hints: [
      {
        lv: 'Pasākumi definējami tikai tiem, kas novērtēti kā “vidēji” un “augsti”.',
        en: 'Measures are defined only for the risks rated “medium” and “high”.',
      },
    ],
  },
  11: {
    purpose: {
      lv: 'nodrošināt skaidru struktūru rīcības plāna uzraudzībai, nosakot atbildīgās puses, izpildes termiņus, uzraudzības mehānismu un izpildes rādītāju.',
      en: 'to give monitoring of the action plan a clear structure, setting who is responsible, the deadlines, the monitoring mechanism and the performance indicator.',
    },
    hints: [],
  },
};
