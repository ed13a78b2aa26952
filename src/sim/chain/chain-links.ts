/**
 * What each character does in the service chain, and the flows between them.
 * Stories name people, not chain positions, so the position is inferred from
 * the role text with fixed patterns: the same cast always gives the same map.
 */
import type { Character } from '../story/scenario.ts';

/** A link's job in the chain; 'other' when the role says nothing we recognise. */
export type Stage =
  | 'supplier'
  | 'buying'
  | 'warehouse'
  | 'courier'
  | 'fitter'
  | 'contact-centre'
  | 'finance'
  | 'data'
  | 'marketing'
  | 'store'
  | 'service-team'
  | 'other';

/** Checked in order: the first match wins, so the more specific patterns come first. */
const STAGE_PATTERNS: readonly (readonly [Stage, RegExp])[] = [
  ['data', /data protection|\bdpo\b/i],
  ['contact-centre', /contact ?(centre|center|services|solutions)/i],
  ['warehouse', /warehouse|dispatch/i],
  ['courier', /courier|freight|delivery|logistics|haulage/i],
  ['fitter', /fitt(ing|er)|install/i],
  ['buying', /buying|buyer|procurement/i],
  ['supplier', /supplier|upholster|manufactur|factory/i],
  ['finance', /financ|refund/i],
  ['marketing', /marketing/i],
  ['store', /store|shop/i],
  ['service-team', /customer service|adviser|advisor|agent/i],
];

/** Lane order, upstream first, so the goods flow crosses as few other arrows as it can. */
export const STAGE_ORDER: readonly Stage[] = [
  'supplier',
  'buying',
  'warehouse',
  'courier',
  'fitter',
  'contact-centre',
  'finance',
  'marketing',
  'data',
  'store',
  'service-team',
  'other',
];

export function stageOf(character: Character): Stage {
  if (character.kind === 'customer') return 'other';
  const text = `${character.id} ${character.role}`;
  return STAGE_PATTERNS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'other';
}

/** Internal departments are named by their function, so two scenarios' maps read alike. */
const DEPARTMENT_NAMES: Partial<Record<Stage, string>> = {
  buying: 'Buying',
  warehouse: 'Warehouse & Dispatch',
  finance: 'Finance',
  data: 'Data Protection',
  marketing: 'Marketing',
  store: 'Store operations',
};

/** The name of the link itself: the organisation or department the person stands for. */
export function linkName(character: Character): string {
  if (character.kind === 'customer') return character.name;
  const department = DEPARTMENT_NAMES[stageOf(character)];
  if (department && character.kind !== 'partner') return department;
  // "Account manager, Calder Upholstery": the organisation follows the comma.
  const comma = character.role.indexOf(', ');
  return comma === -1 ? character.role : character.role.slice(comma + 2);
}

export type Flow = 'goods' | 'service' | 'information';

export interface ChainLink {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly flow: Flow;
  /** Information travelling back up the chain: what makes it a loop and not a line. */
  readonly feedback: boolean;
  readonly label: string;
}

export const FRONT_LINE_ID = 'you';

/** Goods move supplier → warehouse → courier → customer, skipping stages the cast lacks. */
const GOODS_STAGES: readonly Stage[] = ['supplier', 'warehouse', 'courier'];

export function chainLinks(characters: readonly Character[]): ChainLink[] {
  const links: ChainLink[] = [];
  const add = (from: string, to: string, flow: Flow, label: string, feedback = false) => {
    links.push({ id: `${from}>${to}:${flow}`, from, to, flow, feedback, label });
  };
  const customers = characters.filter((c) => c.kind === 'customer').map((c) => c.id);
  const at = (stage: Stage) => characters.filter((c) => stageOf(c) === stage).map((c) => c.id);

  // The front line is the hub: every link has a way in and a way back.
  for (const customer of customers) {
    add(customer, FRONT_LINE_ID, 'information', 'Complaints, questions and feedback', true);
    add(FRONT_LINE_ID, customer, 'information', 'Updates, promises and apologies');
  }
  for (const character of characters) {
    if (character.kind === 'customer') continue;
    const colleague = character.kind === 'colleague';
    add(
      FRONT_LINE_ID,
      character.id,
      'information',
      colleague ? 'Escalations and updates' : 'Requests, bookings and customer feedback passed on',
    );
    add(
      character.id,
      FRONT_LINE_ID,
      'information',
      colleague ? 'Decisions, authority and coaching' : 'Notices, performance data and feedback',
      true,
    );
  }

  const goods = GOODS_STAGES.map(at).filter((ids) => ids.length > 0);
  goods.forEach((stage, index) => {
    const next = goods[index + 1];
    for (const from of stage) {
      if (next) for (const to of next) add(from, to, 'goods', 'Goods');
      else for (const to of customers) add(from, to, 'goods', 'Delivery');
    }
  });
  for (const fitter of at('fitter'))
    for (const to of customers) add(fitter, to, 'service', 'Fitting at home');
  for (const centre of at('contact-centre'))
    for (const to of customers) add(centre, to, 'service', 'Phone and chat support');
  for (const finance of at('finance'))
    for (const to of customers) add(finance, to, 'service', 'Refunds and credit');
  for (const marketing of at('marketing')) {
    for (const to of customers) add(marketing, to, 'information', 'Promotions and offers');
    for (const to of at('warehouse')) add(marketing, to, 'information', 'Promotion plans');
  }
  // Buying holds the supplier contract, so supplier notices reach Buying first.
  for (const buying of at('buying')) {
    for (const supplier of at('supplier')) {
      add(buying, supplier, 'information', 'Orders and contract management');
      add(supplier, buying, 'information', 'Delay notices and performance data', true);
    }
  }
  return links;
}

export interface Touchpoint {
  readonly id: string;
  readonly label: string;
  /** The links that serve the customer at this touchpoint. */
  readonly via: readonly string[];
}

/** The customer's journey, in the order a customer meets it, from the cast present. */
export function touchpointsOf(characters: readonly Character[]): Touchpoint[] {
  const ids = (...stages: Stage[]) =>
    characters.filter((c) => stages.includes(stageOf(c))).map((c) => c.id);
  const goods = GOODS_STAGES.map((stage) => ids(stage)).filter((list) => list.length > 0);
  const candidates: Touchpoint[] = [
    { id: 'promotions', label: 'Promotions and offers', via: ids('marketing') },
    { id: 'order', label: 'Order, in store or online', via: [FRONT_LINE_ID, ...ids('store')] },
    { id: 'delivery', label: 'Delivery', via: goods.at(-1) ?? [] },
    { id: 'fitting', label: 'Fitting at home', via: ids('fitter') },
    { id: 'contact-centre', label: 'Phone and chat', via: ids('contact-centre') },
    { id: 'customer-service', label: 'Customer service contact', via: [FRONT_LINE_ID] },
    { id: 'returns', label: 'Returns and collections', via: ids('warehouse') },
    { id: 'refund', label: 'Refunds and credit', via: ids('finance') },
    { id: 'privacy', label: 'Personal data and privacy', via: ids('data') },
  ];
  return candidates.filter((touchpoint) => touchpoint.via.length > 0);
}
