/**
 * The syllabus points a scenario can evidence, taken from the course seeds
 * (`shared/seeds/`). Marking points are what an examiner credits; topics are
 * key concepts; misconceptions are the common mistakes a tempting option can
 * embody. Ids are what authors write in `# syllabus:`, `# evidence:` and
 * `# misconception:` tags; their ids alone are in syllabus-ids.ts.
 */
import type { MisconceptionId, SyllabusId } from './syllabus-ids.ts';

export type { MisconceptionId, SyllabusId } from './syllabus-ids.ts';

export interface SyllabusPoint {
  readonly id: SyllabusId;
  readonly kind: 'marking-point' | 'topic';
  readonly label: string;
  readonly source: string;
}

export interface Misconception {
  readonly id: MisconceptionId;
  readonly label: string;
}

const partnerships = 'Service partnerships and the service chain';
const strategic = 'Strategic use of service partnerships';

export const SYLLABUS_POINTS = [
  {
    id: 'map-service-chain',
    kind: 'marking-point',
    source: partnerships,
    label: 'Map a specific customer service chain, identifying all internal and external links',
  },
  {
    id: 'proactive-communication',
    kind: 'marking-point',
    source: partnerships,
    label:
      'Proactive communication with at least one partner, evidenced by notes or an email trail',
  },
  {
    id: 'partnership-challenge',
    kind: 'marking-point',
    source: partnerships,
    label:
      'A challenge in a partnership and the steps taken to resolve it while keeping service standards',
  },
  {
    id: 'partner-feedback-process',
    kind: 'marking-point',
    source: partnerships,
    label:
      'Feedback from a partner used to modify a service process or improve the customer experience',
  },
  {
    id: 'formal-vs-informal',
    kind: 'marking-point',
    source: partnerships,
    label:
      'Formal contractual partnerships versus informal collaborative arrangements, and how to manage each',
  },
  {
    id: 'partnership-purpose',
    kind: 'marking-point',
    source: strategic,
    label:
      'The purpose and benefits of service partnerships in extending capability and satisfaction',
  },
  {
    id: 'relationship-building',
    kind: 'marking-point',
    source: strategic,
    label:
      'Active relationship building: communication channels, agreed standards, mutual performance goals',
  },
  {
    id: 'partnership-delivery',
    kind: 'marking-point',
    source: strategic,
    label:
      'Delivery through a partnership: coordination, joint problem-solving, monitoring performance against agreed criteria',
  },
  {
    id: 'partner-selection',
    kind: 'marking-point',
    source: strategic,
    label:
      'A clear rationale for selecting a service partner against service standards and business objectives',
  },
  {
    id: 'communication-techniques',
    kind: 'marking-point',
    source: strategic,
    label: 'Active listening and negotiation when agreeing terms and resolving conflicts',
  },
  {
    id: 'coordinated-accountability',
    kind: 'marking-point',
    source: strategic,
    label:
      'Documented coordination with a partner for a seamless experience, keeping accountability for outcomes',
  },
  {
    id: 'sla-kpi',
    kind: 'topic',
    source: partnerships,
    label: 'Setting, monitoring and exceeding SLAs and KPIs',
  },
  {
    id: 'customer-journey',
    kind: 'topic',
    source: partnerships,
    label: 'The customer journey and touchpoint analysis',
  },
  {
    id: 'legislation',
    kind: 'topic',
    source: partnerships,
    label:
      'UK GDPR and the Data Protection Act, the Equality Act 2010 and the Consumer Rights Act 2015',
  },
  {
    id: 'service-recovery',
    kind: 'topic',
    source: partnerships,
    label: 'Service recovery and conflict management: empathy, negotiation, empowerment',
  },
  {
    id: 'pdca',
    kind: 'topic',
    source: partnerships,
    label: 'Continuous improvement with Plan-Do-Check-Act',
  },
  {
    id: 'complaint-handling',
    kind: 'topic',
    source: strategic,
    label: 'Complaint handling: empathy, problem-solving and escalation procedures',
  },
  {
    id: 'escalation',
    kind: 'topic',
    source: strategic,
    label: 'Escalation: when and how to pass a problem up, with a summary and a proposal',
  },
  {
    id: 'crm',
    kind: 'topic',
    source: strategic,
    label: 'Using CRM records to personalise service and keep relationships',
  },
  {
    id: 'service-standards',
    kind: 'topic',
    source: strategic,
    label: 'Service standards, policies and procedures',
  },
  {
    id: 'documenting-agreements',
    kind: 'topic',
    source: strategic,
    label: 'Documenting agreements and communication with partners',
  },
] as const satisfies readonly SyllabusPoint[];

export const MISCONCEPTIONS = [
  {
    id: 'linear-chain',
    label: 'Treating the service chain as a simple line and overlooking feedback loops',
  },
  {
    id: 'relationships-self-sustain',
    label: 'Assuming good relationships sustain themselves without maintenance',
  },
  {
    id: 'ignore-internal',
    label: 'Focusing on external partners and neglecting internal departments',
  },
  {
    id: 'undocumented-agreement',
    label: 'Not documenting a verbal agreement or discussion with a partner',
  },
  {
    id: 'blame-before-checking',
    label: 'Blaming a partner before checking whether internal processes contributed',
  },
  {
    id: 'partnership-is-teamwork',
    label: 'Confusing a service partnership with general teamwork, missing its formal governance',
  },
  {
    id: 'self-managing-partnership',
    label: 'Assuming a partnership will self-manage without monitoring',
  },
  {
    id: 'outsourcing-responsibility',
    label: 'Treating outsourcing as handing over responsibility for the customer',
  },
  { id: 'no-sla-protocol', label: 'Not setting an SLA or a clear communication protocol' },
  {
    id: 'ignore-cultural-fit',
    label: 'Ignoring cultural fit and shared values between organisations',
  },
  {
    id: 'compensation-not-process',
    label: 'Treating compensation as a substitute for fixing the process',
  },
] as const satisfies readonly Misconception[];
