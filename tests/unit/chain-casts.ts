/** Service chains the chain tests build, declared as a story's header tags would declare them. */
import { metaFromGlobalTags, type ScenarioMeta } from '../../src/sim/story/scenario.ts';
import { libraryCast } from './casts.ts';

export const CHAIN_HEADER = [
  'title: Test chain',
  'summary: A chain to map.',
  'duration: 10-15',
  'difficulty: foundation',
  'location: shop-floor',
];

/** The picking-error cast: a warehouse and a courier between Northway and the customer. */
export const PICKING_ERROR = [
  ...CHAIN_HEADER,
  'character: customer; oconnor-siobhan',
  'character: colleague; chen-amy',
  'character: warehouse; nowak-kasia',
  'character: courier; reid-callum',
  'partner: warehouse',
  'partner: courier',
];

/** The scenario header `tags` declare, with the library's cast; throws on any problem. */
export function chainMeta(tags: readonly string[]): ScenarioMeta {
  const result = metaFromGlobalTags(tags, libraryCast());
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.meta;
}
