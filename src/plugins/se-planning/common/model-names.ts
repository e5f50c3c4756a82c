/**
 * The singular names of the plugin's content types: the shared vocabulary, the worksheets' rows,
 * the public types and the review history. Tables keyed by type (`satisfies Record<ModelName, …>`)
 * and the model itself are checked against this list, so a misspelt name stops the build.
 */
export const modelNames = [
  'municipality',
  'plan',
  'municipal-unit',
  'organisation',
  'target-group',
  'policy-document',
  'cooperation-model',
  'data-source',
  'need',
  'resource',
  'support-given',
  'goal',
  'task',
  'activity',
  'indicator',
  'measurement',
  'partnership-step',
  'engagement-activity',
  'risk',
  'monitoring-activity',
  'support-programme',
  'review-event',
] as const;
export type ModelName = (typeof modelNames)[number];

export const isModelName = (name: string): name is ModelName => (modelNames as readonly string[]).includes(name);
