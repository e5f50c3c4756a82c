/**
 * The national target groups (#4 "Mērķa grupa"): the groups at risk of social exclusion the method names as
 * examples ("seniori, ilgstošie bezdarbnieki, jaunieši bez darba pieredzes, cilvēki ar invaliditāti u.c.") and
 * further groups of Cabinet Regulation No. 173 (MK 27.03.2018. noteikumi Nr.173), to which the social enterprise
 * status refers. Every installation starts with them (setup/starting-content.ts creates the missing ones once,
 * never twice and never over an edited row), the demo data uses the same list, and editors add more ("u.c.").
 * `slug` is the stable key a group is recognised by.
 */
export type StandardTargetGroup = { name: string; nameEn: string; slug: string; description: string };

export const standardTargetGroups: readonly StandardTargetGroup[] = Object.freeze([
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
      'Jaunieši vecumā no 15 līdz 25 gadiem, kuri vēl nav strādājuši algotu darbu vai kuriem nav profesionālās pieredzes.',
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
]);
