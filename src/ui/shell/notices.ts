/**
 * The notices above every screen: what went wrong, what was kept, what the
 * learner may do next. One with a key replaces the earlier one with that key.
 */
import { h } from './dom.ts';
import { loadTrouble } from './load-trouble.ts';

export class Notices {
  readonly element: HTMLElement = h('div', { className: 'notices', role: 'alert' });

  /**
   * `place` puts the notices on the page when one is said before any screen has (the app's
   * first screen failing to load part of itself): a screen adds them when it is shown.
   */
  constructor(private readonly place: (element: HTMLElement) => void = () => undefined) {}

  /**
   * Show a notice; one with a `key` replaces the earlier notice with that key,
   * never stacks, and the same words again leave it as it is (not announced again).
   */
  notify(message: string, actions: HTMLElement[] = [], key?: string): HTMLElement {
    const same = key ? this.element.querySelector<HTMLElement>(`[data-notice="${key}"]`) : null;
    if (same && actions.length === 0 && same.textContent === message) return same;
    const notice = h(
      'div',
      { className: 'notice', 'data-notice': key },
      h('p', {}, message),
      ...actions,
    );
    const earlier = key
      ? [...this.element.children].find((child) => child.getAttribute('data-notice') === key)
      : undefined;
    if (earlier) earlier.replaceWith(notice);
    else this.element.append(notice);
    if (!this.element.isConnected) this.place(this.element);
    return notice;
  }

  /** Remove the notice with this key, if one is showing. */
  dismiss(key: string): void {
    this.element.querySelector(`[data-notice="${key}"]`)?.remove();
  }

  clear(): void {
    this.element.replaceChildren();
  }

  /** This notice alone, in place of every other (a fault in the scenario). */
  only(message: string): void {
    this.element.replaceChildren(h('div', { className: 'notice' }, h('p', {}, message)));
  }

  /** Say plainly that a part did not load, with a Try again button that takes the focus. */
  offerRetry(key: string, what: string, kept: string, retry: () => void, error: unknown): void {
    const trouble = loadTrouble({ what, kept, retry, error });
    this.notify(trouble.message, trouble.actions, key);
    trouble.actions[0]?.focus();
  }
}
