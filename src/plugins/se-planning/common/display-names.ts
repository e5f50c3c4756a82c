/**
 * The content types' names as the Content Manager shows them (Latvian; a worksheet's rows say its number, "(#7)").
 * The model table (server/src/content-types/model.ts) takes them from here, and the admin orders the Content
 * Manager's menu by them (common/content-manager-menu.ts), so the two cannot drift apart.
 */
import type { ModelName } from './model-names';

export const displayNames = {
  municipality: 'Pašvaldības',
  plan: 'Rīcības plāni',
  'municipal-unit': 'Struktūrvienības',
  organisation: 'Organizācijas',
  'target-group': 'Mērķa grupas',
  'policy-document': 'Politikas dokumenti un normatīvie akti (#1)',
  'cooperation-model': 'Sadarbības modeļi ar sociāliem partneriem (#2)',
  'data-source': 'Dati un to avoti (#3)',
  need: 'Vajadzību analīze mērķa grupām (#4)',
  resource: 'Pašvaldības resursi (#5)',
  'support-given': 'Jau sniegtais atbalsts (#5)',
  goal: 'Stratēģiskie mērķi (#6)',
  task: 'Uzdevumi (#6)',
  activity: 'Rīcības plāna aktivitātes (#7)',
  indicator: 'Rādītāji un novērtēšana (#8)',
  measurement: 'Rādītāju mērījumi (#8)',
  'partnership-step': 'Partnerības kontrolsaraksts (#9)',
  'engagement-activity': 'Sabiedrības iesaistes aktivitātes (#9)',
  risk: 'Riski (#10)',
  'monitoring-activity': 'Uzraudzība un atbildības sadalījums (#11)',
  'support-programme': 'Atbalsta programmas',
  'review-event': 'Izskatīšanas vēsture',
} as const satisfies Record<ModelName, string>;
