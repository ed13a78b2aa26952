/**
 * The options on the projector with the vote: a box per option for the hands
 * the tutor counts, or bars filling as phones vote, and the line saying how
 * many have voted. Options appear in the class's seeded order, each keeping
 * Ink's index.
 */
import { voteWords } from '../../sim/classroom/class-record.ts';
import { majorityOf } from '../../sim/classroom/class-votes.ts';
import type { SessionView } from '../../sim/session/session.ts';
import { h } from '../shell/dom.ts';
import type { ClassPhase } from './class-view.ts';

export interface VoteBoard {
  readonly phase: ClassPhase;
  /** Votes come from phones (the classroom server) rather than hands counted by the tutor. */
  readonly live: boolean;
  /** By Ink index. */
  readonly counts: readonly number[];
  readonly voters: number;
  /** The tutor typed a hand count (already a whole number, 0 or more). */
  onCount(index: number, count: number): void;
}

export function optionList(view: SessionView, board: VoteBoard): HTMLElement {
  const { phase, live, counts } = board;
  const total = counts.reduce((a, b) => a + b, 0);
  const majority = majorityOf(counts);
  const showTally = phase === 'tally' || (phase === 'voting' && live);
  return h(
    'ol',
    { className: 'class-options', 'aria-label': 'Options' },
    ...view.order.map((index, position) => {
      const text = view.choices[index] ?? '';
      const count = counts[index] ?? 0;
      const lead = phase === 'tally' && majority === index;
      return h(
        'li',
        { className: `class-option${lead ? ' lead' : ''}`, 'data-index': index },
        h('span', { className: 'option-number', 'aria-hidden': 'true' }, `${position + 1}`),
        h('span', { className: 'option-text' }, text),
        phase === 'voting' && !live
          ? h('input', {
              className: 'count',
              type: 'number',
              min: 0,
              max: 999,
              step: 1,
              inputmode: 'numeric',
              value: count,
              'aria-label': `Hands for option ${position + 1}`,
              oninput: (event: Event) => {
                const value = Number((event.target as HTMLInputElement).value);
                board.onCount(index, Number.isInteger(value) && value > 0 ? value : 0);
              },
            })
          : null,
        showTally ? tallyBar(count, total, lead) : null,
      );
    }),
  );
}

function tallyBar(count: number, total: number, lead: boolean): HTMLElement {
  const width = total === 0 ? 0 : (count / total) * 100;
  return h(
    'span',
    { className: 'tally' },
    h(
      'span',
      { className: 'tally-bar', 'aria-hidden': 'true' },
      h('span', { className: 'tally-fill', style: `width: ${width.toFixed(1)}%` }),
    ),
    h('span', { className: 'tally-words' }, voteWords(count, total), lead ? ' · most votes' : ''),
  );
}

export function voteStatus(board: VoteBoard): HTMLElement {
  const total = board.counts.reduce((a, b) => a + b, 0);
  const text = board.live
    ? `${board.voters} ${board.voters === 1 ? 'learner has' : 'learners have'} voted.`
    : `${total} ${total === 1 ? 'hand' : 'hands'} counted. Type each count, or use the arrow keys; keys 1–9 jump to an option.`;
  return h('p', { className: 'vote-status', role: 'status' }, text);
}
