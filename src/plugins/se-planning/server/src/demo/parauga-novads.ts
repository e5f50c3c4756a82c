/**
 * Demo data: the fictional "Parauga novads" with a complete, adopted plan for 2025–2027 across all
 * 11 worksheets, and the smaller fictional "Kaimiņu novads" with a plan still being drafted.
 * Worksheet examples come from the Latvian original (shared/seed); "today" in this data set is
 * 2026-11-29, so the support programmes and engagement activities cover every public state.
 */
import type { DemoData } from './types';

export const demoData: DemoData = {
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

  // ── Mērķa grupas ────────────────────────────────────────────────────────────────────────
  targetGroups: [
    {
      name: 'Seniori',
      nameEn: 'Seniors',
      slug: 'seniori',
      description:
        'Iedzīvotāji pensijas vecumā un pirmspensijas vecumā, kuriem ir grūtības saglabāt vai atrast darbu un kuri ir pakļauti vientulības un sociālās izolācijas riskam.',
    },
    {
      name: 'Ilgstošie bezdarbnieki',
      nameEn: 'Long-term unemployed',
      slug: 'ilgstosie-bezdarbnieki',
      description:
        'Bezdarbnieki, kuri Nodarbinātības valsts aģentūrā reģistrēti ilgāk par 12 mēnešiem (MK noteikumu Nr. 173 2.4. apakšpunkts).',
    },
    {
      name: 'Jaunieši bez darba pieredzes',
      nameEn: 'Young people without work experience',
      slug: 'jauniesi-bez-darba-pieredzes',
      description:
        'Jaunieši vecumā no 15 līdz 29 gadiem, kuri vēl nav strādājuši algotu darbu vai kuriem nav profesionālās pieredzes.',
    },
    {
      name: 'Cilvēki ar invaliditāti',
      nameEn: 'People with disabilities',
      slug: 'cilveki-ar-invaliditati',
      description: 'Personas ar noteiktu invaliditāti (MK noteikumu Nr. 173 2.1. apakšpunkts).',
    },
    {
      name: 'Personas, kuras atbrīvotas no ieslodzījuma vietas',
      nameEn: 'People released from prison',
      slug: 'no-ieslodzijuma-atbrivotas-personas',
      description:
        'Ieslodzītie vai personas, kuras atbrīvotas no ieslodzījuma vietas (MK noteikumu Nr. 173 2.6. apakšpunkts); viņiem bieži trūkst darba vietas un sociālo kontaktu.',
    },
    {
      name: 'Personas ar garīga rakstura traucējumiem',
      nameEn: 'People with mental disorders',
      slug: 'personas-ar-gariga-rakstura-traucejumiem',
      description: 'Personas ar garīga rakstura traucējumiem (MK noteikumu Nr. 173 2.2. apakšpunkts).',
    },
  ],

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
    // ══ Parauga novads: pieņemts plāns 2025–2027 ════════════════════════════════════════════
    {
      municipality: 'parauga-novads',
      title: 'Sociālās uzņēmējdarbības atbalsta rīcības plāns 2025.–2027. gadam',
      periodStartYear: 2025,
      periodEndYear: 2027,
      status: 'adopted',
      summary:
        'Rīcības plāns nosaka, kā Parauga novada pašvaldība 2025.–2027. gadā atbalstīs sociālo uzņēmumu izveidi un attīstību: grantu programma, bezmaksas telpas, sociāli atbildīgs iepirkums, mentorings un sabiedrības izglītošana. Plāna mērķis ir par 20 % palielināt sociālo uzņēmumu skaitu novadā un radīt vismaz 25 darba vietas sociālās atstumtības riskam pakļautajām grupām.',

      // #1 Politikas plānošanas dokumenti un normatīvie akti
      policyDocuments: [
        {
          key: 'sociala-uznemuma-likums',
          kind: 'national_act',
          title: 'Sociālā uzņēmuma likums',
          issuer: 'Saeima',
          issuedOn: '2017-10-12',
          url: 'https://likumi.lv/ta/id/294484-sociala-uznemuma-likums',
        },
        {
          key: 'mk-173',
          kind: 'national_act',
          title:
            'Noteikumi par sociālās atstumtības riskam pakļauto iedzīvotāju grupām un sociālā uzņēmuma statusa piešķiršanas, reģistrēšanas un uzraudzības kārtību',
          issuer: 'Ministru kabinets',
          number: '173',
          issuedOn: '2018-03-27',
          url: 'https://likumi.lv/ta/id/298035',
        },
        {
          key: 'mk-101',
          kind: 'national_act',
          title: 'Noteikumi par Sociālo uzņēmumu komisiju',
          issuer: 'Ministru kabinets',
          number: '101',
          issuedOn: '2018-02-20',
          url: 'https://likumi.lv/ta/id/297301-noteikumi-par-socialo-uznemumu-komisiju',
        },
        {
          key: 'mk-197',
          kind: 'national_act',
          title:
            'Noteikumi par komercdarbības atbalsta piešķiršanas nosacījumiem sociālajiem uzņēmumiem un atbalsta piešķiršanas kārtību',
          issuer: 'Ministru kabinets',
          number: '197',
          issuedOn: '2018-04-03',
          url: 'https://likumi.lv/ta/id/298318',
        },
        {
          key: 'ias-2034',
          kind: 'development_strategy',
          title: 'Parauga novada ilgtspējīgas attīstības stratēģija līdz 2034. gadam',
          section:
            '6. nodaļa „Funkcionālās sadarbības teritorijas”, 6.3. apakšnodaļa „Sociālā ekonomika un vietējās kopienas”, 6.3.2. punkts',
          issuer: 'Parauga novada dome',
          issuedOn: '2021-12-16',
          url: 'https://www.parauga-novads.lv/attistiba/ilgtspejigas-attistibas-strategija-2034',
        },
        {
          key: 'ap-2022-2028',
          kind: 'development_strategy',
          title: 'Parauga novada attīstības programma 2022.–2028. gadam',
          section:
            'Rīcības plāns, rīcības virziens RV2.3 „Uzņēmējdarbības vide un nodarbinātība”, uzdevums U2.3.4 „Atbalsts sociālajai uzņēmējdarbībai”',
          issuer: 'Parauga novada dome',
          issuedOn: '2022-06-30',
          url: 'https://www.parauga-novads.lv/attistiba/attistibas-programma-2022-2028',
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
          result:
            'Kopīgi rīkots ideju konkurss jauniešiem un kopīga informatīvā kampaņa sociālajos tīklos; 2025. gadā konkursā iesniegtas 23 idejas no 9 skolām.',
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
          title: 'Nekustamā īpašuma nodokļa atlaide 90 % apmērā sociālajiem uzņēmumiem',
          holder: 'ipasumu-nodala',
          annualAmountEur: 8000,
          notes: 'Saistošie noteikumi par nekustamā īpašuma nodokļa atvieglojumiem.',
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
          year: 2023,
        },
        {
          recipient: 'SIA „Darbnīca Kopā”',
          recipientOrganisation: 'sia-darbnica-kopa',
          form: 'Pašvaldības grants aprīkojuma iegādei',
          amountEur: 5000,
          year: 2024,
        },
        {
          recipient: 'SIA „Sudraba pavediens”',
          recipientOrganisation: 'sia-sudraba-pavediens',
          form: 'Nekustamā īpašuma nodokļa atlaide 90 % apmērā',
          amountEur: 1250,
          year: 2024,
        },
        {
          recipient: 'Iniciatīvu grupa „Zaļā sēta”',
          recipientOrganisation: 'iniciativa-zala-seta',
          form: 'Grants kopienas dārza izveidei un mentora konsultācijas',
          amountEur: 3000,
          year: 2025,
        },
      ],

      // #6–#8 Mērķi, uzdevumi, aktivitātes un rādītāji
      goals: [
        {
          title:
            'Palielināt sociālo uzņēmumu skaitu Parauga novadā par 20 % līdz 2027. gadam, sniedzot finansiālu un konsultatīvu atbalstu jaunajiem uzņēmējiem',
          description:
            'Mērķis izriet no ilgtspējīgas attīstības stratēģijas 6.3.2. punkta un atbild uz jauniešu un ilgstošo bezdarbnieku vajadzību pēc darba vietām.',
          deadline: '2027-12-31',
          strategy: 'ias-2034',
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
              targetDate: '2027-12-31',
              dataMethod: 'quantitative_analysis',
              evaluationParties: 'Attīstības nodaļa, Labklājības ministrija (Sociālo uzņēmumu reģistrs)',
              measurements: [
                { measuredOn: '2025-06-30', value: 10, published: true },
                {
                  measuredOn: '2025-12-31',
                  value: 11,
                  note: 'Statusu ieguva SIA „Sudraba pavediens” filiāle.',
                  published: true,
                },
                { measuredOn: '2026-06-30', value: 11, published: true },
                {
                  measuredOn: '2026-10-31',
                  value: 12,
                  note: 'Jāpārbauda reģistrā pirms publicēšanas.',
                  published: false,
                },
              ],
            },
            {
              title: 'Finansiālā atbalsta apjoms sociālajiem uzņēmumiem',
              kind: 'quantitative',
              unit: 'EUR',
              baseline: 0,
              target: 150000,
              targetDate: '2027-12-31',
              dataMethod: 'progress_reports',
              evaluationParties: 'Attīstības nodaļa, Finanšu komiteja',
              measurements: [
                { measuredOn: '2025-12-31', value: 46500, published: true },
                { measuredOn: '2026-10-31', value: 98200, published: false },
              ],
            },
          ],
          tasks: [
            {
              title:
                'Izstrādāt un ieviest grantu programmu sociālajiem uzņēmumiem līdz 2025. gadam, līdz 2027. gadam nodrošinot finansējumu vismaz 10 jauniem projektiem',
              deadline: '2027-10-31',
              indicators: [
                {
                  title: 'Atbalstīto jauno projektu skaits',
                  kind: 'quantitative',
                  unit: 'projekti',
                  baseline: 0,
                  target: 10,
                  targetDate: '2027-10-31',
                  dataMethod: 'progress_reports',
                  evaluationParties: 'Grantu vērtēšanas komisija, Attīstības nodaļa',
                  measurements: [
                    { measuredOn: '2025-07-31', value: 4, note: '2025. gada konkursa rezultāti.', published: true },
                    {
                      measuredOn: '2026-07-31',
                      value: 8,
                      note: '2026. gada konkursa starprezultāti.',
                      published: false,
                    },
                  ],
                },
              ],
              activities: [
                {
                  title:
                    'Izstrādāt un domē apstiprināt saistošos noteikumus par grantu programmu sociālajiem uzņēmumiem',
                  startsOn: '2025-01-15',
                  endsOn: '2025-04-30',
                  fundingSource: 'Pašvaldības budžets (administratīvās izmaksas)',
                  involvedParties: 'Attīstības nodaļa, Juridiskā nodaļa, konsultatīvā padome',
                  responsibleUnit: 'attistibas-nodala',
                  resources: ['res-grantu-programma'],
                  executionStatus: 'done',
                  progress: 100,
                },
                {
                  title: 'Organizēt informatīvu semināru par grantu pieteikumu sagatavošanu līdz 2025. gada decembrim',
                  startsOn: '2025-10-01',
                  endsOn: '2025-12-12',
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
                      targetDate: '2025-12-12',
                      dataMethod: 'quantitative_analysis',
                      recommendations:
                        'Nākamajā periodā semināru piedāvāt arī tiešsaistē, jo daļa interesentu nevarēja ierasties klātienē.',
                      measurements: [{ measuredOn: '2025-12-12', value: 34, published: true }],
                    },
                  ],
                },
                {
                  title: 'Izsludināt ikgadējo grantu konkursu, izvērtēt pieteikumus un uzraudzīt projektu īstenošanu',
                  startsOn: '2025-05-15',
                  endsOn: '2027-10-31',
                  fundingSource: 'Pašvaldības budžets',
                  budgetEur: 170000,
                  involvedParties: 'Grantu vērtēšanas komisija, konsultatīvā padome',
                  resources: ['res-grantu-programma'],
                  responsibleUnit: 'attistibas-nodala',
                  executionStatus: 'in_progress',
                  progress: 60,
                },
              ],
            },
            {
              title:
                'Kopā ar biznesa inkubatoru izveidot mentorprogrammu, līdz 2026. gada beigām nodrošinot konsultācijas vismaz 10 sociālajiem uzņēmumiem',
              deadline: '2026-12-31',
              indicators: [
                {
                  title: 'Konsultācijas saņēmušo sociālo uzņēmumu skaits',
                  kind: 'quantitative',
                  unit: 'uzņēmumi',
                  baseline: 0,
                  target: 10,
                  targetDate: '2026-12-31',
                  dataMethod: 'progress_reports',
                  evaluationParties: 'Parauga biznesa inkubators, Attīstības nodaļa',
                  measurements: [
                    { measuredOn: '2025-12-31', value: 4, published: true },
                    { measuredOn: '2026-06-30', value: 7, published: true },
                    { measuredOn: '2026-10-31', value: 9, published: false },
                  ],
                },
              ],
              activities: [
                {
                  title:
                    'Atlasīt 8 pieredzējušus uzņēmējus – mentorus un noslēgt sadarbības līgumu ar biznesa inkubatoru',
                  startsOn: '2025-03-01',
                  endsOn: '2025-06-30',
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
                  startsOn: '2025-09-01',
                  endsOn: '2026-12-31',
                  fundingSource: 'Pašvaldības budžets, biznesa inkubatora programma',
                  budgetEur: 12000,
                  involvedParties: 'Mentori, Parauga biznesa inkubators',
                  organisations: ['parauga-biznesa-inkubators'],
                  resources: ['res-mentorings', 'res-inkubators'],
                  responsibleUnit: 'attistibas-nodala',
                  executionStatus: 'in_progress',
                  progress: 85,
                },
              ],
            },
          ],
        },
        {
          title:
            'Līdz 2027. gada beigām radīt vismaz 25 jaunas darba vietas sociālās atstumtības riskam pakļautajām grupām sociālajos uzņēmumos, kas saņēmuši pašvaldības atbalstu',
          description:
            'Mērķis īsteno attīstības programmas uzdevumu U2.3.4 un atbild uz cilvēku ar invaliditāti, ilgstošo bezdarbnieku un no ieslodzījuma atbrīvoto personu vajadzībām.',
          deadline: '2027-12-31',
          strategy: 'ap-2022-2028',
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
              targetDate: '2027-12-31',
              dataMethod: 'quantitative_analysis',
              evaluationParties: 'Attīstības nodaļa, Sociālais dienests, sociālie uzņēmumi',
              measurements: [
                { measuredOn: '2025-12-31', value: 6, published: true },
                { measuredOn: '2026-06-30', value: 11, published: true },
                { measuredOn: '2026-10-31', value: 14, published: false },
              ],
            },
            {
              title: 'Sociālo problēmu risinājumi, ko ieviesuši sociālie uzņēmumi ar pašvaldības atbalstu',
              kind: 'qualitative',
              targetText: 'Vismaz 3 dokumentēti gadījumu apraksti par risinātām sociālām problēmām līdz 2027. gadam',
              targetDate: '2027-12-31',
              dataMethod: 'qualitative_analysis',
              evaluationParties: 'Zemgales Lietišķo zinātņu augstskola, Sociālais dienests',
              measurements: [
                {
                  measuredOn: '2025-12-31',
                  qualitativeValue:
                    'Aprakstīts 1 gadījums: SIA „Otrā elpa” šķirošanas stacija nodrošina pastāvīgu darbu 3 ilgstošajiem bezdarbniekiem un samazina nešķirotu atkritumu apjomu.',
                  published: true,
                },
                {
                  measuredOn: '2026-09-30',
                  qualitativeValue:
                    'Aprakstīti 2 gadījumi: papildus SIA „Darbnīca Kopā” pielāgotās darba vietas ļāvušas 4 dienas centra apmeklētājiem pāriet algotā darbā.',
                  published: false,
                },
              ],
            },
          ],
          tasks: [
            {
              title:
                'Līdz 2026. gada vidum ieviest sociāli atbildīga iepirkuma kritērijus vismaz 5 pašvaldības iepirkumos gadā',
              deadline: '2026-06-30',
              indicators: [
                {
                  title: 'Pašvaldības iepirkumu skaits ar sociāli atbildīgiem kritērijiem vai rezervētu līgumu',
                  kind: 'quantitative',
                  unit: 'iepirkumi gadā',
                  baseline: 0,
                  target: 5,
                  targetDate: '2026-06-30',
                  dataMethod: 'progress_reports',
                  evaluationParties: 'Iepirkumu komisija, Īpašumu nodaļa',
                  measurements: [
                    { measuredOn: '2025-12-31', value: 2, published: true },
                    { measuredOn: '2026-06-30', value: 4, note: 'Mērķis vēl nav sasniegts.', published: true },
                  ],
                },
              ],
              activities: [
                {
                  title:
                    'Sagatavot iepirkumu komisijai vadlīnijas par sociāli atbildīgu iepirkumu un rezervētajiem līgumiem',
                  startsOn: '2025-09-01',
                  endsOn: '2026-02-27',
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
                  startsOn: '2026-03-01',
                  endsOn: '2026-09-30',
                  fundingSource: 'Pašvaldības budžets (esošie uzturēšanas izdevumi)',
                  involvedParties: 'Īpašumu nodaļa, sociālie uzņēmumi',
                  organisations: ['sia-otra-elpa', 'sia-darbnica-kopa'],
                  resources: ['res-atbildigs-iepirkums'],
                  responsibleUnit: 'ipasumu-nodala',
                  executionStatus: 'delayed',
                  progress: 40,
                },
              ],
            },
            {
              title:
                'Līdz 2025. gada beigām nodot sociālajiem uzņēmumiem bezmaksas lietošanā vismaz 2 pašvaldības telpas',
              deadline: '2025-12-31',
              activities: [
                {
                  title: 'Apzināt neizmantotās pašvaldības telpas un sagatavot to sarakstu ar tehnisko stāvokli',
                  startsOn: '2025-02-01',
                  endsOn: '2025-04-30',
                  fundingSource: 'Pašvaldības budžets',
                  involvedParties: 'Īpašumu nodaļa, Attīstības nodaļa',
                  resources: ['res-bezmaksas-telpas'],
                  responsibleUnit: 'ipasumu-nodala',
                  executionStatus: 'done',
                  progress: 100,
                },
                {
                  title: 'Kopā ar SIA „Otrā elpa” izveidot atkritumu šķirošanas staciju pašvaldības telpās',
                  startsOn: '2025-05-01',
                  endsOn: '2025-11-30',
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
                      targetDate: '2026-12-31',
                      dataMethod: 'progress_reports',
                      evaluationParties: 'SIA „Otrā elpa”, Īpašumu nodaļa',
                      measurements: [
                        { measuredOn: '2025-12-31', value: 0.6, published: true },
                        { measuredOn: '2026-06-30', value: 0.9, published: true },
                        { measuredOn: '2026-10-31', value: 1.1, published: false },
                      ],
                    },
                  ],
                },
              ],
            },
            {
              title:
                'Līdz 2026. gada beigām organizēt 3 apmācību sesijas par darba prasmju uzlabošanu cilvēkiem ar invaliditāti',
              deadline: '2026-12-31',
              activities: [
                {
                  title:
                    'Kopā ar SIA „Darbnīca Kopā” un biedrību „Saulespuķe” īstenot apmācību sesijas par darba prasmēm',
                  startsOn: '2025-09-01',
                  endsOn: '2026-12-15',
                  fundingSource: 'Pašvaldības budžets (deleģētais pakalpojums)',
                  budgetEur: 4500,
                  involvedParties: 'SIA „Darbnīca Kopā”, biedrība „Saulespuķe”, Sociālais dienests',
                  organisations: ['sia-darbnica-kopa', 'biedriba-saulespuke'],
                  resources: ['res-delegeti-uzdevumi'],
                  responsibleUnit: 'socialais-dienests',
                  executionStatus: 'in_progress',
                  progress: 67,
                  indicators: [
                    {
                      title: 'Noorganizēto apmācību sesiju skaits',
                      kind: 'quantitative',
                      unit: 'sesijas',
                      baseline: 0,
                      target: 3,
                      targetDate: '2026-12-15',
                      dataMethod: 'progress_reports',
                      measurements: [
                        { measuredOn: '2025-11-20', value: 1, published: true },
                        { measuredOn: '2026-05-14', value: 2, published: true },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          title:
            'Līdz 2027. gadam paaugstināt iedzīvotāju, jauniešu un pašvaldības darbinieku izpratni par sociālo uzņēmējdarbību, iesaistot vismaz 500 iedzīvotājus',
          description:
            'Mērķis atbild uz jauniešu un senioru vajadzībām un stiprina sadarbību ar NVO un akadēmisko sektoru (darba lapa #9).',
          deadline: '2027-12-31',
          strategy: 'ias-2034',
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
              targetDate: '2027-12-31',
              dataMethod: 'progress_reports',
              evaluationParties: 'Komunikācijas nodaļa',
              measurements: [
                { measuredOn: '2025-12-31', value: 4, published: true },
                { measuredOn: '2026-06-30', value: 6, published: true },
                { measuredOn: '2026-11-15', value: 8, published: false },
              ],
            },
            {
              title: 'Iedzīvotāju un uzņēmēju izpratnes līmenis par sociālo uzņēmējdarbību',
              kind: 'qualitative',
              targetText:
                'Vismaz 50 % aptaujāto iedzīvotāju spēj nosaukt kādu sociālo uzņēmumu novadā un zina, kas tas ir',
              targetDate: '2027-12-31',
              dataMethod: 'surveys',
              evaluationParties: 'Komunikācijas nodaļa, Zemgales Lietišķo zinātņu augstskola',
              recommendations: 'Aptaujā iekļaut arī uzņēmējus, ne tikai iedzīvotājus.',
              measurements: [
                {
                  measuredOn: '2025-03-31',
                  qualitativeValue:
                    'Sākotnējā aptaujā 24 % respondentu zināja, kas ir sociālais uzņēmums; 9 % spēja nosaukt kādu novadā.',
                  published: true,
                },
                {
                  measuredOn: '2026-03-31',
                  qualitativeValue:
                    '38 % respondentu zināja, kas ir sociālais uzņēmums; 27 % spēja nosaukt kādu novadā.',
                  published: true,
                },
              ],
            },
          ],
          tasks: [
            {
              title:
                'Katru gadu septembrī–novembrī rīkot ideju konkursu „Tirgus iespējas sociālo uzņēmumu attīstībai” jauniešiem vecumā no 15 līdz 25 gadiem',
              deadline: '2027-11-30',
              indicators: [
                {
                  title: 'Konkursā iesniegto ideju skaits gadā',
                  kind: 'quantitative',
                  unit: 'idejas',
                  baseline: 0,
                  target: 20,
                  targetDate: '2027-11-30',
                  dataMethod: 'quantitative_analysis',
                  evaluationParties: 'Izglītības pārvalde, biedrība „Tilts”',
                  measurements: [
                    { measuredOn: '2025-11-30', value: 23, published: true },
                    { measuredOn: '2026-11-20', value: 19, note: 'Pieteikšanās vēl turpinās.', published: false },
                  ],
                },
              ],
              activities: [
                {
                  title: 'Organizēt ideju konkursu 2025. gadā vispārizglītojošajās skolās un jauniešu centros',
                  startsOn: '2025-09-01',
                  endsOn: '2025-11-30',
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
                  title: 'Organizēt ideju konkursu 2026. gadā un rīkot ideju prototipēšanas darbnīcas jauniešu centrā',
                  startsOn: '2026-09-01',
                  endsOn: '2026-11-30',
                  fundingSource: 'Pašvaldības budžets',
                  budgetEur: 3000,
                  involvedParties: 'Izglītības pārvalde, Jaunatnes centrs, biedrība „Tilts”',
                  organisations: ['biedriba-tilts'],
                  resources: ['res-aprikojums'],
                  responsibleUnit: 'izglitibas-parvalde',
                  executionStatus: 'in_progress',
                  progress: 90,
                },
                {
                  title: 'Organizēt ideju konkursu 2027. gadā un apkopot trīs gadu rezultātus',
                  startsOn: '2027-09-01',
                  endsOn: '2027-11-30',
                  fundingSource: 'Pašvaldības budžets',
                  budgetEur: 3000,
                  involvedParties: 'Izglītības pārvalde, Jaunatnes centrs',
                  responsibleUnit: 'izglitibas-parvalde',
                  executionStatus: 'planned',
                  progress: 0,
                },
              ],
            },
            {
              title:
                'Līdz 2026. gada beigām apmācīt vismaz 20 pašvaldības darbiniekus sociālās uzņēmējdarbības jautājumos',
              deadline: '2026-12-31',
              indicators: [
                {
                  title: 'Uzlabota pašvaldības darbinieku kapacitāte sociālās uzņēmējdarbības jautājumos',
                  kind: 'qualitative',
                  targetText: 'Dalībnieku pašvērtējuma vidējā atzīme pieaug no 2,4 līdz vismaz 4 (skalā no 1 līdz 5)',
                  targetDate: '2026-12-31',
                  dataMethod: 'self_assessment',
                  evaluationParties: 'Zemgales Lietišķo zinātņu augstskola, apmācību dalībnieki',
                  measurements: [
                    {
                      measuredOn: '2026-02-10',
                      qualitativeValue: 'Pirms apmācībām: vidējā pašvērtējuma atzīme 2,4 (22 dalībnieki).',
                      published: true,
                    },
                    {
                      measuredOn: '2026-05-29',
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
                  startsOn: '2026-02-10',
                  endsOn: '2026-05-29',
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
              title:
                'Līdz 2025. gada jūnijam izveidot Sociālās uzņēmējdarbības konsultatīvo padomi ar NVO, uzņēmēju un akadēmiskā sektora pārstāvjiem',
              deadline: '2025-06-30',
              indicators: [
                {
                  title: 'Jaunu partnerību skaits starp sociālajiem uzņēmumiem, NVO un pašvaldību',
                  kind: 'quantitative',
                  unit: 'partnerības',
                  baseline: 1,
                  target: 6,
                  targetDate: '2027-12-31',
                  dataMethod: 'progress_reports',
                  evaluationParties: 'Konsultatīvā padome',
                  measurements: [
                    { measuredOn: '2025-06-30', value: 3, published: true },
                    { measuredOn: '2026-06-30', value: 5, published: true },
                  ],
                },
              ],
              activities: [
                {
                  title: 'Sagatavot konsultatīvās padomes nolikumu un apstiprināt tās sastāvu domes sēdē',
                  startsOn: '2025-03-01',
                  endsOn: '2025-06-19',
                  involvedParties: 'Attīstības nodaļa, Zemgales kopienu tīkls, sociālie uzņēmumi',
                  organisations: ['zemgales-kopienu-tikls', 'sia-otra-elpa', 'zemgales-lietiskas-zinatnes'],
                  resources: ['res-konsultativa-padome'],
                  responsibleUnit: 'attistibas-nodala',
                  executionStatus: 'done',
                  progress: 100,
                },
                {
                  title: 'Rīkot konsultatīvās padomes sēdes reizi ceturksnī un publicēt to protokolus',
                  startsOn: '2025-07-01',
                  endsOn: '2027-12-31',
                  involvedParties: 'Konsultatīvās padomes locekļi',
                  resources: ['res-konsultativa-padome'],
                  responsibleUnit: 'attistibas-nodala',
                  executionStatus: 'in_progress',
                  progress: 55,
                },
              ],
            },
          ],
        },
      ],

      // #9 Partnerību kontrolsaraksts
      partnershipSteps: {
        partners_identified: {
          done: true,
          doneOn: '2025-02-14',
          evidence: 'Partneru karte ar 24 organizācijām (NVO, uzņēmumi, augstskola) – Attīstības nodaļas ziņojums.',
        },
        meetings_held: {
          done: true,
          doneOn: '2025-03-20',
          evidence:
            'Divas partneru tikšanās (2025. gada 6. un 20. martā), 31 dalībnieks; protokoli pieejami dokumentu vadības sistēmā.',
        },
        agreements_signed: {
          done: true,
          doneOn: '2025-06-12',
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

      // #11 Uzraudzība un atbildības sadalījums
      monitoring: {
        goals_agreed: {
          responsibleUnit: 'attistibas-nodala',
          deadline: '2025-03-31',
          performanceIndicator: 'Mērķi apspriesti ar partneriem un konsultatīvo padomi; saskaņojuma protokols',
          done: true,
          evidence: 'Partneru tikšanās protokols (2025. gada 20. marts).',
        },
        tasks_understood: {
          responsibleUnit: 'attistibas-nodala',
          deadline: '2025-04-30',
          performanceIndicator: 'Visas atbildīgās struktūrvienības apliecinājušas savus uzdevumus un termiņus',
          done: true,
          evidence: 'Struktūrvienību vadītāju sanāksmes protokols (2025. gada 24. aprīlis).',
        },
        risk_analysis: {
          responsibleUnit: 'attistibas-nodala',
          deadline: '2025-05-31',
          performanceIndicator: 'Risku reģistrs aizpildīts un pārskatīts reizi gadā',
          done: true,
          evidence: 'Risku reģistrs pievienots plānam; pārskatīts 2026. gada maijā.',
        },
        funding_diversification: {
          responsibleUnit: 'attistibas-nodala',
          deadline: '2026-12-31',
          performanceIndicator: 'Izstrādāta stratēģija ar vismaz 3 finansējuma avotiem ārpus pašvaldības budžeta',
          done: false,
        },
        information_campaign: {
          responsibleUnit: 'komunikacijas-nodala',
          deadline: '2025-11-30',
          performanceIndicator: 'Kampaņa sasniegusi vismaz 3000 iedzīvotāju; 4 publikācijas pašvaldības izdevumā',
          done: true,
          evidence: 'Kampaņas pārskats: 4 publikācijas, 5200 sasniegtie lietotāji sociālajos tīklos.',
        },
        plan_reviewed: {
          responsibleUnit: 'attistibas-nodala',
          deadline: '2026-12-15',
          performanceIndicator: 'Plāna ikgadējais pārskats iesniegts domei un publicēts tīmekļvietnē',
          done: false,
        },
      },

      // #9 Informēšanas un iesaistes plāns (publiskās iesaistes aktivitātes)
      engagementActivities: [
        {
          lv: {
            title: 'Ideju konkurss „Tirgus iespējas sociālo uzņēmumu attīstībai” 2025',
            slug: 'ideju-konkurss-tirgus-iespejas-2025',
            description:
              'Jaunieši komandās izstrādā sociālā uzņēmuma ideju, kas risina kādu sava pagasta vai pilsētas problēmu. Labākās idejas saņem naudas balvas un mentoru atbalstu idejas attīstīšanai.',
            audience: 'Jaunieši vecumā no 15 līdz 25 gadiem',
            channels: 'Vispārizglītojošās skolas, jauniešu centri',
            timelineNote: '2025. gada septembris – novembris',
            place: 'Parauga novada skolas un Jaunatnes centrs',
          },
          en: {
            title: 'Idea competition "Market opportunities for social enterprise development" 2025',
            slug: 'idea-competition-market-opportunities-2025',
            description:
              'Teams of young people develop a social enterprise idea that addresses a problem in their parish or town. The best ideas receive cash prizes and mentoring to develop them further.',
            audience: 'Young people aged 15 to 25',
            channels: 'General education schools, youth centres',
            timelineNote: 'September – November 2025',
            place: 'Schools of Parauga Municipality and the Youth Centre',
          },
          state: 'closed',
          startsAt: '2025-09-01T09:00:00+03:00',
          endsAt: '2025-11-30T23:59:00+02:00',
          registrationUrl: 'https://www.parauga-novads.lv/iesaiste/ideju-konkurss-2025',
          responsibleUnit: 'izglitibas-parvalde',
          targetGroups: ['jauniesi-bez-darba-pieredzes'],
        },
        {
          lv: {
            title: 'Informācijas diena par pašvaldības grantu programmu sociālajiem uzņēmumiem',
            slug: 'informacijas-diena-grantu-programma-2026',
            description:
              'Attīstības nodaļa un biznesa inkubators skaidro grantu konkursa nosacījumus, vērtēšanas kritērijus un biežākās kļūdas pieteikumos. Pēc prezentācijām – individuālas konsultācijas.',
            audience: 'Sociālie uzņēmumi, sociālie inovatori, NVO un topošie uzņēmēji',
            channels: 'Pašvaldības tīmekļvietne, sociālie tīkli, biznesa inkubatora jaunumu vēstule',
            timelineNote: '2026. gada 12. marts',
            place: 'Parauga novada pašvaldības sēžu zāle, Rīgas ielā 10',
          },
          en: {
            title: "Information day on the municipality's grant programme for social enterprises",
            slug: 'information-day-grant-programme-2026',
            description:
              'The Development Department and the business incubator explain the grant conditions, the evaluation criteria and common mistakes in applications, followed by one-to-one consultations.',
            audience: 'Social enterprises, social innovators, NGOs and aspiring entrepreneurs',
            channels: 'Municipal website, social media, business incubator newsletter',
            timelineNote: '12 March 2026',
            place: 'Council hall of Parauga Municipality, Rīgas iela 10',
          },
          state: 'closed',
          startsAt: '2026-03-12T10:00:00+02:00',
          endsAt: '2026-03-12T13:00:00+02:00',
          registrationUrl: 'https://www.parauga-novads.lv/iesaiste/informacijas-diena-2026',
          responsibleUnit: 'attistibas-nodala',
          targetGroups: ['ilgstosie-bezdarbnieki', 'cilveki-ar-invaliditati'],
        },
        {
          lv: {
            title: 'Sociālās uzņēmējdarbības forums „Kopā varam” 2027',
            slug: 'forums-kopa-varam-2027',
            description:
              'Forumā sociālie uzņēmumi, pašvaldība, NVO un uzņēmēji dalās pieredzē, apspriež plāna starprezultātus un nākamā plānošanas perioda prioritātes. Programmā: paneļdiskusija, darba grupas un sociālo uzņēmumu tirdziņš.',
            audience: 'Sociālie uzņēmumi, NVO, uzņēmēji, pašvaldības darbinieki un iedzīvotāji',
            channels: 'Pašvaldības tīmekļvietne, novada avīze, sociālie tīkli, partneru e-pasti',
            timelineNote: '2027. gada 22. aprīlis',
            place: 'Parauga Kultūras centrs, Skolas ielā 5',
          },
          en: {
            title: 'Social entrepreneurship forum "Together we can" 2027',
            slug: 'forum-together-we-can-2027',
            description:
              'Social enterprises, the municipality, NGOs and businesses share experience, discuss the interim results of the plan and the priorities for the next planning period. Programme: panel discussion, workshops and a social enterprise market.',
            audience: 'Social enterprises, NGOs, businesses, municipal staff and residents',
            channels: 'Municipal website, local newspaper, social media, partner mailing lists',
            timelineNote: '22 April 2027',
            place: 'Parauga Culture Centre, Skolas iela 5',
          },
          state: 'published',
          startsAt: '2027-04-22T10:00:00+03:00',
          endsAt: '2027-04-22T16:00:00+03:00',
          registrationUrl: 'https://www.parauga-novads.lv/iesaiste/forums-2027/registracija',
          responsibleUnit: 'attistibas-nodala',
        },
        {
          lv: {
            title: 'Sociālo uzņēmumu gadatirgus Parauga Tirgus laukumā',
            slug: 'socialo-uznemumu-gadatirgus-2027',
            description:
              'Novada sociālie uzņēmumi un senioru rokdarbnieki piedāvā savus produktus un pakalpojumus. Tirgū darbojas arī radošās darbnīcas bērniem un jauniešiem.',
            audience: 'Visi iedzīvotāji un novada viesi',
            channels: 'Novada avīze, sociālie tīkli, plakāti pagastu pārvaldēs',
            timelineNote: '2027. gada 5. jūnijs',
            place: 'Tirgus laukums, Parauga',
          },
          en: {
            title: 'Social enterprise fair on Parauga Market Square',
            slug: 'social-enterprise-fair-2027',
            description:
              'Social enterprises of the municipality and senior craftspeople offer their products and services. Creative workshops for children and young people run alongside the fair.',
            audience: 'All residents and visitors',
            channels: 'Local newspaper, social media, posters in parish administrations',
            timelineNote: '5 June 2027',
            place: 'Market Square, Parauga',
          },
          state: 'published',
          startsAt: '2027-06-05T10:00:00+03:00',
          endsAt: '2027-06-05T17:00:00+03:00',
          responsibleUnit: 'komunikacijas-nodala',
          targetGroups: ['seniori', 'cilveki-ar-invaliditati'],
        },
        {
          lv: {
            title: 'Iedzīvotāju aptauja par sociālo uzņēmējdarbību 2027',
            slug: 'iedzivotaju-aptauja-2027',
            description:
              'Ikgadējā aptauja par iedzīvotāju izpratni par sociālo uzņēmējdarbību un vajadzībām pēc sociālo uzņēmumu pakalpojumiem. Rezultāti tiks izmantoti rīcības plāna izvērtēšanā.',
            audience: 'Novada iedzīvotāji no 16 gadu vecuma',
            channels: 'Pašvaldības tīmekļvietne, klientu apkalpošanas centri, bibliotēkas',
            timelineNote: '2027. gada februāris',
          },
          state: 'draft',
          startsAt: '2027-02-01T09:00:00+02:00',
          endsAt: '2027-02-28T23:59:00+02:00',
          responsibleUnit: 'komunikacijas-nodala',
        },
        {
          lv: {
            title: 'Ideju konkurss „Tirgus iespējas sociālo uzņēmumu attīstībai” 2027',
            slug: 'ideju-konkurss-tirgus-iespejas-2027',
            description:
              'Trešais ideju konkurss jauniešiem. Šogad īpaša balva par ideju, kas rada darba vietas cilvēkiem ar invaliditāti vai senioriem.',
            audience: 'Jaunieši vecumā no 15 līdz 25 gadiem',
            channels: 'Vispārizglītojošās skolas, jauniešu centri, profesionālās izglītības iestādes',
            timelineNote: '2027. gada septembris – novembris',
            place: 'Parauga novada skolas un Jaunatnes centrs',
          },
          state: 'draft',
          startsAt: '2027-09-01T09:00:00+03:00',
          endsAt: '2027-11-30T23:59:00+02:00',
          responsibleUnit: 'izglitibas-parvalde',
          targetGroups: ['jauniesi-bez-darba-pieredzes'],
        },
      ],

      // Atbalsta programmas (publiskais katalogs)
      supportProgrammes: [
        {
          lv: {
            title: 'Grantu programma sociālās uzņēmējdarbības atbalstam 2026',
            slug: 'grantu-programma-2026',
            summary:
              'Granti līdz 10 000 EUR sociālajiem uzņēmumiem un sociālajiem inovatoriem jaunu produktu, pakalpojumu un darba vietu radīšanai.',
            description:
              'Programma atbalsta projektus, kas rada darba vietas sociālās atstumtības riskam pakļautajām grupām vai risina sabiedrībai nozīmīgu problēmu novadā. Atbalsts tiek piešķirts kā *de minimis* atbalsts.\n\n**Atbalstāmās izmaksas:** aprīkojums, izejvielas, mārketings, apmācības, darba vietu pielāgošana.',
            implementer: 'Parauga novada pašvaldības Attīstības nodaļa',
            eligibility:
              'Sociālie uzņēmumi ar Labklājības ministrijas piešķirtu statusu, SIA, kas iesniegušas iesniegumu statusa iegūšanai, un sociālie inovatori, kuru darbība norisinās Parauga novadā.',
            howToApply:
              'Pieteikumu iesniedz elektroniski portālā latvija.gov.lv vai klātienē pašvaldības klientu apkalpošanas centrā līdz 15. decembrim.',
          },
          en: {
            title: 'Grant programme for social entrepreneurship 2026',
            slug: 'grant-programme-2026',
            summary:
              'Grants of up to EUR 10,000 for social enterprises and social innovators to create new products, services and jobs.',
            description:
              'The programme supports projects that create jobs for groups at risk of social exclusion or address an important social problem in the municipality. Support is granted as *de minimis* aid.\n\n**Eligible costs:** equipment, materials, marketing, training, workplace adaptation.',
            implementer: 'Development Department of Parauga Municipality',
            eligibility:
              'Social enterprises registered by the Ministry of Welfare, limited liability companies that have applied for the status, and social innovators active in Parauga Municipality.',
            howToApply:
              'Apply online via latvija.gov.lv or in person at a municipal customer service centre by 15 December.',
          },
          state: 'published',
          kind: 'grant',
          amountMin: 1000,
          amountMax: 10000,
          totalBudget: 60000,
          opensOn: '2026-10-01',
          closesOn: '2026-12-15',
          websiteUrl: 'https://www.parauga-novads.lv/atbalsts/grantu-programma-2026',
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
            title: 'Apmācību programma „Sociālā uzņēmuma ABC” 2027',
            slug: 'apmacibu-programma-socialais-uznemums-abc-2027',
            summary:
              'Bezmaksas 6 nodarbību kurss topošajiem sociālajiem uzņēmējiem: no idejas līdz sociālā uzņēmuma statusam.',
            description:
              'Kursā apgūst sociālās ietekmes mērīšanu, biznesa modeļa izstrādi, finansējuma piesaisti un sociālā uzņēmuma statusa iegūšanas kārtību. Nodarbības vada biznesa inkubatora eksperti un praktizējoši sociālie uzņēmēji.',
            implementer: 'Parauga biznesa inkubators sadarbībā ar Parauga novada pašvaldību',
            eligibility: 'Novada iedzīvotāji, NVO pārstāvji un esošie uzņēmēji, kas plāno dibināt sociālo uzņēmumu.',
            howToApply: 'Jāaizpilda pieteikuma anketa biznesa inkubatora tīmekļvietnē; vietu skaits ierobežots (20).',
          },
          en: {
            title: 'Training programme "Social enterprise ABC" 2027',
            slug: 'training-programme-social-enterprise-abc-2027',
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
          opensOn: '2027-01-15',
          closesOn: '2027-02-28',
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
            title: 'Grantu programma sociālās uzņēmējdarbības atbalstam 2025',
            slug: 'grantu-programma-2025',
            summary:
              'Pirmā pašvaldības grantu konkursa kārta: granti līdz 10 000 EUR. Konkurss noslēdzies, atbalstīti 4 projekti.',
            description:
              'Konkursā tika saņemti 11 pieteikumi, atbalstu saņēma 4 projekti par kopējo summu 31 500 EUR. Rezultāti publicēti pašvaldības tīmekļvietnē.',
            implementer: 'Parauga novada pašvaldības Attīstības nodaļa',
            eligibility: 'Sociālie uzņēmumi un sociālie inovatori, kuru darbība norisinās Parauga novadā.',
            howToApply: 'Pieteikšanās noslēgusies 2025. gada 30. jūnijā.',
          },
          en: {
            title: 'Grant programme for social entrepreneurship 2025',
            slug: 'grant-programme-2025',
            summary:
              "First round of the municipality's grant competition: grants of up to EUR 10,000. Closed; 4 projects supported.",
            description:
              '11 applications were received and 4 projects were supported with a total of EUR 31,500. The results are published on the municipal website.',
            implementer: 'Development Department of Parauga Municipality',
            eligibility: 'Social enterprises and social innovators active in Parauga Municipality.',
            howToApply: 'Applications closed on 30 June 2025.',
          },
          state: 'closed',
          kind: 'grant',
          amountMin: 1000,
          amountMax: 10000,
          totalBudget: 50000,
          opensOn: '2025-05-15',
          closesOn: '2025-06-30',
          websiteUrl: 'https://www.parauga-novads.lv/atbalsts/grantu-programma-2025',
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
            title: 'Nekustamā īpašuma nodokļa atvieglojums sociālajiem uzņēmumiem 2026. gadam',
            slug: 'nin-atvieglojums-2026',
            summary:
              'Nekustamā īpašuma nodokļa atlaide 90 % apmērā par īpašumiem, ko sociālais uzņēmums izmanto savā darbībā.',
            description:
              'Atvieglojumu piešķir par 2026. taksācijas gadu saskaņā ar pašvaldības saistošajiem noteikumiem. Atvieglojums ir *de minimis* atbalsts.',
            implementer: 'Parauga novada pašvaldības Īpašumu nodaļa',
            eligibility:
              'Sociālie uzņēmumi, kuriem pieder vai kuri nomā nekustamo īpašumu Parauga novadā un kuriem nav nodokļu parādu.',
            howToApply: 'Iesniegumu pieņēma līdz 2026. gada 31. janvārim.',
          },
          en: {
            title: 'Real-estate tax relief for social enterprises for 2026',
            slug: 'real-estate-tax-relief-2026',
            summary: 'A 90% real-estate tax reduction on property that a social enterprise uses for its activity.',
            description:
              'The relief is granted for the 2026 tax year under the municipal binding regulations. It counts as *de minimis* aid.',
            implementer: 'Property Department of Parauga Municipality',
            eligibility:
              'Social enterprises that own or rent real estate in Parauga Municipality and have no tax debts.',
            howToApply: 'Applications were accepted until 31 January 2026.',
          },
          state: 'closed',
          kind: 'tax_relief',
          amountMin: 0,
          amountMax: 3000,
          totalBudget: 8000,
          opensOn: '2025-11-01',
          closesOn: '2026-01-31',
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
          opensOn: '2027-03-01',
          closesOn: '2027-04-30',
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

    // ══ Kaimiņu novads: plāns izstrādē 2026–2028 ═══════════════════════════════════════════
    {
      municipality: 'kaiminu-novads',
      title: 'Sociālās uzņēmējdarbības atbalsta rīcības plāns 2026.–2028. gadam',
      periodStartYear: 2026,
      periodEndYear: 2028,
      status: 'drafting',
      summary:
        'Plāna projekts: pirmie soļi sociālās uzņēmējdarbības atbalstam Kaimiņu novadā, uzsvars uz senioriem un cilvēkiem ar invaliditāti.',
      policyDocuments: [
        {
          key: 'kn-sociala-uznemuma-likums',
          kind: 'national_act',
          title: 'Sociālā uzņēmuma likums',
          issuer: 'Saeima',
          issuedOn: '2017-10-12',
          url: 'https://likumi.lv/ta/id/294484-sociala-uznemuma-likums',
        },
        {
          key: 'kn-attistibas-programma',
          kind: 'development_strategy',
          title: 'Kaimiņu novada attīstības programma 2022.–2028. gadam',
          section:
            'Rīcības plāns, rīcības virziens RV3 „Iekļaujoša sabiedrība”, uzdevums U3.2 „Sociālās uzņēmējdarbības veicināšana”',
          issuer: 'Kaimiņu novada dome',
          issuedOn: '2022-09-29',
          url: 'https://www.kaiminu-novads.lv/attistiba/attistibas-programma-2022-2028',
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
          title:
            'Līdz 2028. gadam Kaimiņu novadā izveidot vismaz 2 sociālos uzņēmumus, kas sniedz pakalpojumus senioriem',
          deadline: '2028-12-31',
          strategy: 'kn-attistibas-programma',
          needs: ['kn-vajadziba-seniori'],
          resources: ['kn-res-telpas', 'kn-res-konsultacijas'],
          tasks: [
            {
              title: 'Līdz 2027. gada beigām sagatavot un nodot sociālajam uzņēmumam bijušās pagasta skolas telpas',
              deadline: '2027-12-31',
              activities: [
                {
                  title: 'Rīkot informatīvu tikšanos ar senioru biedrību un potenciālajiem sociālajiem uzņēmējiem',
                  startsOn: '2027-03-18',
                  endsOn: '2027-03-18',
                  fundingSource: 'Pašvaldības budžets',
                  involvedParties: 'Biedrība „Kaimiņu novada senioru apvienība”, Sociālais dienests',
                  organisations: ['biedriba-kaiminu-seniori'],
                  resources: ['kn-res-konsultacijas'],
                  responsibleUnit: 'kaiminu-attistibas-nodala',
                  executionStatus: 'planned',
                  progress: 0,
                  indicators: [
                    {
                      title: 'Dalībnieku skaits informatīvajā tikšanās reizē',
                      kind: 'quantitative',
                      unit: 'dalībnieki',
                      baseline: 0,
                      target: 25,
                      targetDate: '2027-03-18',
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
            timelineNote: '2027. gada 18. marts',
            place: 'Kaimiņu pagasta saieta nams',
          },
          en: {
            title: 'Information meeting "A social enterprise in our village"',
            slug: 'information-meeting-social-enterprise-in-our-village',
            description:
              'A meeting with the seniors association and residents: what a social enterprise is, what support the municipality and the state offer, and how the former parish school building could be used.',
            audience: 'Seniors, the seniors association, prospective social entrepreneurs',
            channels: 'Local newspaper, seniors day centre, parish administration',
            timelineNote: '18 March 2027',
            place: 'Kaimiņi parish community house',
          },
          state: 'published',
          startsAt: '2027-03-18T14:00:00+02:00',
          endsAt: '2027-03-18T16:00:00+02:00',
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
};
