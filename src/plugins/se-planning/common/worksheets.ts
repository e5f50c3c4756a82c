/** The 11 worksheets ("Darba lapa #1–#11") by number, with their full titles as the method gives them. */
import type { Label } from './vocabulary';

export const worksheets: Readonly<Record<number, Label>> = {
  1: { lv: 'Politikas plānošanas dokumenti un normatīvie akti', en: 'Policy planning documents and legal acts' },
  2: { lv: 'Sadarbības modeļi ar sociāliem partneriem', en: 'Cooperation models with social partners' },
  3: { lv: 'Dati un to avoti', en: 'Data and their sources' },
  4: { lv: 'Vajadzību analīze mērķa grupām', en: 'Needs analysis for target groups' },
  5: {
    lv: 'Pašvaldības rīcībā esošie resursi atbalsta īstenošanai',
    en: 'Municipal resources available for providing support',
  },
  6: { lv: 'Stratēģisko mērķu un uzdevumu definēšana', en: 'Defining strategic goals and tasks' },
  7: { lv: 'Rīcības plāna sagatavošana', en: 'Preparing the action plan' },
  8: { lv: 'Izmērāmie rādītāji un novērtēšanas metodes', en: 'Measurable indicators and evaluation methods' },
  9: { lv: 'Partnerību veidošana un sabiedrības iesaiste', en: 'Building partnerships and public engagement' },
  10: { lv: 'Ieviešanas risku identifikācija un prevencija', en: 'Identifying and preventing implementation risks' },
  11: {
    lv: 'Ieviešanas uzraudzība un atbildības sadalījums',
    en: 'Monitoring implementation and sharing responsibility',
  },
};
