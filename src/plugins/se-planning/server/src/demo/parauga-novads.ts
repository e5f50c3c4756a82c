/**
 * Demo data: the fictional "Parauga novads" with a complete plan across all 11 worksheets, adopted
 * by the council, and the smaller fictional "Kaimiņu novads" with a plan still being drafted.
 * Worksheet examples come from the Latvian original (shared/seed).
 *
 * Every date comes from the demo calendar (./calendar.ts), anchored on the day the demo is loaded:
 * the Parauga plan runs from the year before that to the year after, so it is mid-period on any
 * day; what has happened by then is done and measured, what has not is planned, and the support
 * programmes and engagement activities cover every public state.
 */
import {
  addDays,
  enDate,
  executionOn,
  happened,
  lvDate,
  lvDays,
  lvMonth,
  maxDate,
  rigaEvent,
  yearOf,
  type DemoCalendar,
  type Event,
  type IsoDate,
} from './calendar';
import type { DemoData, DemoMeasurement } from './types';
import { standardTargetGroups } from '../../../common/target-groups';

const dayOf = (event: Event): IsoDate => event.startsAt.slice(0, 10);

type Figure = { measuredOn: IsoDate; value?: number; qualitativeValue?: string; note?: string; early?: number };

/**
 * An indicator's figures over the plan period: those dated before today are published; when a
 * `draft` note is given, the next one is shown early as the latest figure still to be checked, an
 * unpublished measurement dated `recent` (and after the last published one) — only once figures
 * are being collected (`from`).
 */
function figures(
  { today, recent }: Pick<DemoCalendar, 'today' | 'recent'>,
  series: Figure[],
  draft?: { note: string; from?: IsoDate },
): DemoMeasurement[] {
  const past = series.filter((figure) => figure.measuredOn < today);
  const measurements: DemoMeasurement[] = past.map(({ early: _early, ...figure }) => ({ ...figure, published: true }));
  const next = series[past.length];
  if (draft && next && (!draft.from || draft.from <= today)) {
    const { early, note: _note, measuredOn: _on, ...figure } = next;
    const last = past[past.length - 1]?.measuredOn;
    measurements.push({
      ...figure,
      ...(early !== undefined ? { value: early } : {}),
      measuredOn: last ? maxDate(recent, addDays(last, 1)) : recent,
      note: draft.note,
      published: false,
    });
  }
  return measurements;
}

