/** The 11 worksheets ("Darba lapa #1–#11") by number, with their titles. */
import type { Label } from './vocabulary';

export const worksheets: Readonly<Record<number, Label>> = {
  1: { lv: 'Politikas plānošanas dokumenti un normatīvie akti', en: 'Policy documents and legal acts' },
  2: { lv: 'Sadarbības modeļi ar sociālajiem partneriem', en: 'Cooperation models with social partners' },
  3: { lv: 'Dati un to avoti', en: 'Data and sources' },
  4: { lv: 'Vajadzību analīze mērķa grupām', en: 'Needs analysis for target groups' },
  5: { lv: 'Pašvaldības rīcībā esošie resursi', en: 'Municipal resources' },
  6: { lv: 'Stratēģiskie mērķi un uzdevumi', en: 'Strategic goals and tasks' },
  7: { lv: 'Rīcības plāns', en: 'Action plan' },
  8: { lv: 'Izmērāmie rādītāji un novērtēšana', en: 'Indicators and evaluation' },
  9: { lv: 'Partnerības un sabiedrības iesaiste', en: 'Partnerships and public engagement' },
  10: { lv: 'Ieviešanas riski', en: 'Implementation risks' },
  11: { lv: 'Uzraudzība un atbildības sadalījums', en: 'Monitoring and responsibility' },
};
