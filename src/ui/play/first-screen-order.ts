/**
 * The order a scenario page's script gives the first screen's options (first-screen-script.ts):
 * a module of its own so that tests of the play view adopting that screen order it the same way.
 */
import { displayOrder } from '../../sim/story/choice-order.ts';
import type { OptionPlace } from '../../sim/story/tags.ts';

/** The options in the attempt's order, numbered by their place, as the play view numbers them. */
export function putInOrder(group: Element, seed: number, pins: Record<string, OptionPlace>): void {
  const buttons = [...group.querySelectorAll<HTMLElement>('button.choice')];
  const byIndex = new Map(buttons.map((button) => [Number(button.dataset['index']), button]));
  const options = [...byIndex.keys()]
    .sort((a, b) => a - b)
    .map((index) => byIndex.get(index)?.lastElementChild?.textContent ?? '');
  const ordered = displayOrder(options, seed, 0, pins).map((index) => byIndex.get(index)!);
  ordered.forEach((button, position) => {
    const key = button.querySelector('.key');
    if (key) key.textContent = String(position + 1);
  });
  group.replaceChildren(...ordered);
}