/** Builds the data set for a calendar (see ./calendar.ts: `demoData(demoCalendar(today))`). */
export const demoData = (cal: DemoCalendar): DemoData => ({
  // ── Pašvaldības un struktūrvienības ─────────────────────────────────────────────────────
  municipalities: [
    {
      name: 'Parauga novads',
      slug: 'parauga-novads',
      region: 'zemgale',
      website: 'https://www.parauga-novads.lv',
      units: [
        { key: 'attistibas-nodala', name: 'Attīstības nodaļa', contactEmail: 'attistiba@parauga-novads.lv' },
        { key: 'socialais-dienests', name: 'Sociālais dienests', contactEmail: 'socialais.dienests@parauga-novads.lv' },
        { key: 'izglitibas-parvalde', name: 'Izglītības pārvalde', contactEmail: 'izglitiba@parauga-novads.lv' },
        { key: 'jaunatnes-centrs', name: 'Jaunatnes centrs', contactEmail: 'jaunatne@parauga-novads.lv' },
        { key: 'komunikacijas-nodala', name: 'Komunikācijas nodaļa', contactEmail: 'komunikacija@parauga-novads.lv' },
        { key: 'ipasumu-nodala', name: 'Īpašumu nodaļa', contactEmail: 'ipasumi@parauga-novads.lv' },
      ],
    },
    {
      name: 'Kaimiņu novads',
      slug: 'kaiminu-novads',
      region: 'vidzeme',
      website: 'https://www.kaiminu-novads.lv',
      units: [
        {
          key: 'kaiminu-attistibas-nodala',
          name: 'Attīstības un plānošanas nodaļa',
          contactEmail: 'attistiba@kaiminu-novads.lv',
        },
        {
          key: 'kaiminu-socialais-dienests',
          name: 'Sociālais dienests',
          contactEmail: 'soc.dienests@kaiminu-novads.lv',
        },
        {
          key: 'kaiminu-kulturas-jaunatnes-nodala',
          name: 'Kultūras un jaunatnes nodaļa',
          contactEmail: 'kultura@kaiminu-novads.lv',
        },
      ],
    },
  ],

  // ── Mērķa grupas: the national list every installation starts with (common/target-groups.ts) ──────────
  targetGroups: [...standardTargetGroups],

  // ── Organizācijas (sadarbības partneri) ─────────────────────────────────────────────────
  organisations: [
    {
      key: 'sia-otra-elpa',
      name: 'SIA „Otrā elpa”',
      kind: 'social_enterprise',
      registrationNumber: '40203123456',
      website: 'https://www.otraelpa.lv',
      description:
        'Sociālais uzņēmums, kas šķiro un pārstrādā plastmasas un papīra atkritumus un ražo ekoloģiskus produktus; nodarbina ilgstošos bezdarbniekus.',
      municipality: 'parauga-novads',
    },
    {
      key: 'sia-darbnica-kopa',
      name: 'SIA „Darbnīca Kopā”',
      kind: 'social_enterprise',
      registrationNumber: '40203234567',
      website: 'https://www.darbnicakopa.lv',
      description:
        'Šūšanas un kokapstrādes darbnīca, kurā strādā cilvēki ar invaliditāti un personas ar garīga rakstura traucējumiem.',
      municipality: 'parauga-novads',
    },
    {
      key: 'sia-sudraba-pavediens',
      name: 'SIA „Sudraba pavediens”',
      kind: 'social_enterprise',
      registrationNumber: '40203345678',
      website: 'https://www.sudrabapavediens.lv',
      description:
        'Rokdarbu un tekstila izstrādājumu uzņēmums, kas nodarbina seniorus un organizē paaudžu meistarklases.',
      municipality: 'parauga-novads',
    },
    {
      key: 'biedriba-tilts',
      name: 'Biedrība „Jauniešu iniciatīvu centrs „Tilts””',
      kind: 'ngo',
      registrationNumber: '40008123456',
      website: 'https://www.jauniesutilts.lv',
      description:
        'Jauniešu organizācija, kas īsteno neformālās izglītības un brīvprātīgā darba programmas novada skolās.',
      municipality: 'parauga-novads',
    },
    {
      key: 'biedriba-saulespuke',
      name: 'Biedrība „Saulespuķe”',
      kind: 'ngo',
      registrationNumber: '40008234567',
      website: 'https://www.saulespuke.lv',
      description:
        'Cilvēku ar invaliditāti un viņu tuvinieku biedrība; sniedz dienas aprūpes centra un specializēto darbnīcu pakalpojumus.',
      municipality: 'parauga-novads',
    },
    {
      key: 'zemgales-kopienu-tikls',
      name: 'Biedrība „Zemgales kopienu tīkls”',
      kind: 'ngo',
      registrationNumber: '40008345678',
      website: 'https://www.kopienutikls.lv',
      description: 'Reģionāla NVO, kas apvieno ciemu kopienas un atbalsta iedzīvotāju iniciatīvas.',
      // regional, listed by the municipality whose plan works with it
      municipality: 'parauga-novads',
    },
    {
      key: 'parauga-biznesa-inkubators',
      name: 'Parauga biznesa inkubators',
      kind: 'business_incubator',
      website: 'https://www.parauga-inkubators.lv',
      description:
        'Biznesa inkubators, kas sniedz pirmsinkubācijas un inkubācijas atbalstu, mentoru konsultācijas un koprades telpas.',
      municipality: 'parauga-novads',
    },
    {
      key: 'zemgales-lietiskas-zinatnes',
      name: 'Zemgales Lietišķo zinātņu augstskola',
      kind: 'academic',
      website: 'https://www.zlza.lv',
      description: 'Augstskola ar sociālās inovācijas laboratoriju; pēta sociālās uzņēmējdarbības ietekmi reģionā.',
      municipality: 'parauga-novads',
    },
    {
      key: 'sia-parauga-piens',
      name: 'SIA „Parauga piens”',
      kind: 'business',
      registrationNumber: '40003567891',
      website: 'https://www.paraugapiens.lv',
      description:
        'Vietējais piena pārstrādes uzņēmums; tā vadītāji darbojas kā mentori un ideju konkursa žūrijas locekļi.',
      municipality: 'parauga-novads',
    },
    {
      key: 'iniciativa-zala-seta',
      name: 'Iniciatīvu grupa „Zaļā sēta”',
      kind: 'social_innovator',
      website: 'https://www.zalaseta.lv',
      description: 'Sociālo inovatoru grupa, kas attīsta kopienas dārzus un pārtikas dalīšanas punktus senioriem.',
      municipality: 'parauga-novads',
    },
    {
      key: 'biedriba-kaiminu-seniori',
      name: 'Biedrība „Kaimiņu novada senioru apvienība”',
      kind: 'ngo',
      registrationNumber: '40008456789',
      website: 'https://www.kaiminuseniori.lv',
      description: 'Senioru interešu biedrība, kas organizē dienas centru un brīvprātīgo palīdzību mājās.',
      municipality: 'kaiminu-novads',
    },
  ],

  plans: [
    // ══ Parauga novads: pieņemts plāns, pusē no plāna perioda ══════════════════════════════════
    {
      municipality: 'parauga-novads',
      title: `Sociālās uzņēmējdarbības atbalsta rīcības plāns ${cal.year.first}.–${cal.year.last}. gadam`,
      periodStartYear: cal.year.first,
      periodEndYear: cal.year.last,
      status: 'adopted',
      // after the partners were identified and met, the memoranda signed and the risks analysed (#9, #10, #11)
      councilDecision: {
        number: `${String(yearOf(cal.adoption.councilDecision) % 100).padStart(2, '0')}/13`,
        date: cal.adoption.councilDecision,
      },
      summary: `Rīcības plāns nosaka, kā Parauga novada pašvaldība ${cal.year.first}.–${cal.year.last}. gadā atbalstīs sociālo uzņēmumu izveidi un attīstību: grantu programma, bezmaksas telpas, sociāli atbildīgs iepirkums, mentorings un sabiedrības izglītošana. Plāna mērķis ir par 20 % palielināt sociālo uzņēmumu skaitu novadā un radīt vismaz 25 darba vietas sociālās atstumtības riskam pakļautajām grupām.`,

      // #1 Politikas plānošanas dokumenti un normatīvie akti
      policyDocuments: [
        // the four national acts every new plan starts with (common/standard-rows.ts), completed with their links
        {
          key: 'sociala-uznemuma-likums',
          standardKey: 'social_enterprise_law',
          url: 'https://likumi.lv/ta/id/294484-sociala-uznemuma-likums',
        },
        { key: 'mk-173', standardKey: 'mk_173', url: 'https://likumi.lv/ta/id/298035' },
        {
          key: 'mk-101',
          standardKey: 'mk_101',
          url: 'https://likumi.lv/ta/id/297301-noteikumi-par-socialo-uznemumu-komisiju',
        },
        { key: 'mk-197', standardKey: 'mk_197', url: 'https://likumi.lv/ta/id/298318' },
        {
          key: 'ias',
          kind: 'development_strategy',
          title: `Parauga novada ilgtspējīgas attīstības stratēģija līdz ${cal.year.first + 9}. gadam`,
          section:
            '6. nodaļa „Funkcionālās sadarbības teritorijas”, 6.3. apakšnodaļa „Sociālā ekonomika un vietējās kopienas”, 6.3.2. punkts',
          issuer: 'Parauga novada dome',
          issuedOn: `${cal.year.first - 4}-12-16`,
          url: `https://www.parauga-novads.lv/attistiba/ilgtspejigas-attistibas-strategija-${cal.year.first + 9}`,
        },
        {
          key: 'attistibas-programma',
          kind: 'development_strategy',
          title: `Parauga novada attīstības programma ${cal.year.first - 3}.–${cal.year.first + 3}. gadam`,
          section:
            'Rīcības plāns, rīcības virziens RV2.3 „Uzņēmējdarbības vide un nodarbinātība”, uzdevums U2.3.4 „Atbalsts sociālajai uzņēmējdarbībai”',
          issuer: 'Parauga novada dome',
          issuedOn: `${cal.year.first - 3}-06-30`,
          url: `https://www.parauga-novads.lv/attistiba/attistibas-programma-${cal.year.first - 3}-${cal.year.first + 3}`,
        },
        {
          key: 'pasvaldibas-grantu-programma',
          kind: 'support_programme',
          title: 'Pašvaldības grantu programma sociālās uzņēmējdarbības atbalstam',
          implementer: 'Parauga novada pašvaldības Attīstības nodaļa',
          url: 'https://www.parauga-novads.lv/atbalsts/grantu-programma-socialajiem-uznemumiem',
        },
        {
          key: 'altum-sociala-uznemejdarbiba',
          kind: 'support_programme',
          title: 'ESF+ pasākums 4.3.3.3. „Atbalsts sociālajai uzņēmējdarbībai” (granti sociālajiem uzņēmumiem)',
          implementer: 'AS „Attīstības finanšu institūcija Altum” sadarbībā ar Labklājības ministriju',
          url: 'https://www.altum.lv/pakalpojumi/uznemumiem/socialas-uznemejdarbibas-programma/',
        },
      ],

      // #2 Sadarbības modeļi ar sociālajiem partneriem
      cooperationModels: [
        {
          key: 'sadarbiba-darbnica-kopa',
          organisation: 'sia-darbnica-kopa',
          cooperationTypes: ['joint_projects', 'partnership_agreement'],
          result:
            'Pašvaldība kopā ar sociālo uzņēmumu īsteno projektu, kas sniedz darba vietas cilvēkiem ar invaliditāti: izveidotas piecas jaunas darba vietas un organizētas trīs apmācību sesijas par darba prasmju uzlabošanu.',
        },
        {
          key: 'sadarbiba-otra-elpa',
          organisation: 'sia-otra-elpa',
          cooperationTypes: ['resource_sharing'],
          result:
            'Pašvaldība piedāvā bezmaksas telpas sociālajam uzņēmumam, kas nodarbojas ar atkritumu pārstrādi un ekoloģisku produktu ražošanu; izveidota atkritumu šķirošanas stacija, kas mēnesī pārstrādā līdz 1 tonnai plastmasas un papīra.',
        },
        {
          key: 'sadarbiba-inkubators',
          organisation: 'parauga-biznesa-inkubators',
          cooperationTypes: ['mentoring_networks', 'support_programmes_and_grants'],
          result:
            'Kopā ar biznesa inkubatoru izveidota mentorprogramma, kurā pieredzējuši uzņēmēji konsultē sociālos uzņēmumus; 10 uzņēmumi saņem konsultācijas par mārketinga stratēģiju un finansējuma piesaisti.',
        },
        {
          key: 'sadarbiba-tilts',
          organisation: 'biedriba-tilts',
          cooperationTypes: ['community_engagement_platforms', 'joint_marketing'],
          result: `Kopīgi rīkots ideju konkurss jauniešiem un kopīga informatīvā kampaņa sociālajos tīklos; ${cal.year.first}. gadā konkursā iesniegtas 23 idejas no 9 skolām.`,
        },
        {
          key: 'sadarbiba-augstskola',
          organisation: 'zemgales-lietiskas-zinatnes',
          cooperationTypes: ['social_innovation_labs', 'joint_policy_recommendations'],
          result:
            'Augstskolas sociālās inovācijas laboratorijā izstrādāti 2 politikas ieteikumi domei un apmācīti 22 pašvaldības darbinieki.',
        },
        {
          key: 'sadarbiba-saulespuke',
          organisation: 'biedriba-saulespuke',
          cooperationTypes: ['social_service_delegation'],
          result:
            'Biedrībai deleģēts specializēto darbnīcu pakalpojums 25 cilvēkiem ar invaliditāti; 4 darbnīcu dalībnieki pārgājuši darbā sociālajos uzņēmumos.',
        },
      ],

      // #3 Dati un to avoti
      dataSources: [
        {
          dataType: 'Sociālo pakalpojumu saņēmēju statistika',
          source: 'Sociālais dienests',
          sourceUnit: 'socialais-dienests',
          updateFrequency: 'unknown',
        },
        {
          dataType: 'Iedzīvotāju aptaujas',
          source: 'Komunikācijas nodaļa',
          sourceUnit: 'komunikacijas-nodala',
          updateFrequency: 'yearly',
        },
        {
          dataType: 'Valsts institūciju atskaites un pētījumi (Sociālo uzņēmumu reģistrs)',
          source: 'LR Labklājības ministrija',
          updateFrequency: 'monthly',
        },
        {
          dataType: 'Sabiedrības vajadzību analīze un novērtējums',
          source: 'Komunikācijas nodaļa',
          sourceUnit: 'komunikacijas-nodala',
          sourceUncertain: true,
          updateFrequency: 'unknown',
        },
        {
          dataType: 'Reģistrēto bezdarbnieku skaits un struktūra novadā',
          source: 'Nodarbinātības valsts aģentūras Parauga filiāle',
          updateFrequency: 'monthly',
        },
        {
          dataType: 'Pašvaldības atbalsta saņēmēju uzskaite (granti, nodokļa atlaides, telpas)',
          source: 'Attīstības nodaļa',
          sourceUnit: 'attistibas-nodala',
          updateFrequency: 'quarterly',
        },
      ],

      // #4 Vajadzību analīze mērķa grupām
      needs: [
        {
          key: 'vajadziba-jauniesi',
          targetGroup: 'jauniesi-bez-darba-pieredzes',
          existingSupport:
            'Jauniešu garantijas programma, pašvaldības jauniešu centri, skolēnu vasaras nodarbinātības programma',
          unmetNeeds: 'Ierobežotas prakses un darba iespējas reģionos; maz iespēju izmēģināt uzņēmējdarbību praksē',
          socialEnterpriseRole:
            'Sociālie uzņēmumi kā pirmās darba vietas, jauno uzņēmēju atbalsta programmas, skolēnu mācību uzņēmumu mentorings',
          informationSources: ['statistics', 'resident_surveys', 'ngos_and_partners'],
        },
        {
          key: 'vajadziba-seniori',
          targetGroup: 'seniori',
          existingSupport: 'Sociālās aprūpes mājās pakalpojums, senioru dienas centrs, interešu klubi kultūras namos',
          unmetNeeds:
            'Vientulība un sociālā izolācija laukos; maz iespēju strādāt nepilnu slodzi un nodot prasmes jaunākajai paaudzei',
          socialEnterpriseRole:
            'Sociālie uzņēmumi, kas piedāvā nepilnas slodzes darbu senioriem (rokdarbi, aprūpe), paaudžu meistarklases un transporta pakalpojumus',
          informationSources: ['social_service_data', 'resident_surveys', 'enterprise_stories'],
        },
        {
          key: 'vajadziba-ilgstosie-bezdarbnieki',
          targetGroup: 'ilgstosie-bezdarbnieki',
          existingSupport: 'NVA aktīvās nodarbinātības pasākumi, pašvaldības algotie pagaidu sabiedriskie darbi',
          unmetNeeds: 'Pēc pagaidu darbiem trūkst pastāvīgas darba vietas; zema motivācija un novecojušas prasmes',
          socialEnterpriseRole:
            'Darba integrācijas sociālie uzņēmumi ar pakāpenisku slodzes palielināšanu un apmācību darba vietā',
          informationSources: ['statistics', 'social_service_data', 'municipal_strategies'],
        },
        {
          key: 'vajadziba-invaliditate',
          targetGroup: 'cilveki-ar-invaliditati',
          existingSupport: 'Dienas aprūpes centrs, specializētās darbnīcas, asistenta pakalpojums',
          unmetNeeds: 'Nav pielāgotu darba vietu atvērtajā darba tirgū; grūti nokļūt līdz darbam',
          socialEnterpriseRole:
            'Sociālie uzņēmumi ar pielāgotām darba vietām un elastīgu darba laiku; sadarbība ar asistentu pakalpojumu',
          informationSources: ['social_service_data', 'ngos_and_partners', 'enterprise_stories'],
        },
        {
          key: 'vajadziba-bijusie-ieslodzitie',
          targetGroup: 'no-ieslodzijuma-atbrivotas-personas',
          existingSupport: 'Valsts probācijas dienesta programmas, sociālā darbinieka konsultācijas',
          unmetNeeds: 'Darba devēju aizspriedumi, trūkst pagaidu mājokļa un darba prasmju',
          socialEnterpriseRole:
            'Sociālie uzņēmumi kā „otrās iespējas” darba vieta ar mentora atbalstu pirmajos mēnešos',
          informationSources: ['ngos_and_partners', 'statistics'],
        },
      ],

      // #5 Pašvaldības resursi
      resources: [
        {
          key: 'res-grantu-programma',
          group: 'financial',
          subtype: 'grants',
          title: 'Grantu programma sociālajiem uzņēmumiem un sociālajiem inovatoriem',
          holder: 'attistibas-nodala',
          annualAmountEur: 60000,
          notes: 'Ikgadējs konkurss; viens projekts līdz 10 000 EUR.',
        },
        {
          key: 'res-lidzfinansejums',
          group: 'financial',
          subtype: 'co_financing',
          title: 'Līdzfinansējums sociālo uzņēmumu ES fondu un ALTUM projektiem',
          holder: 'attistibas-nodala',
          annualAmountEur: 20000,
        },
        {
          key: 'res-atbildigs-iepirkums',
          group: 'financial',
          subtype: 'responsible_procurement',
          title:
            'Rezervētie iepirkumi un sociālie kritēriji pašvaldības iepirkumos (uzkopšana, apzaļumošana, ēdināšana)',
          holder: 'ipasumu-nodala',
        },
        {
          key: 'res-nin-atlaide',
          group: 'financial',
          subtype: 'property_tax_relief',
          title:
            'Nekustamā īpašuma nodokļa atlaide 90 % apmērā sociālajiem uzņēmumiem par tiem piederošo nekustamo īpašumu',
          holder: 'ipasumu-nodala',
          annualAmountEur: 8000,
          notes:
            'Saistošie noteikumi par nekustamā īpašuma nodokļa atvieglojumiem. Atlaidi piešķir nodokļa maksātājam – īpašniekam; telpu nomniekiem tā nav piemērojama.',
        },
        {
          key: 'res-delegeti-uzdevumi',
          group: 'financial',
          subtype: 'delegated_tasks',
          title: 'Deleģēts specializēto darbnīcu pakalpojums cilvēkiem ar invaliditāti',
          holder: 'socialais-dienests',
          annualAmountEur: 45000,
        },
        {
          key: 'res-aprikojums',
          group: 'material',
          subtype: 'technical_equipment',
          title:
            'Jaunatnes centra radošās darbnīcas aprīkojums (3D printeris, lāzergriezējs, šujmašīnas) koplietošanai',
          holder: 'jaunatnes-centrs',
        },
        {
          key: 'res-bezmaksas-telpas',
          group: 'infrastructure',
          subtype: 'free_premises',
          title: 'Bezmaksas telpas sociālajiem uzņēmumiem bijušajā sadzīves pakalpojumu kombinātā, Dzirnavu ielā 7',
          holder: 'ipasumu-nodala',
          notes: '4 telpas (kopā 320 m²), patapinājuma līgums līdz 5 gadiem.',
        },
        {
          key: 'res-industriala-teritorija',
          group: 'infrastructure',
          subtype: 'industrial_areas',
          title: 'Rūpnieciskās apbūves teritorija „Ziemeļi” ar pieslēgumiem inženiertīkliem',
          holder: 'attistibas-nodala',
        },
        {
          key: 'res-mentorings',
          group: 'information_human',
          subtype: 'mentoring',
          title: 'Mentorprogramma sociālajiem uzņēmējiem (8 brīvprātīgi mentori no vietējiem uzņēmumiem)',
          holder: 'attistibas-nodala',
          annualAmountEur: 6000,
        },
        {
          key: 'res-konsultativa-padome',
          group: 'information_human',
          subtype: 'advisory_council',
          title: 'Sociālās uzņēmējdarbības konsultatīvā padome',
          holder: 'attistibas-nodala',
        },
        {
          key: 'res-inkubators',
          group: 'information_human',
          subtype: 'business_incubator',
          title: 'Biznesa inkubatora pirmsinkubācijas programma un konsultācijas sociālajiem uzņēmumiem',
          holder: 'attistibas-nodala',
          annualAmountEur: 12000,
        },
        {
          key: 'res-info-pasakumi',
          group: 'information_human',
          subtype: 'info_events',
          title: 'Pašvaldības informatīvie semināri, informācijas dienas un ceļvedis „Kā kļūt par sociālo uzņēmumu”',
          holder: 'komunikacijas-nodala',
          annualAmountEur: 4000,
        },
      ],
      supportGiven: [
        {
          recipient: 'SIA „Otrā elpa”',
          recipientOrganisation: 'sia-otra-elpa',
          form: 'Bezmaksas telpu patapinājums (atbrīvojums no nomas maksas)',
          amountEur: 4800,
          year: cal.year.prepared - 1,
        },
        {
          recipient: 'SIA „Darbnīca Kopā”',
          recipientOrganisation: 'sia-darbnica-kopa',
          form: 'Pašvaldības līdzfinansējums ALTUM granta projektam aprīkojuma iegādei',
          amountEur: 5000,
          year: cal.year.prepared,
        },
        {
          recipient: 'SIA „Darbnīca Kopā”',
          recipientOrganisation: 'sia-darbnica-kopa',
          form: 'Nekustamā īpašuma nodokļa atlaide 90 % apmērā par uzņēmumam piederošo darbnīcas ēku',
          amountEur: 1250,
          year: cal.year.prepared,
        },
        {
          recipient: 'Iniciatīvu grupa „Zaļā sēta”',
          recipientOrganisation: 'iniciativa-zala-seta',
          form: 'Grants kopienas dārza izveidei (pašvaldības grantu konkursa 1. kārta) un mentora konsultācijas',
          amountEur: 3000,
          year: cal.year.first,
        },
      ],

      // #6–#8 Mērķi, uzdevumi, aktivitātes un rādītāji
      goals: [
        {
          title: `Palielināt sociālo uzņēmumu skaitu Parauga novadā par 20 % līdz ${cal.year.last}. gadam, sniedzot finansiālu un konsultatīvu atbalstu jaunajiem uzņēmējiem`,
          description:
            'Mērķis izriet no ilgtspējīgas attīstības stratēģijas 6.3.2. punkta un atbild uz jauniešu un ilgstošo bezdarbnieku vajadzību pēc darba vietām.',
          deadline: `${cal.year.last}-12-31`,
          strategy: 'ias',
          needs: ['vajadziba-jauniesi', 'vajadziba-ilgstosie-bezdarbnieki'],
          resources: ['res-grantu-programma', 'res-lidzfinansejums', 'res-mentorings', 'res-inkubators'],
          partners: ['sadarbiba-inkubators'],
          indicators: [
            {
              title: 'Sociālo uzņēmumu skaits pašvaldības teritorijā',
              kind: 'quantitative',
              unit: 'uzņēmumi',
              baseline: 10,
              target: 12,
              targetDate: `${cal.year.last}-12-31`,
              dataMethod: 'quantitative_analysis',
              evaluationParties: 'Attīstības nodaļa, Labklājības ministrija (Sociālo uzņēmumu reģistrs)',
              measurements: figures(
                cal,
                [
                  { measuredOn: `${cal.year.first}-06-30`, value: 10 },
                  {
                    measuredOn: `${cal.year.first}-12-31`,
                    value: 11,
                    note: 'Sociālā uzņēmuma statusu ieguva SIA „Sudraba pavediens”.',
                  },
                  { measuredOn: `${cal.year.current}-06-30`, value: 11 },
                  { measuredOn: `${cal.year.current}-12-31`, value: 12 },
                  { measuredOn: `${cal.year.last}-06-30`, value: 12 },
                  { measuredOn: `${cal.year.last}-12-31`, value: 13 },
                ],
                { note: 'Jāpārbauda reģistrā pirms publicēšanas.' },
              ),
            },
            {
              title: 'Finansiālā atbalsta apjoms sociālajiem uzņēmumiem',
              kind: 'quantitative',
              unit: 'EUR',
              baseline: 0,
              target: 150000,
              targetDate: `${cal.year.last}-12-31`,
              dataMethod: 'progress_reports',
              evaluationParties: 'Attīstības nodaļa, Finanšu komiteja',
              measurements: figures(
                cal,
                [
                  { measuredOn: `${cal.year.first}-12-31`, value: 46500 },
                  { measuredOn: `${cal.year.current}-06-30`, value: 71800, early: 52300 },
                  { measuredOn: `${cal.year.current}-12-31`, value: 98200, early: 84600 },
                  { measuredOn: `${cal.year.last}-06-30`, value: 121000 },
                  { measuredOn: `${cal.year.last}-12-31`, value: 150000 },
                ],
                { note: 'Provizoriski dati; jāsaskaņo ar grāmatvedību pirms publicēšanas.' },
              ),
            },
          ],
          tasks: [
            {
              title: `Izstrādāt un ieviest grantu programmu sociālajiem uzņēmumiem līdz ${cal.year.first}. gadam, līdz ${cal.year.last}. gadam nodrošinot finansējumu vismaz 10 jauniem projektiem`,
              deadline: `${cal.year.last}-10-31`,
              indicators: [
                {
                  title: 'Atbalstīto jauno projektu skaits',
                  kind: 'quantitative',
                  unit: 'projekti',
                  baseline: 0,
                  target: 10,
                  targetDate: `${cal.year.last}-10-31`,
                  dataMethod: 'progress_reports',
                  evaluationParties: 'Grantu vērtēšanas komisija, Attīstības nodaļa',
                  measurements: [
                    {
                      measuredOn: cal.grantRounds.first.resultsOn,
                      value: 4,
                      note: `Grantu konkursa 1. kārtas (${cal.year.first}) rezultāti.`,
                      published: true,
                    },
                    {
                      // mid-round: after the current round opened, before it closes
                      measuredOn: cal.recent,
                      value: 4,
                      note: `Starprezultāts: ${cal.grantRounds.current.year}. gada konkursa kārtā līdz šim saņemti 7 pieteikumi; jaunus projektus atbalstīs pēc vērtēšanas.`,
                      published: false,
                    },
                  ],
                },
              ],
              activities: [
                {
                  title:
                    'Izstrādāt un domē apstiprināt saistošos noteikumus par grantu programmu sociālajiem uzņēmumiem',
                  startsOn: `${cal.year.first}-01-15`,
                  endsOn: `${cal.year.first}-04-30`,
                  fundingSource: 'Pašvaldības budžets (administratīvās izmaksas)',
                  involvedParties: 'Attīstības nodaļa, Juridiskā nodaļa, sociālie partneri',
                  responsibleUnit: 'attistibas-nodala',
                  resources: ['res-grantu-programma'],
                  executionStatus: 'done',
                  progress: 100,
                },
                {
                  title: `Organizēt informatīvu semināru par grantu pieteikumu sagatavošanu līdz ${cal.year.first}. gada decembrim`,
                  startsOn: `${cal.year.first}-10-01`,
                  endsOn: `${cal.year.first}-12-12`,
                  fundingSource: 'Pašvaldības budžets',
                  budgetEur: 800,
                  involvedParties: 'Attīstības nodaļa, Parauga biznesa inkubators',
                  organisations: ['parauga-biznesa-inkubators'],
                  resources: ['res-info-pasakumi'],
                  responsibleUnit: 'attistibas-nodala',
                  executionStatus: 'done',
                  progress: 100,
                  indicators: [
                    {
                      title: 'Dalībnieku skaits informatīvajā seminārā',
                      kind: 'quantitative',
                      unit: 'dalībnieki',
                      baseline: 0,
                      target: 30,
                      targetDate: `${cal.year.first}-12-12`,
                      dataMethod: 'quantitative_analysis',
                      recommendations:
                        'Nākamajā periodā semināru piedāvāt arī tiešsaistē, jo daļa interesentu nevarēja ierasties klātienē.',
                      measurements: [{ measuredOn: `${cal.year.first}-12-12`, value: 34, published: true }],
                    },
                  ],
                },
                {
                  title: 'Izsludināt grantu konkursa kārtas, izvērtēt pieteikumus un uzraudzīt projektu īstenošanu',
                  startsOn: cal.grantRounds.first.opensOn,
                  endsOn: `${cal.year.last}-10-31`,
                  fundingSource: 'Pašvaldības budžets',
                  budgetEur: 170000,
                  involvedParties: 'Grantu vērtēšanas komisija, konsultatīvā padome',
                  resources: ['res-grantu-programma'],
                  responsibleUnit: 'attistibas-nodala',
                  ...executionOn(cal.today, cal.grantRounds.first.opensOn, `${cal.year.last}-10-31`),
                },
              ],
            },
            {
              title: `Kopā ar biznesa inkubatoru izveidot mentorprogrammu, līdz ${cal.year.current}. gada beigām nodrošinot konsultācijas vismaz 10 sociālajiem uzņēmumiem`,
              deadline: `${cal.year.current}-12-31`,
              indicators: [
                {
                  title: 'Konsultācijas saņēmušo sociālo uzņēmumu skaits',
                  kind: 'quantitative',
                  unit: 'uzņēmumi',
                  baseline: 0,
                  target: 10,
                  targetDate: `${cal.year.current}-12-31`,
                  dataMethod: 'progress_reports',
                  evaluationParties: 'Parauga biznesa inkubators, Attīstības nodaļa',
                  measurements: figures(
                    cal,
                    [
                      { measuredOn: `${cal.year.first}-12-31`, value: 4 },
                      { measuredOn: `${cal.year.current}-06-30`, value: 7, early: 5 },
                      { measuredOn: `${cal.year.current}-12-31`, value: 10, early: 9 },
                    ],
                    { note: 'Pēc biznesa inkubatora ceturkšņa atskaites; vēl jāpārbauda.' },
                  ),
                },
              ],
              activities: [
                {
                  title:
                    'Atlasīt 8 pieredzējušus uzņēmējus – mentorus un noslēgt sadarbības līgumu ar biznesa inkubatoru',
                  startsOn: `${cal.year.first}-03-01`,
                  endsOn: `${cal.year.first}-06-30`,
                  fundingSource: 'Pašvaldības budžets',
                  involvedParties: 'Parauga biznesa inkubators, SIA „Parauga piens”',
                  organisations: ['parauga-biznesa-inkubators', 'sia-parauga-piens'],
                  resources: ['res-mentorings'],
                  responsibleUnit: 'attistibas-nodala',
                  executionStatus: 'done',
                  progress: 100,
                },
                {
                  title:
                    'Nodrošināt individuālas mentoru konsultācijas par mārketinga stratēģiju un finansējuma piesaisti',
                  startsOn: `${cal.year.first}-09-01`,
                  endsOn: `${cal.year.current}-12-31`,
                  fundingSource: 'Pašvaldības budžets, biznesa inkubatora programma',
                  budgetEur: 12000,
                  involvedParties: 'Mentori, Parauga biznesa inkubators',
                  organisations: ['parauga-biznesa-inkubators'],
                  resources: ['res-mentorings', 'res-inkubators'],
                  responsibleUnit: 'attistibas-nodala',
                  ...executionOn(cal.today, `${cal.year.first}-09-01`, `${cal.year.current}-12-31`),
                },
              ],
            },
          ],
        },
        {
          title: `Līdz ${cal.year.last}. gada beigām radīt vismaz 25 jaunas darba vietas sociālās atstumtības riskam pakļautajām grupām sociālajos uzņēmumos, kas saņēmuši pašvaldības atbalstu`,
          description:
            'Mērķis īsteno attīstības programmas uzdevumu U2.3.4 un atbild uz cilvēku ar invaliditāti, ilgstošo bezdarbnieku un no ieslodzījuma atbrīvoto personu vajadzībām.',
          deadline: `${cal.year.last}-12-31`,
          strategy: 'attistibas-programma',
          needs: ['vajadziba-invaliditate', 'vajadziba-ilgstosie-bezdarbnieki', 'vajadziba-bijusie-ieslodzitie'],
          resources: ['res-bezmaksas-telpas', 'res-atbildigs-iepirkums', 'res-nin-atlaide', 'res-delegeti-uzdevumi'],
          partners: ['sadarbiba-darbnica-kopa', 'sadarbiba-otra-elpa', 'sadarbiba-saulespuke'],
          indicators: [
            {
              title: 'Izveidoto darba vietu skaits sociālajos uzņēmumos, kas saņēmuši pašvaldības atbalstu',
              kind: 'quantitative',
              unit: 'darba vietas',
              baseline: 0,
              target: 25,
              targetDate: `${cal.year.last}-12-31`,
              dataMethod: 'quantitative_analysis',
              evaluationParties: 'Attīstības nodaļa, Sociālais dienests, sociālie uzņēmumi',
              measurements: figures(
                cal,
                [
                  { measuredOn: `${cal.year.first}-12-31`, value: 6 },
                  { measuredOn: `${cal.year.current}-06-30`, value: 11, early: 8 },
                  { measuredOn: `${cal.year.current}-12-31`, value: 16, early: 14 },
                  { measuredOn: `${cal.year.last}-06-30`, value: 21 },
                  { measuredOn: `${cal.year.last}-12-31`, value: 25 },
                ],
                { note: 'Sociālo uzņēmumu sniegtie dati; jāsalīdzina ar VID darba ņēmēju reģistru.' },
              ),
            },
            {
              title: 'Sociālo problēmu risinājumi, ko ieviesuši sociālie uzņēmumi ar pašvaldības atbalstu',
              kind: 'qualitative',
              targetText: `Vismaz 3 dokumentēti gadījumu apraksti par risinātām sociālām problēmām līdz ${cal.year.last}. gadam`,
              targetDate: `${cal.year.last}-12-31`,
              dataMethod: 'qualitative_analysis',
              evaluationParties: 'Zemgales Lietišķo zinātņu augstskola, Sociālais dienests',
              measurements: figures(
                cal,
                [
                  {
                    measuredOn: `${cal.year.first}-12-31`,
                    qualitativeValue:
                      'Aprakstīts 1 gadījums: SIA „Otrā elpa” šķirošanas stacija nodrošina pastāvīgu darbu 3 ilgstošajiem bezdarbniekiem un samazina nešķirotu atkritumu apjomu.',
                  },
                  {
                    measuredOn: `${cal.year.current}-12-31`,
                    qualitativeValue:
                      'Aprakstīti 2 gadījumi: papildus SIA „Darbnīca Kopā” pielāgotās darba vietas ļāvušas 4 dienas centra apmeklētājiem pāriet algotā darbā.',
                  },
                ],
                { note: 'Gadījuma apraksts vēl jāsaskaņo ar uzņēmumu.' },
              ),
            },
          ],
          tasks: [
            {
              title: `Līdz ${cal.year.current}. gada vidum ieviest sociāli atbildīga iepirkuma kritērijus vismaz 5 pašvaldības iepirkumos gadā`,
              deadline: `${cal.year.current}-06-30`,
              indicators: [
                {
                  title: 'Pašvaldības iepirkumu skaits ar sociāli atbildīgiem kritērijiem vai rezervētu līgumu',
                  kind: 'quantitative',
                  unit: 'iepirkumi gadā',
                  baseline: 0,
                  target: 5,
                  targetDate: `${cal.year.current}-06-30`,
                  dataMethod: 'progress_reports',
                  evaluationParties: 'Iepirkumu komisija, Īpašumu nodaļa',
                  measurements: figures(cal, [
                    { measuredOn: `${cal.year.first}-12-31`, value: 2 },
                    { measuredOn: `${cal.year.current}-06-30`, value: 4, note: 'Mērķis vēl nav sasniegts.' },
                  ]),
                },
              ],
              activities: [
                {
                  title:
                    'Sagatavot iepirkumu komisijai vadlīnijas par sociāli atbildīgu iepirkumu un rezervētajiem līgumiem',
                  startsOn: `${cal.year.first}-09-01`,
                  endsOn: `${cal.year.first}-12-18`,
                  fundingSource: 'Pašvaldības budžets',
                  involvedParties: 'Īpašumu nodaļa, Iepirkumu komisija, Zemgales Lietišķo zinātņu augstskola',
                  organisations: ['zemgales-lietiskas-zinatnes'],
                  resources: ['res-atbildigs-iepirkums'],
                  responsibleUnit: 'ipasumu-nodala',
                  executionStatus: 'done',
                  progress: 100,
                },
                {
                  title: 'Rezervēt pašvaldības ēku uzkopšanas un apzaļumošanas iepirkumus sociālajiem uzņēmumiem',
                  startsOn: `${cal.year.current}-01-05`,
                  endsOn: `${cal.year.current}-06-30`,
                  fundingSource: 'Pašvaldības budžets (esošie uzturēšanas izdevumi)',
                  involvedParties: 'Īpašumu nodaļa, sociālie uzņēmumi',
                  organisations: ['sia-otra-elpa', 'sia-darbnica-kopa'],
                  resources: ['res-atbildigs-iepirkums'],
                  responsibleUnit: 'ipasumu-nodala',
                  // not finished by its deadline: delayed once that has passed
                  ...executionOn(cal.today, `${cal.year.current}-01-05`, `${cal.year.current}-06-30`, {
                    unfinished: 40,
                  }),
                },
              ],
            },
            {
              title: `Līdz ${cal.year.first}. gada beigām nodot sociālajiem uzņēmumiem bezmaksas lietošanā vismaz 2 pašvaldības telpas`,
              deadline: `${cal.year.first}-12-31`,
              activities: [
                {
                  title: 'Apzināt neizmantotās pašvaldības telpas un sagatavot to sarakstu ar tehnisko stāvokli',
                  startsOn: `${cal.year.first}-02-01`,
                  endsOn: `${cal.year.first}-04-30`,
                  fundingSource: 'Pašvaldības budžets',
                  involvedParties: 'Īpašumu nodaļa, Attīstības nodaļa',
                  resources: ['res-bezmaksas-telpas'],
                  responsibleUnit: 'ipasumu-nodala',
                  executionStatus: 'done',
                  progress: 100,
                },
                {
                  title: 'Kopā ar SIA „Otrā elpa” izveidot atkritumu šķirošanas staciju pašvaldības telpās',
                  startsOn: `${cal.year.first}-05-01`,
                  endsOn: `${cal.year.first}-11-30`,
                  fundingSource: 'Pašvaldības budžets, SIA „Otrā elpa” līdzfinansējums',
                  budgetEur: 18000,
                  involvedParties: 'SIA „Otrā elpa”, Īpašumu nodaļa',
                  organisations: ['sia-otra-elpa'],
                  resources: ['res-bezmaksas-telpas', 'res-lidzfinansejums'],
                  responsibleUnit: 'ipasumu-nodala',
                  executionStatus: 'done',
                  progress: 100,
                  indicators: [
                    {
                      title: 'Mēnesī pārstrādātais plastmasas un papīra apjoms',
                      kind: 'quantitative',
                      unit: 'tonnas mēnesī',
                      baseline: 0,
                      target: 1,
                      targetDate: `${cal.year.current}-12-31`,
                      dataMethod: 'progress_reports',
                      evaluationParties: 'SIA „Otrā elpa”, Īpašumu nodaļa',
                      measurements: figures(
                        cal,
                        [
                          { measuredOn: `${cal.year.first}-12-31`, value: 0.6 },
                          { measuredOn: `${cal.year.current}-06-30`, value: 0.9, early: 0.8 },
                          { measuredOn: `${cal.year.current}-12-31`, value: 1.1, early: 1 },
                          { measuredOn: `${cal.year.last}-06-30`, value: 1.2 },
                        ],
                        { note: 'Pēc SIA „Otrā elpa” ikmēneša atskaites; vēl jāpārbauda.' },
                      ),
                    },
                  ],
                },
              ],
            },
            {
              title: `Līdz ${cal.year.current}. gada beigām organizēt 3 apmācību sesijas par darba prasmju uzlabošanu cilvēkiem ar invaliditāti`,
              deadline: `${cal.year.current}-12-31`,
              activities: [
                {
                  title:
                    'Kopā ar SIA „Darbnīca Kopā” un biedrību „Saulespuķe” īstenot apmācību sesijas par darba prasmēm',
                  startsOn: `${cal.year.first}-09-01`,
                  endsOn: `${cal.year.current}-12-15`,
                  fundingSource: 'Pašvaldības budžets (deleģētais pakalpojums)',
                  budgetEur: 4500,
                  involvedParties: 'SIA „Darbnīca Kopā”, biedrība „Saulespuķe”, Sociālais dienests',
                  organisations: ['sia-darbnica-kopa', 'biedriba-saulespuke'],
                  resources: ['res-delegeti-uzdevumi'],
                  responsibleUnit: 'socialais-dienests',
                  ...executionOn(cal.today, `${cal.year.first}-09-01`, `${cal.year.current}-12-15`),
                  indicators: [
                    {
                      title: 'Noorganizēto apmācību sesiju skaits',
                      kind: 'quantitative',
                      unit: 'sesijas',
                      baseline: 0,
                      target: 3,
                      targetDate: `${cal.year.current}-12-15`,
                      dataMethod: 'progress_reports',
                      // one measurement after each session that has taken place
                      measurements: happened(cal.today, [
                        { measuredOn: `${cal.year.first}-11-20`, value: 1, published: true },
                        { measuredOn: `${cal.year.current}-05-14`, value: 2, published: true },
                        { measuredOn: `${cal.year.current}-11-12`, value: 3, published: true },
                      ]),
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          title: `Līdz ${cal.year.last}. gadam paaugstināt iedzīvotāju, jauniešu un pašvaldības darbinieku izpratni par sociālo uzņēmējdarbību, iesaistot vismaz 500 iedzīvotājus`,
          description:
            'Mērķis atbild uz jauniešu un senioru vajadzībām un stiprina sadarbību ar NVO un akadēmisko sektoru (darba lapa #9).',
          deadline: `${cal.year.last}-12-31`,
          strategy: 'ias',
          needs: ['vajadziba-jauniesi', 'vajadziba-seniori'],
          resources: ['res-info-pasakumi', 'res-konsultativa-padome', 'res-aprikojums'],
          partners: ['sadarbiba-tilts', 'sadarbiba-augstskola'],
          indicators: [
            {
              title: 'Sabiedrības iesaistes aktivitāšu skaits (kampaņas, pasākumi, aptaujas)',
              kind: 'quantitative',
              unit: 'aktivitātes',
              baseline: 1,
              target: 12,
              targetDate: `${cal.year.last}-12-31`,
              dataMethod: 'progress_reports',
              evaluationParties: 'Komunikācijas nodaļa',
              measurements: figures(
                cal,
                [
                  { measuredOn: `${cal.year.first}-06-30`, value: 2 },
                  { measuredOn: `${cal.year.first}-12-31`, value: 4 },
                  { measuredOn: `${cal.year.current}-06-30`, value: 6, early: 5 },
                  { measuredOn: `${cal.year.current}-12-31`, value: 9, early: 8 },
                  { measuredOn: `${cal.year.last}-06-30`, value: 11 },
                  { measuredOn: `${cal.year.last}-12-31`, value: 12 },
                ],
                { note: 'Komunikācijas nodaļas uzskaite; vēl jāpārbauda.' },
              ),
            },
            {
              title: 'Iedzīvotāju un uzņēmēju izpratnes līmenis par sociālo uzņēmējdarbību',
              kind: 'qualitative',
              targetText:
                'Vismaz 50 % aptaujāto iedzīvotāju spēj nosaukt kādu sociālo uzņēmumu novadā un zina, kas tas ir',
              targetDate: `${cal.year.last}-12-31`,
              dataMethod: 'surveys',
              evaluationParties: 'Komunikācijas nodaļa, Zemgales Lietišķo zinātņu augstskola',
              recommendations: 'Aptaujā iekļaut arī uzņēmējus, ne tikai iedzīvotājus.',
              // the February survey of each year, summed up by the end of March
              measurements: figures(cal, [
                {
                  measuredOn: `${cal.year.first}-03-31`,
                  qualitativeValue:
                    'Sākotnējā aptaujā 24 % respondentu zināja, kas ir sociālais uzņēmums; 9 % spēja nosaukt kādu novadā.',
                },
                {
                  measuredOn: `${cal.year.current}-03-31`,
                  qualitativeValue:
                    '38 % respondentu zināja, kas ir sociālais uzņēmums; 27 % spēja nosaukt kādu novadā.',
                },
              ]),
            },
          ],
          tasks: [
            {
              title:
                'Katru gadu septembrī–novembrī rīkot ideju konkursu „Tirgus iespējas sociālo uzņēmumu attīstībai” jauniešiem vecumā no 15 līdz 25 gadiem',
              deadline: `${cal.year.last}-11-30`,
              indicators: [
                {
                  title: 'Konkursā iesniegto ideju skaits gadā',
                  kind: 'quantitative',
                  unit: 'idejas',
                  baseline: 0,
                  target: 20,
                  targetDate: `${cal.year.last}-11-30`,
                  dataMethod: 'quantitative_analysis',
                  evaluationParties: 'Izglītības pārvalde, biedrība „Tilts”',
                  measurements: figures(
                    cal,
                    [
                      { measuredOn: `${cal.year.first}-11-30`, value: 23 },
                      { measuredOn: `${cal.year.current}-11-30`, value: 19, early: 12 },
                    ],
                    // while this year's competition is running
                    { note: 'Pieteikšanās vēl turpinās.', from: `${cal.year.current}-09-15` },
                  ),
                },
              ],
              activities: [
                {
                  title: `Organizēt ideju konkursu ${cal.year.first}. gadā vispārizglītojošajās skolās un jauniešu centros`,
                  startsOn: `${cal.year.first}-09-01`,
                  endsOn: `${cal.year.first}-11-30`,
                  fundingSource: 'Pašvaldības budžets, SIA „Parauga piens” balvu fonds',
                  budgetEur: 2500,
                  involvedParties: 'Izglītības pārvalde, Jaunatnes centrs, biedrība „Tilts”, SIA „Parauga piens”',
                  organisations: ['biedriba-tilts', 'sia-parauga-piens'],
                  resources: ['res-info-pasakumi', 'res-aprikojums'],
                  responsibleUnit: 'izglitibas-parvalde',
                  executionStatus: 'done',
                  progress: 100,
                },
                {
                  title: `Organizēt ideju konkursu ${cal.year.current}. gadā un rīkot ideju prototipēšanas darbnīcas jauniešu centrā`,
                  startsOn: `${cal.year.current}-09-01`,
                  endsOn: `${cal.year.current}-11-30`,
                  fundingSource: 'Pašvaldības budžets',
                  budgetEur: 3000,
                  involvedParties: 'Izglītības pārvalde, Jaunatnes centrs, biedrība „Tilts”',
                  organisations: ['biedriba-tilts'],
                  resources: ['res-aprikojums'],
                  responsibleUnit: 'izglitibas-parvalde',
                  ...executionOn(cal.today, `${cal.year.current}-09-01`, `${cal.year.current}-11-30`),
                },
                {
                  title: `Organizēt ideju konkursu ${cal.year.last}. gadā un apkopot trīs gadu rezultātus`,
                  startsOn: `${cal.year.last}-09-01`,
                  endsOn: `${cal.year.last}-11-30`,
                  fundingSource: 'Pašvaldības budžets',
                  budgetEur: 3000,
                  involvedParties: 'Izglītības pārvalde, Jaunatnes centrs',
                  responsibleUnit: 'izglitibas-parvalde',
                  ...executionOn(cal.today, `${cal.year.last}-09-01`, `${cal.year.last}-11-30`),
                },
              ],
            },
            {
              title: `Līdz ${cal.year.current}. gada beigām apmācīt vismaz 20 pašvaldības darbiniekus sociālās uzņēmējdarbības jautājumos`,
              deadline: `${cal.year.current}-12-31`,
              indicators: [
                {
                  title: 'Uzlabota pašvaldības darbinieku kapacitāte sociālās uzņēmējdarbības jautājumos',
                  kind: 'qualitative',
                  targetText: 'Dalībnieku pašvērtējuma vidējā atzīme pieaug no 2,4 līdz vismaz 4 (skalā no 1 līdz 5)',
                  targetDate: `${cal.year.current}-12-31`,
                  dataMethod: 'self_assessment',
                  evaluationParties: 'Zemgales Lietišķo zinātņu augstskola, apmācību dalībnieki',
                  measurements: [
                    {
                      measuredOn: `${cal.year.first}-10-08`,
                      qualitativeValue: 'Pirms apmācībām: vidējā pašvērtējuma atzīme 2,4 (22 dalībnieki).',
                      published: true,
                    },
                    {
                      measuredOn: `${cal.year.first}-11-26`,
                      qualitativeValue:
                        'Pēc apmācībām: vidējā pašvērtējuma atzīme 4,1; 19 no 22 dalībniekiem jūtas droši konsultēt iedzīvotājus.',
                      published: true,
                    },
                  ],
                },
              ],
              activities: [
                {
                  title:
                    'Rīkot divas apmācību dienas pašvaldības darbiniekiem kopā ar augstskolas sociālās inovācijas laboratoriju',
                  startsOn: `${cal.year.first}-10-08`,
                  endsOn: `${cal.year.first}-11-26`,
                  fundingSource: 'Pašvaldības budžets',
                  budgetEur: 2200,
                  involvedParties: 'Zemgales Lietišķo zinātņu augstskola, visu struktūrvienību pārstāvji',
                  organisations: ['zemgales-lietiskas-zinatnes'],
                  resources: ['res-info-pasakumi'],
                  responsibleUnit: 'attistibas-nodala',
                  executionStatus: 'done',
                  progress: 100,
                },
              ],
            },
            {
              title: `Līdz ${cal.year.first}. gada jūnijam izveidot Sociālās uzņēmējdarbības konsultatīvo padomi ar NVO, uzņēmēju un akadēmiskā sektora pārstāvjiem`,
              deadline: `${cal.year.first}-06-30`,
              indicators: [
                {
                  title: 'Jaunu partnerību skaits starp sociālajiem uzņēmumiem, NVO un pašvaldību',
                  kind: 'quantitative',
                  unit: 'partnerības',
                  baseline: 1,
                  target: 6,
                  targetDate: `${cal.year.last}-12-31`,
                  dataMethod: 'progress_reports',
                  evaluationParties: 'Konsultatīvā padome',
                  measurements: figures(cal, [
                    { measuredOn: `${cal.year.first}-06-30`, value: 3 },
                    { measuredOn: `${cal.year.current}-06-30`, value: 5 },
                    { measuredOn: `${cal.year.last}-06-30`, value: 6 },
                  ]),
                },
              ],
              activities: [
                {
                  title: 'Sagatavot konsultatīvās padomes nolikumu un apstiprināt tās sastāvu domes sēdē',
                  startsOn: `${cal.year.first}-03-01`,
                  endsOn: `${cal.year.first}-06-19`,
                  involvedParties: 'Attīstības nodaļa, Zemgales kopienu tīkls, sociālie uzņēmumi',
                  organisations: ['zemgales-kopienu-tikls', 'sia-otra-elpa', 'zemgales-lietiskas-zinatnes'],
                  resources: ['res-konsultativa-padome'],
                  responsibleUnit: 'attistibas-nodala',
                  executionStatus: 'done',
                  progress: 100,
                },
              ],
            },
            {
              // the council's work runs to the end of the period, past the task that set it up (#6: a task's
              // activities end by its deadline)
              title: `Līdz ${cal.year.last}. gada beigām nodrošināt konsultatīvās padomes darbu: sēdes reizi ceturksnī un publiski protokoli`,
              deadline: `${cal.year.last}-12-31`,
              activities: [
                {
                  title: 'Rīkot konsultatīvās padomes sēdes reizi ceturksnī un publicēt to protokolus',
                  startsOn: `${cal.year.first}-07-01`,
                  endsOn: `${cal.year.last}-12-31`,
                  involvedParties: 'Konsultatīvās padomes locekļi',
                  resources: ['res-konsultativa-padome'],
                  responsibleUnit: 'attistibas-nodala',
                  ...executionOn(cal.today, `${cal.year.first}-07-01`, `${cal.year.last}-12-31`),
                },
              ],
            },
          ],
        },
      ],

      // #9 Partnerību kontrolsaraksts (izpildīts, pirms dome pieņēma plānu)
      partnershipSteps: {
        partners_identified: {
          done: true,
          doneOn: cal.adoption.partnersIdentified,
          evidence: 'Partneru karte ar 24 organizācijām (NVO, uzņēmumi, augstskola) – Attīstības nodaļas ziņojums.',
        },
        meetings_held: {
          done: true,
          doneOn: cal.adoption.partnerMeetings[1],
          evidence: `Divas partneru tikšanās (${lvDays(cal.adoption.partnerMeetings, 'locative')}), 31 dalībnieks; protokoli pieejami dokumentu vadības sistēmā.`,
        },
        agreements_signed: {
          done: true,
          doneOn: cal.adoption.agreementsSigned,
          evidence:
            'Noslēgti sadarbības memorandi ar Parauga biznesa inkubatoru, Zemgales Lietišķo zinātņu augstskolu un biedrību „Tilts”.',
        },
      },

      // #10 Ieviešanas riski
      risks: {
        funding: {
          level: 'medium',
          preventiveMeasures:
            'Grantu programmas finansējumu iekļaut pašvaldības vidēja termiņa budžetā; piesaistīt ALTUM un ESF+ līdzfinansējumu; izstrādāt finansējuma diversifikācijas stratēģiju.',
          reactiveAction:
            'Attīstības nodaļa sagatavo priekšlikumu domei par prioritāšu pārskatīšanu un grantu konkursa apjoma samazināšanu, saglabājot nefinanšu atbalstu (telpas, mentorings).',
          responsible: 'Attīstības nodaļas vadītājs',
          responsibleUnit: 'attistibas-nodala',
        },
        cooperation: {
          level: 'low',
          responsible: 'Attīstības nodaļas vadītājs',
          responsibleUnit: 'attistibas-nodala',
        },
        legal: {
          level: 'low',
          preventiveMeasures:
            'Sekot līdzi grozījumiem Sociālā uzņēmuma likumā un komercdarbības atbalsta (de minimis) regulējumā.',
          responsible: 'Pašvaldības jurists',
          responsibleUnit: 'attistibas-nodala',
        },
        awareness: {
          level: 'medium',
          preventiveMeasures:
            'Ikgadēja informatīvā kampaņa, sociālo uzņēmumu stāsti pašvaldības izdevumā un sociālajos tīklos, informācijas dienas pagastos.',
          reactiveAction:
            'Komunikācijas nodaļa veic papildu mērķtiecīgu kampaņu konkrētām mērķa grupām un piesaista NVO kā vēstnešus.',
          responsible: 'Komunikācijas nodaļas vadītāja',
          responsibleUnit: 'komunikacijas-nodala',
        },
        capacity: {
          level: 'high',
          preventiveMeasures:
            'Apmācīt vismaz 20 pašvaldības darbiniekus; norīkot sociālās uzņēmējdarbības koordinatoru Attīstības nodaļā; izmantot biznesa inkubatora un augstskolas ekspertīzi.',
          reactiveAction:
            'Attīstības nodaļa slēdz pakalpojuma līgumu ar ārēju ekspertu un pārdala uzdevumus starp struktūrvienībām; izpilddirektors lemj par papildu štata vietu.',
          responsible: 'Pašvaldības izpilddirektors',
          responsibleUnit: 'attistibas-nodala',
        },
        other: {
          factor: 'Iedzīvotāju skaita samazināšanās un darbaspēka aizplūšana no lauku teritorijām',
          impact: 'Sociālajiem uzņēmumiem grūti atrast darbiniekus un klientus',
          level: 'medium',
          preventiveMeasures:
            'Atbalstīt attālinātā darba iespējas un transporta risinājumus; prioritāri atbalstīt uzņēmumus pagastu centros.',
          reactiveAction:
            'Sociālais dienests kopā ar NVA piedāvā mobilitātes atbalstu un pārkvalifikāciju; konsultatīvā padome pārskata atbalsta kritērijus.',
          responsible: 'Sociālā dienesta vadītāja',
          responsibleUnit: 'socialais-dienests',
        },
      },

      // #11 Uzraudzība un atbildības sadalījums (mērķi saskaņoti un riski izvērtēti pirms domes lēmuma)
      monitoring: {
        goals_agreed: {
          responsibleUnit: 'attistibas-nodala',
          deadline: cal.adoption.goalsAgreed,
          performanceIndicator: 'Mērķi apspriesti ar partneriem; saskaņojuma protokols',
          done: true,
          evidence: `Partneru tikšanās protokols (${lvDate(cal.adoption.partnerMeetings[1])}).`,
        },
        tasks_understood: {
          responsibleUnit: 'attistibas-nodala',
          deadline: `${cal.year.first}-01-31`,
          performanceIndicator: 'Visas atbildīgās struktūrvienības apliecinājušas savus uzdevumus un termiņus',
          done: true,
          evidence: `Struktūrvienību vadītāju sanāksmes protokols (${lvDate(cal.adoption.tasksUnderstood)}).`,
        },
        risk_analysis: {
          responsibleUnit: 'attistibas-nodala',
          deadline: cal.adoption.riskAnalysis,
          performanceIndicator: 'Risku reģistrs aizpildīts un pārskatīts reizi gadā',
          done: true,
          evidence: `Risku reģistrs pievienots plāna projektam ${lvMonth(cal.adoption.riskAnalysis)}; pēdējoreiz pārskatīts ${lvMonth(cal.lastRiskReview)}.`,
        },
        funding_diversification: {
          responsibleUnit: 'attistibas-nodala',
          deadline: `${cal.year.last}-06-30`,
          performanceIndicator: 'Izstrādāta stratēģija ar vismaz 3 finansējuma avotiem ārpus pašvaldības budžeta',
          done: false,
        },
        information_campaign: {
          responsibleUnit: 'komunikacijas-nodala',
          deadline: `${cal.year.first}-11-30`,
          performanceIndicator: 'Kampaņa sasniegusi vismaz 3000 iedzīvotāju; 4 publikācijas pašvaldības izdevumā',
          done: true,
          evidence: 'Kampaņas pārskats: 4 publikācijas, 5200 sasniegtie lietotāji sociālajos tīklos.',
        },
        plan_reviewed: {
          responsibleUnit: 'attistibas-nodala',
          deadline: cal.nextPlanReview,
          performanceIndicator: 'Plāna ikgadējais pārskats iesniegts domei un publicēts tīmekļvietnē',
          done: false,
        },
      },

      // #9 Informēšanas un iesaistes plāns (publiskās iesaistes aktivitātes)
      engagementActivities: [
        {
          lv: {
            title: `Ideju konkurss „Tirgus iespējas sociālo uzņēmumu attīstībai” ${cal.year.first}`,
            slug: `ideju-konkurss-tirgus-iespejas-${cal.year.first}`,
            description:
              'Jaunieši komandās izstrādā sociālā uzņēmuma ideju, kas risina kādu sava pagasta vai pilsētas problēmu. Labākās idejas saņem naudas balvas un mentoru atbalstu idejas attīstīšanai.',
            audience: 'Jaunieši vecumā no 15 līdz 25 gadiem',
            channels: 'Vispārizglītojošās skolas, jauniešu centri',
            timelineNote: `${cal.year.first}. gada septembris – novembris`,
            place: 'Parauga novada skolas un Jaunatnes centrs',
          },
          en: {
            title: `Idea competition "Market opportunities for social enterprise development" ${cal.year.first}`,
            slug: `idea-competition-market-opportunities-${cal.year.first}`,
            description:
              'Teams of young people develop a social enterprise idea that addresses a problem in their parish or town. The best ideas receive cash prizes and mentoring to develop them further.',
            audience: 'Young people aged 15 to 25',
            channels: 'General education schools, youth centres',
            timelineNote: `September – November ${cal.year.first}`,
            place: 'Schools of Parauga Municipality and the Youth Centre',
          },
          state: 'closed',
          ...rigaEvent(`${cal.year.first}-09-01`, '09:00', '23:59', `${cal.year.first}-11-30`),
          registrationUrl: `https://www.parauga-novads.lv/iesaiste/ideju-konkurss-${cal.year.first}`,
          responsibleUnit: 'izglitibas-parvalde',
          targetGroups: ['jauniesi-bez-darba-pieredzes'],
        },
        {
          lv: {
            title: 'Informācijas diena par pašvaldības grantu programmu sociālajiem uzņēmumiem',
            slug: `informacijas-diena-grantu-programma-${cal.grantRounds.current.year}`,
            description: `Attīstības nodaļa un biznesa inkubators skaidro ${cal.grantRounds.current.year}. gada grantu konkursa kārtas nosacījumus, vērtēšanas kritērijus un biežākās kļūdas pieteikumos. Pēc prezentācijām – individuālas konsultācijas.`,
            audience: 'Sociālie uzņēmumi, sociālie inovatori, NVO un topošie uzņēmēji',
            channels: 'Pašvaldības tīmekļvietne, sociālie tīkli, biznesa inkubatora jaunumu vēstule',
            timelineNote: lvDate(cal.grantRounds.current.infoDay),
            place: 'Parauga novada pašvaldības sēžu zāle, Rīgas ielā 10',
          },
          en: {
            title: "Information day on the municipality's grant programme for social enterprises",
            slug: `information-day-grant-programme-${cal.grantRounds.current.year}`,
            description: `The Development Department and the business incubator explain the conditions of the ${cal.grantRounds.current.year} grant round, the evaluation criteria and common mistakes in applications, followed by one-to-one consultations.`,
            audience: 'Social enterprises, social innovators, NGOs and aspiring entrepreneurs',
            channels: 'Municipal website, social media, business incubator newsletter',
            timelineNote: enDate(cal.grantRounds.current.infoDay),
            place: 'Council hall of Parauga Municipality, Rīgas iela 10',
          },
          state: 'closed',
          ...cal.events.infoDay,
          registrationUrl: `https://www.parauga-novads.lv/iesaiste/informacijas-diena-${cal.grantRounds.current.year}`,
          responsibleUnit: 'attistibas-nodala',
          // for enterprises and would-be entrepreneurs: no group at risk of social exclusion is its audience
        },
        {
          lv: {
            title: `Sociālās uzņēmējdarbības forums „Kopā varam” ${yearOf(cal.events.forum.startsAt)}`,
            slug: `forums-kopa-varam-${yearOf(cal.events.forum.startsAt)}`,
            description:
              'Forumā sociālie uzņēmumi, pašvaldība, NVO un uzņēmēji dalās pieredzē, apspriež plāna starprezultātus un nākamā plānošanas perioda prioritātes. Programmā: paneļdiskusija, darba grupas un sociālo uzņēmumu tirdziņš.',
            audience: 'Sociālie uzņēmumi, NVO, uzņēmēji, pašvaldības darbinieki un iedzīvotāji',
            channels: 'Pašvaldības tīmekļvietne, novada avīze, sociālie tīkli, partneru e-pasti',
            timelineNote: lvDate(dayOf(cal.events.forum)),
            place: 'Parauga Kultūras centrs, Skolas ielā 5',
          },
          en: {
            title: `Social entrepreneurship forum "Together we can" ${yearOf(cal.events.forum.startsAt)}`,
            slug: `forum-together-we-can-${yearOf(cal.events.forum.startsAt)}`,
            description:
              'Social enterprises, the municipality, NGOs and businesses share experience, discuss the interim results of the plan and the priorities for the next planning period. Programme: panel discussion, workshops and a social enterprise market.',
            audience: 'Social enterprises, NGOs, businesses, municipal staff and residents',
            channels: 'Municipal website, local newspaper, social media, partner mailing lists',
            timelineNote: enDate(dayOf(cal.events.forum)),
            place: 'Parauga Culture Centre, Skolas iela 5',
          },
          state: 'published',
          ...cal.events.forum,
          registrationUrl: `https://www.parauga-novads.lv/iesaiste/forums-${yearOf(cal.events.forum.startsAt)}/registracija`,
          responsibleUnit: 'attistibas-nodala',
        },
        {
          lv: {
            title: 'Sociālo uzņēmumu gadatirgus Parauga Tirgus laukumā',
            slug: `socialo-uznemumu-gadatirgus-${yearOf(cal.events.fair.startsAt)}`,
            description:
              'Novada sociālie uzņēmumi un senioru rokdarbnieki piedāvā savus produktus un pakalpojumus. Tirgū darbojas arī radošās darbnīcas bērniem un jauniešiem.',
            audience: 'Visi iedzīvotāji un novada viesi',
            channels: 'Novada avīze, sociālie tīkli, plakāti pagastu pārvaldēs',
            timelineNote: lvDate(dayOf(cal.events.fair)),
            place: 'Tirgus laukums, Parauga',
          },
          en: {
            title: 'Social enterprise fair on Parauga Market Square',
            slug: `social-enterprise-fair-${yearOf(cal.events.fair.startsAt)}`,
            description:
              'Social enterprises of the municipality and senior craftspeople offer their products and services. Creative workshops for children and young people run alongside the fair.',
            audience: 'All residents and visitors',
            channels: 'Local newspaper, social media, posters in parish administrations',
            timelineNote: enDate(dayOf(cal.events.fair)),
            place: 'Market Square, Parauga',
          },
          state: 'published',
          ...cal.events.fair,
          responsibleUnit: 'komunikacijas-nodala',
          targetGroups: ['seniori', 'cilveki-ar-invaliditati'],
        },
        {
          lv: {
            title: `Iedzīvotāju aptauja par sociālo uzņēmējdarbību ${yearOf(cal.events.survey.startsAt)}`,
            slug: `iedzivotaju-aptauja-${yearOf(cal.events.survey.startsAt)}`,
            description:
              'Ikgadējā aptauja par iedzīvotāju izpratni par sociālo uzņēmējdarbību un vajadzībām pēc sociālo uzņēmumu pakalpojumiem. Rezultāti tiks izmantoti rīcības plāna izvērtēšanā.',
            audience: 'Novada iedzīvotāji no 16 gadu vecuma',
            channels: 'Pašvaldības tīmekļvietne, klientu apkalpošanas centri, bibliotēkas',
            timelineNote: `${yearOf(cal.events.survey.startsAt)}. gada februāris`,
          },
          state: 'draft',
          ...cal.events.survey,
          responsibleUnit: 'komunikacijas-nodala',
        },
        {
          lv: {
            title: `Ideju konkurss „Tirgus iespējas sociālo uzņēmumu attīstībai” ${cal.year.last}`,
            slug: `ideju-konkurss-tirgus-iespejas-${cal.year.last}`,
            description:
              'Trešais ideju konkurss jauniešiem. Šogad īpaša balva par ideju, kas rada darba vietas cilvēkiem ar invaliditāti vai senioriem.',
            audience: 'Jaunieši vecumā no 15 līdz 25 gadiem',
            channels: 'Vispārizglītojošās skolas, jauniešu centri, profesionālās izglītības iestādes',
            timelineNote: `${cal.year.last}. gada septembris – novembris`,
            place: 'Parauga novada skolas un Jaunatnes centrs',
          },
          state: 'draft',
          ...rigaEvent(`${cal.year.last}-09-01`, '09:00', '23:59', `${cal.year.last}-11-30`),
          responsibleUnit: 'izglitibas-parvalde',
          targetGroups: ['jauniesi-bez-darba-pieredzes'],
        },
      ],

      // Atbalsta programmas (publiskais katalogs)
      supportProgrammes: [
        {
          lv: {
            title: `Grantu programma sociālās uzņēmējdarbības atbalstam ${cal.grantRounds.current.year}`,
            slug: `grantu-programma-${cal.grantRounds.current.year}`,
            summary:
              'Granti līdz 10 000 EUR sociālajiem uzņēmumiem un sociālajiem inovatoriem jaunu produktu, pakalpojumu un darba vietu radīšanai.',
            description:
              'Pašvaldības grantu konkursa otrā kārta. Programma atbalsta projektus, kas rada darba vietas sociālās atstumtības riskam pakļautajām grupām vai risina sabiedrībai nozīmīgu problēmu novadā. Atbalsts tiek piešķirts kā *de minimis* atbalsts.\n\n**Atbalstāmās izmaksas:** aprīkojums, izejvielas, mārketings, apmācības, darba vietu pielāgošana.',
            implementer: 'Parauga novada pašvaldības Attīstības nodaļa',
            eligibility:
              'Sociālie uzņēmumi ar Labklājības ministrijas piešķirtu statusu, SIA, kas iesniegušas iesniegumu statusa iegūšanai, un sociālie inovatori, kuru darbība norisinās Parauga novadā.',
            howToApply: `Pieteikumu iesniedz elektroniski portālā latvija.gov.lv vai klātienē pašvaldības klientu apkalpošanas centrā līdz ${lvDate(cal.grantRounds.current.closesOn, 'dative')}.`,
          },
          en: {
            title: `Grant programme for social entrepreneurship ${cal.grantRounds.current.year}`,
            slug: `grant-programme-${cal.grantRounds.current.year}`,
            summary:
              'Grants of up to EUR 10,000 for social enterprises and social innovators to create new products, services and jobs.',
            description:
              "The second round of the municipality's grant competition. The programme supports projects that create jobs for groups at risk of social exclusion or address an important social problem in the municipality. Support is granted as *de minimis* aid.\n\n**Eligible costs:** equipment, materials, marketing, training, workplace adaptation.",
            implementer: 'Development Department of Parauga Municipality',
            eligibility:
              'Social enterprises registered by the Ministry of Welfare, limited liability companies that have applied for the status, and social innovators active in Parauga Municipality.',
            howToApply: `Apply online via latvija.gov.lv or in person at a municipal customer service centre by ${enDate(cal.grantRounds.current.closesOn)}.`,
          },
          state: 'published',
          kind: 'grant',
          amountMin: 1000,
          amountMax: 10000,
          totalBudget: 60000,
          opensOn: cal.grantRounds.current.opensOn,
          closesOn: cal.grantRounds.current.closesOn,
          websiteUrl: `https://www.parauga-novads.lv/atbalsts/grantu-programma-${cal.grantRounds.current.year}`,
          contactEmail: 'atbalsts@parauga-novads.lv',
          contactPhone: '+371 63012345',
          targetGroups: [
            'ilgstosie-bezdarbnieki',
            'cilveki-ar-invaliditati',
            'jauniesi-bez-darba-pieredzes',
            'seniori',
          ],
          legalBasis: ['sociala-uznemuma-likums', 'mk-197', 'pasvaldibas-grantu-programma'],
          sourceResource: 'res-grantu-programma',
        },
        {
          lv: {
            title: `Apmācību programma „Sociālā uzņēmuma ABC” ${yearOf(cal.upcomingTraining.opensOn)}`,
            slug: `apmacibu-programma-socialais-uznemums-abc-${yearOf(cal.upcomingTraining.opensOn)}`,
            summary:
              'Bezmaksas 6 nodarbību kurss topošajiem sociālajiem uzņēmējiem: no idejas līdz sociālā uzņēmuma statusam.',
            description:
              'Kursā apgūst sociālās ietekmes mērīšanu, biznesa modeļa izstrādi, finansējuma piesaisti un sociālā uzņēmuma statusa iegūšanas kārtību. Nodarbības vada biznesa inkubatora eksperti un praktizējoši sociālie uzņēmēji.',
            implementer: 'Parauga biznesa inkubators sadarbībā ar Parauga novada pašvaldību',
            eligibility: 'Novada iedzīvotāji, NVO pārstāvji un esošie uzņēmēji, kas plāno dibināt sociālo uzņēmumu.',
            howToApply: 'Jāaizpilda pieteikuma anketa biznesa inkubatora tīmekļvietnē; vietu skaits ierobežots (20).',
          },
          en: {
            title: `Training programme "Social enterprise ABC" ${yearOf(cal.upcomingTraining.opensOn)}`,
            slug: `training-programme-social-enterprise-abc-${yearOf(cal.upcomingTraining.opensOn)}`,
            summary:
              'A free six-session course for aspiring social entrepreneurs: from an idea to social enterprise status.',
            description:
              'Participants learn to measure social impact, build a business model, raise funding and apply for social enterprise status. Sessions are led by business incubator experts and practising social entrepreneurs.',
            implementer: 'Parauga Business Incubator in cooperation with Parauga Municipality',
            eligibility:
              'Residents, NGO representatives and existing entrepreneurs planning to set up a social enterprise.',
            howToApply: 'Fill in the application form on the business incubator website; places are limited (20).',
          },
          state: 'published',
          kind: 'training',
          totalBudget: 8000,
          opensOn: cal.upcomingTraining.opensOn,
          closesOn: cal.upcomingTraining.closesOn,
          websiteUrl: 'https://www.parauga-inkubators.lv/programmas/socialais-uznemums-abc',
          contactEmail: 'inkubators@parauga-novads.lv',
          targetGroups: ['jauniesi-bez-darba-pieredzes', 'ilgstosie-bezdarbnieki'],
          legalBasis: ['sociala-uznemuma-likums'],
          sourceResource: 'res-inkubators',
        },
        {
          lv: {
            title: 'Bezmaksas telpas sociālajiem uzņēmumiem',
            slug: 'bezmaksas-telpas-socialajiem-uznemumiem',
            summary: 'Pašvaldības telpas Dzirnavu ielā 7 bez nomas maksas uz laiku līdz 5 gadiem.',
            description:
              'Pašvaldība nodod sociālajiem uzņēmumiem patapinājumā telpas ražošanai, darbnīcām vai pakalpojumu sniegšanai. Komunālos maksājumus sedz uzņēmums. Pieteikumus izskata pastāvīgi, kamēr ir brīvas telpas.',
            implementer: 'Parauga novada pašvaldības Īpašumu nodaļa',
            eligibility: 'Sociālie uzņēmumi ar Labklājības ministrijas piešķirtu statusu, kas darbojas Parauga novadā.',
            howToApply: 'Jāiesniedz iesniegums Īpašumu nodaļai ar darbības aprakstu un nepieciešamo platību.',
          },
          en: {
            title: 'Free premises for social enterprises',
            slug: 'free-premises-for-social-enterprises',
            summary: 'Municipal premises at Dzirnavu iela 7, rent-free for up to five years.',
            description:
              'The municipality lends premises to social enterprises for production, workshops or services. Utilities are paid by the enterprise. Applications are reviewed on a rolling basis while premises are available.',
            implementer: 'Property Department of Parauga Municipality',
            eligibility: 'Social enterprises registered by the Ministry of Welfare and active in Parauga Municipality.',
            howToApply:
              'Submit an application to the Property Department describing the activity and the floor space needed.',
          },
          state: 'published',
          kind: 'premises',
          websiteUrl: 'https://www.parauga-novads.lv/atbalsts/bezmaksas-telpas',
          contactEmail: 'ipasumi@parauga-novads.lv',
          contactPhone: '+371 63012350',
          targetGroups: ['cilveki-ar-invaliditati', 'ilgstosie-bezdarbnieki', 'no-ieslodzijuma-atbrivotas-personas'],
          legalBasis: ['sociala-uznemuma-likums'],
          sourceResource: 'res-bezmaksas-telpas',
        },
        {
          lv: {
            title: `Grantu programma sociālās uzņēmējdarbības atbalstam ${cal.year.first}`,
            slug: `grantu-programma-${cal.year.first}`,
            summary:
              'Pirmā pašvaldības grantu konkursa kārta: granti līdz 10 000 EUR. Konkurss noslēdzies, atbalstīti 4 projekti.',
            description:
              'Konkursā tika saņemti 11 pieteikumi, atbalstu saņēma 4 projekti par kopējo summu 31 500 EUR. Rezultāti publicēti pašvaldības tīmekļvietnē.',
            implementer: 'Parauga novada pašvaldības Attīstības nodaļa',
            eligibility: 'Sociālie uzņēmumi un sociālie inovatori, kuru darbība norisinās Parauga novadā.',
            howToApply: `Pieteikšanās noslēdzās ${lvDate(cal.grantRounds.first.closesOn, 'locative')}.`,
          },
          en: {
            title: `Grant programme for social entrepreneurship ${cal.year.first}`,
            slug: `grant-programme-${cal.year.first}`,
            summary:
              "First round of the municipality's grant competition: grants of up to EUR 10,000. Closed; 4 projects supported.",
            description:
              '11 applications were received and 4 projects were supported with a total of EUR 31,500. The results are published on the municipal website.',
            implementer: 'Development Department of Parauga Municipality',
            eligibility: 'Social enterprises and social innovators active in Parauga Municipality.',
            howToApply: `Applications closed on ${enDate(cal.grantRounds.first.closesOn)}.`,
          },
          state: 'closed',
          kind: 'grant',
          amountMin: 1000,
          amountMax: 10000,
          totalBudget: 50000,
          opensOn: cal.grantRounds.first.opensOn,
          closesOn: cal.grantRounds.first.closesOn,
          websiteUrl: `https://www.parauga-novads.lv/atbalsts/grantu-programma-${cal.year.first}`,
          contactEmail: 'atbalsts@parauga-novads.lv',
          targetGroups: [
            'ilgstosie-bezdarbnieki',
            'cilveki-ar-invaliditati',
            'jauniesi-bez-darba-pieredzes',
            'seniori',
          ],
          legalBasis: ['sociala-uznemuma-likums', 'mk-197', 'pasvaldibas-grantu-programma'],
          sourceResource: 'res-grantu-programma',
        },
        {
          lv: {
            title: `Nekustamā īpašuma nodokļa atvieglojums sociālajiem uzņēmumiem ${cal.taxRelief.taxYear}. gadam`,
            slug: `nin-atvieglojums-${cal.taxRelief.taxYear}`,
            summary:
              'Nekustamā īpašuma nodokļa atlaide 90 % apmērā par sociālajam uzņēmumam piederošu nekustamo īpašumu, ko tas izmanto savā darbībā.',
            description: `Atvieglojumu piešķir par ${cal.taxRelief.taxYear}. taksācijas gadu saskaņā ar pašvaldības saistošajiem noteikumiem. Nodokli maksā un atvieglojumu saņem nekustamā īpašuma īpašnieks; telpu nomniekiem atvieglojums nav piemērojams. Atvieglojums ir *de minimis* atbalsts.`,
            implementer: 'Parauga novada pašvaldības Īpašumu nodaļa',
            eligibility:
              'Sociālie uzņēmumi, kuriem pieder nekustamais īpašums Parauga novadā, ko tie izmanto savā darbībā, un kuriem nav nodokļu parādu.',
            howToApply: `Iesniegumus pieņēma līdz ${lvDate(cal.taxRelief.closesOn, 'dative')}.`,
          },
          en: {
            title: `Real-estate tax relief for social enterprises for ${cal.taxRelief.taxYear}`,
            slug: `real-estate-tax-relief-${cal.taxRelief.taxYear}`,
            summary:
              'A 90% real-estate tax reduction on property that a social enterprise owns and uses for its activity.',
            description: `The relief is granted for the ${cal.taxRelief.taxYear} tax year under the municipal binding regulations. The owner of the property pays the tax and receives the relief; it does not apply to tenants. It counts as *de minimis* aid.`,
            implementer: 'Property Department of Parauga Municipality',
            eligibility:
              'Social enterprises that own real estate in Parauga Municipality, use it for their activity and have no tax debts.',
            howToApply: `Applications were accepted until ${enDate(cal.taxRelief.closesOn)}.`,
          },
          state: 'closed',
          kind: 'tax_relief',
          amountMin: 0,
          amountMax: 3000,
          totalBudget: 8000,
          opensOn: cal.taxRelief.opensOn,
          closesOn: cal.taxRelief.closesOn,
          websiteUrl: 'https://www.parauga-novads.lv/atbalsts/nekustama-ipasuma-nodokla-atvieglojums',
          contactEmail: 'ipasumi@parauga-novads.lv',
          legalBasis: ['sociala-uznemuma-likums', 'mk-173'],
          sourceResource: 'res-nin-atlaide',
        },
        {
          lv: {
            title: 'Līdzfinansējums sociālo uzņēmumu dalībai izstādēs un gadatirgos',
            slug: 'lidzfinansejums-izstadem-un-gadatirgiem',
            summary: 'Pašvaldība sedz līdz 70 % no dalības maksas izstādēs un gadatirgos Latvijā un ārvalstīs.',
            implementer: 'Parauga novada pašvaldības Attīstības nodaļa',
            eligibility: 'Sociālie uzņēmumi, kas darbojas Parauga novadā.',
          },
          state: 'draft',
          kind: 'co_financing',
          amountMin: 200,
          amountMax: 1500,
          totalBudget: 15000,
          opensOn: cal.draftCoFinancing.opensOn,
          closesOn: cal.draftCoFinancing.closesOn,
          contactEmail: 'atbalsts@parauga-novads.lv',
          legalBasis: ['mk-197'],
          sourceResource: 'res-lidzfinansejums',
        },
        {
          lv: {
            title: 'Mentorprogramma „Uzņēmējs uzņēmējam”',
            slug: 'mentorprogramma-uznemejs-uznemejam',
            summary: 'Individuāls mentors no vietējā uzņēmuma uz 6 mēnešiem jaunajiem sociālajiem uzņēmējiem.',
            implementer: 'Parauga biznesa inkubators',
            eligibility: 'Sociālie uzņēmumi, kas darbojas ne ilgāk par 3 gadiem.',
          },
          state: 'draft',
          kind: 'mentoring',
          contactEmail: 'atbalsts@parauga-novads.lv',
          targetGroups: ['jauniesi-bez-darba-pieredzes'],
          sourceResource: 'res-mentorings',
        },
      ],
    },

    // ══ Kaimiņu novads: plāns izstrādē, no kārtējā gada ═══════════════════════════════════════
    {
      municipality: 'kaiminu-novads',
      title: `Sociālās uzņēmējdarbības atbalsta rīcības plāns ${cal.year.current}.–${cal.year.current + 2}. gadam`,
      periodStartYear: cal.year.current,
      periodEndYear: cal.year.current + 2,
      status: 'drafting',
      summary:
        'Plāna projekts: pirmie soļi sociālās uzņēmējdarbības atbalstam Kaimiņu novadā, uzsvars uz senioriem un cilvēkiem ar invaliditāti.',
      policyDocuments: [
        {
          key: 'kn-sociala-uznemuma-likums',
          standardKey: 'social_enterprise_law',
          url: 'https://likumi.lv/ta/id/294484-sociala-uznemuma-likums',
        },
        {
          key: 'kn-attistibas-programma',
          kind: 'development_strategy',
          title: `Kaimiņu novada attīstības programma ${cal.year.first - 3}.–${cal.year.first + 3}. gadam`,
          section:
            'Rīcības plāns, rīcības virziens RV3 „Iekļaujoša sabiedrība”, uzdevums U3.2 „Sociālās uzņēmējdarbības veicināšana”',
          issuer: 'Kaimiņu novada dome',
          issuedOn: `${cal.year.first - 3}-09-29`,
          url: `https://www.kaiminu-novads.lv/attistiba/attistibas-programma-${cal.year.first - 3}-${cal.year.first + 3}`,
        },
      ],
      cooperationModels: [],
      dataSources: [],
      needs: [
        {
          key: 'kn-vajadziba-seniori',
          targetGroup: 'seniori',
          existingSupport: 'Senioru dienas centrs, aprūpe mājās',
          unmetNeeds:
            'Attālos ciemos nav pieejami ikdienas pakalpojumi (veļas mazgāšana, sīkie remontdarbi, transports)',
          socialEnterpriseRole:
            'Sociālais uzņēmums, kas sniedz mobilos sadzīves pakalpojumus un nodarbina seniorus nepilnu slodzi',
          informationSources: ['social_service_data', 'ngos_and_partners'],
        },
        {
          key: 'kn-vajadziba-invaliditate',
          targetGroup: 'cilveki-ar-invaliditati',
          existingSupport: 'Asistenta pakalpojums',
          unmetNeeds: 'Novadā nav nevienas pielāgotas darba vietas',
          socialEnterpriseRole: 'Darba integrācijas sociālais uzņēmums ar pielāgotām darba vietām',
          informationSources: ['social_service_data', 'statistics'],
        },
      ],
      resources: [
        {
          key: 'kn-res-telpas',
          group: 'infrastructure',
          subtype: 'free_premises',
          title: 'Bijušās pagasta skolas telpas sociālajam uzņēmumam',
          holder: 'kaiminu-attistibas-nodala',
        },
        {
          key: 'kn-res-konsultacijas',
          group: 'information_human',
          subtype: 'info_events',
          title: 'Informatīvās tikšanās un konsultācijas par sociālo uzņēmējdarbību',
          holder: 'kaiminu-attistibas-nodala',
          annualAmountEur: 1500,
        },
      ],
      supportGiven: [],
      goals: [
        {
          title: `Līdz ${cal.year.current + 2}. gadam Kaimiņu novadā izveidot vismaz 2 sociālos uzņēmumus, kas sniedz pakalpojumus senioriem`,
          deadline: `${cal.year.current + 2}-12-31`,
          strategy: 'kn-attistibas-programma',
          needs: ['kn-vajadziba-seniori'],
          resources: ['kn-res-telpas', 'kn-res-konsultacijas'],
          tasks: [
            {
              title: `Līdz ${cal.year.last}. gada beigām sagatavot un nodot sociālajam uzņēmumam bijušās pagasta skolas telpas`,
              deadline: `${cal.year.last}-12-31`,
              activities: [
                {
                  title: 'Rīkot informatīvu tikšanos ar senioru biedrību un potenciālajiem sociālajiem uzņēmējiem',
                  startsOn: dayOf(cal.events.neighbourMeeting),
                  endsOn: dayOf(cal.events.neighbourMeeting),
                  fundingSource: 'Pašvaldības budžets',
                  involvedParties: 'Biedrība „Kaimiņu novada senioru apvienība”, Sociālais dienests',
                  organisations: ['biedriba-kaiminu-seniori'],
                  resources: ['kn-res-konsultacijas'],
                  responsibleUnit: 'kaiminu-attistibas-nodala',
                  ...executionOn(cal.today, dayOf(cal.events.neighbourMeeting), dayOf(cal.events.neighbourMeeting)),
                  indicators: [
                    {
                      title: 'Dalībnieku skaits informatīvajā tikšanās reizē',
                      kind: 'quantitative',
                      unit: 'dalībnieki',
                      baseline: 0,
                      target: 25,
                      targetDate: dayOf(cal.events.neighbourMeeting),
                      dataMethod: 'quantitative_analysis',
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
      partnershipSteps: {},
      risks: {
        funding: {
          level: 'medium',
          preventiveMeasures:
            'Pieteikties ESF+ un ALTUM atbalstam; telpas piedāvāt bez nomas maksas, lai samazinātu uzņēmuma izmaksas.',
          reactiveAction:
            'Attīstības un plānošanas nodaļa meklē līdzfinansējumu LEADER programmā un pārskata plāna termiņus.',
          responsible: 'Attīstības un plānošanas nodaļas vadītājs',
          responsibleUnit: 'kaiminu-attistibas-nodala',
        },
        awareness: {
          level: 'low',
          responsibleUnit: 'kaiminu-kulturas-jaunatnes-nodala',
        },
      },
      monitoring: {},
      engagementActivities: [
        {
          lv: {
            title: 'Informatīvā tikšanās „Sociālais uzņēmums mūsu ciemā”',
            slug: 'informativa-tiksanas-socialais-uznemums-musu-ciema',
            description:
              'Tikšanās ar senioru biedrību un iedzīvotājiem: kas ir sociālais uzņēmums, kādu atbalstu sniedz pašvaldība un valsts, kā izmantot bijušās pagasta skolas telpas.',
            audience: 'Seniori, senioru biedrība, potenciālie sociālie uzņēmēji',
            channels: 'Novada avīze, senioru dienas centrs, pagasta pārvalde',
            timelineNote: lvDate(dayOf(cal.events.neighbourMeeting)),
            place: 'Kaimiņu pagasta saieta nams',
          },
          en: {
            title: 'Information meeting "A social enterprise in our village"',
            slug: 'information-meeting-social-enterprise-in-our-village',
            description:
              'A meeting with the seniors association and residents: what a social enterprise is, what support the municipality and the state offer, and how the former parish school building could be used.',
            audience: 'Seniors, the seniors association, prospective social entrepreneurs',
            channels: 'Local newspaper, seniors day centre, parish administration',
            timelineNote: enDate(dayOf(cal.events.neighbourMeeting)),
            place: 'Kaimiņi parish community house',
          },
          state: 'published',
          ...cal.events.neighbourMeeting,
          registrationUrl: 'https://www.kaiminu-novads.lv/pasakumi/socialais-uznemums-musu-ciema',
          responsibleUnit: 'kaiminu-attistibas-nodala',
          targetGroups: ['seniori'],
        },
      ],
      supportProgrammes: [
        {
          lv: {
            title: 'Konsultācijas topošajiem sociālajiem uzņēmējiem',
            slug: 'konsultacijas-toposajiem-socialajiem-uznemejiem',
            summary: 'Bezmaksas individuālas konsultācijas par sociālā uzņēmuma dibināšanu un atbalsta iespējām.',
            description:
              'Attīstības un plānošanas nodaļas speciālists konsultē par sociālā uzņēmuma statusu, finansējuma avotiem un pašvaldības atbalstu. Konsultācijas pieejamas visu gadu.',
            implementer: 'Kaimiņu novada pašvaldības Attīstības un plānošanas nodaļa',
            eligibility: 'Kaimiņu novada iedzīvotāji, NVO un uzņēmēji.',
            howToApply: 'Piesakieties konsultācijai pa e-pastu vai tālruni.',
          },
          en: {
            title: 'Consultations for aspiring social entrepreneurs',
            slug: 'consultations-for-aspiring-social-entrepreneurs',
            summary: 'Free one-to-one consultations on setting up a social enterprise and the support available.',
            description:
              'A specialist of the Development and Planning Department advises on social enterprise status, funding sources and municipal support. Consultations are available all year round.',
            implementer: 'Development and Planning Department of Kaimiņu Municipality',
            eligibility: 'Residents, NGOs and entrepreneurs of Kaimiņu Municipality.',
            howToApply: 'Book a consultation by e-mail or phone.',
          },
          state: 'published',
          kind: 'mentoring',
          websiteUrl: 'https://www.kaiminu-novads.lv/uznemejdarbiba/socialie-uznemumi',
          contactEmail: 'attistiba@kaiminu-novads.lv',
          contactPhone: '+371 64012345',
          targetGroups: ['seniori', 'cilveki-ar-invaliditati'],
          legalBasis: ['kn-sociala-uznemuma-likums'],
          sourceResource: 'kn-res-konsultacijas',
        },
      ],
    },
  ],
});
