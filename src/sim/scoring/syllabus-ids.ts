/**
 * The ids of the syllabus points and misconceptions (what authors write in
 * `# syllabus:`, `# evidence:` and `# misconception:` tags), on their own so
 * that the tag parser checks them without loading their labels (issue 17:
 * the first screen's size). syllabus.ts gives each its label, in this order.
 */
export const MARKING_POINT_IDS = [
  'map-service-chain',
  'proactive-communication',
  'partnership-challenge',
  'partner-feedback-process',
  'formal-vs-informal',
  'partnership-purpose',
  'relationship-building',
  'partnership-delivery',
  'partner-selection',
  'communication-techniques',
  'coordinated-accountability',
] as const;

/** The marking points first, then the topics. */
export const SYLLABUS_IDS = [
  ...MARKING_POINT_IDS,
  'sla-kpi',
  'customer-journey',
  'legislation',
  'service-recovery',
  'pdca',
  'complaint-handling',
  'escalation',
  'crm',
  'service-standards',
  'documenting-agreements',
] as const;
export type SyllabusId = (typeof SYLLABUS_IDS)[number];

export const MISCONCEPTION_IDS = [
  'linear-chain',
  'relationships-self-sustain',
  'ignore-internal',
  'undocumented-agreement',
  'blame-before-checking',
  'partnership-is-teamwork',
  'self-managing-partnership',
  'outsourcing-responsibility',
  'no-sla-protocol',
  'ignore-cultural-fit',
  'compensation-not-process',
] as const;
export type MisconceptionId = (typeof MISCONCEPTION_IDS)[number];
