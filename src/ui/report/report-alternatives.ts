/**
 * "Where a stronger choice was open": for the weakest moments, the option
 * that would have scored better on the same principle, and what it would have
 * changed at once — scores, what the other person would have said, and their
 * mood or trust. A button can put the learner back at that decision.
 */
import type { PersonEffect, StrongerChoice } from '../../sim/scoring/alternatives.ts';
import { RUBRIC } from '../../sim/scoring/rubric-texts.ts';
import { characterOf, type ScenarioMeta } from '../../sim/story/scenario.ts';
import { h } from '../shell/dom.ts';
import { unquote } from '../../sim/story/phrasing.ts';
import { personName, signed, stateWords } from './report-words.ts';

export interface ReplayRequest {
  /** The choices to replay; the learner then stands at decision `path.length + 1`. */
  readonly path: number[];
  /** The seed of the attempt replayed, so its options keep the order the learner saw. */
  readonly seed?: number;
}

function effectLine(meta: ScenarioMeta, effect: PersonEffect): string | null {
  const { chosen, alternative } = effect;
  if (!alternative) return null;
  const name = personName(meta, effect.who);
  const kind = characterOf(meta, effect.who)?.kind;
  if (kind === 'customer') {
    const was = chosen ? ` instead of ${stateWords(chosen.state)}` : '';
    return `${name} would have been ${stateWords(alternative.state)}${was}.`;
  }
  const was = chosen ? ` instead of ${chosen.level}` : '';
  return `${name}'s trust would have been ${alternative.level}${was} (${stateWords(alternative.state)}).`;
}

function suggestion(
  meta: ScenarioMeta,
  s: StrongerChoice,
  replayFrom?: (request: ReplayRequest) => void,
): HTMLElement {
  const number = s.decision + 1;
  const dimension = RUBRIC[s.dimension].name;
  const effects = s.people.flatMap((p) => effectLine(meta, p) ?? []);
  return h(
    'article',
    { className: 'stronger', id: `stronger-${number}` },
    h('h4', {}, `Decision ${number} · ${dimension}`),
    h(
      'p',
      { className: 'stronger-chosen' },
      h('span', { className: 'tag tag-chosen' }, 'You chose'),
      ' ',
      h('q', {}, unquote(s.chosenText)),
      ` (${signed(s.chosenScore)} on ${dimension})`,
    ),
    h(
      'p',
      { className: 'stronger-better' },
      h('span', { className: 'tag tag-better' }, 'Stronger'),
      ' ',
      h('q', {}, unquote(s.betterText)),
      ` (${signed(s.betterScore)} on ${dimension})`,
    ),
    h('p', { className: 'stronger-lead' }, 'What it would have changed straight away:'),
    h(
      'ul',
      { className: 'stronger-effects' },
      ...s.moments.map((m) =>
        h(
          'li',
          { className: m.delta > 0 ? 'moment gained' : 'moment lost' },
          h('span', { className: 'delta' }, `${signed(m.delta)} `),
          `${RUBRIC[m.dimension].name} — ${m.why}`,
        ),
      ),
      s.reply
        ? h(
            'li',
            {},
            `${personName(meta, s.reply.speaker)} would have said: `,
            h('q', {}, unquote(s.reply.text)),
          )
        : null,
      ...effects.map((line) => h('li', {}, line)),
    ),
    replayFrom
      ? h(
          'button',
          {
            type: 'button',
            className: 'secondary',
            onclick: () => replayFrom({ path: [...s.replayPath] }),
          },
          `Try decision ${number} again`,
        )
      : null,
  );
}

export function renderStronger(
  meta: ScenarioMeta,
  stronger: readonly StrongerChoice[],
  replayFrom?: (request: ReplayRequest) => void,
): HTMLElement {
  return h(
    'section',
    { className: 'report-part stronger-choices', 'aria-labelledby': 'stronger-heading' },
    h('h3', { id: 'stronger-heading' }, 'Where a stronger choice was open'),
    stronger.length === 0
      ? h('p', {}, 'At every decision that was scored, you took the strongest option on offer.')
      : h(
          'p',
          { className: 'part-intro' },
          'Your weakest moments, and the option that would have done better on the same principle. Only the immediate effect is shown: what followed would have depended on your next choices too.',
        ),
    ...stronger.map((s) => suggestion(meta, s, replayFrom)),
  );
}

/** The section while its suggestions are still being found, or when they could not be. */
export function renderStrongerPending(searching = true): HTMLElement {
  return h(
    'section',
    {
      className: 'report-part stronger-choices',
      'aria-labelledby': 'stronger-heading',
      'aria-busy': searching ? 'true' : null,
    },
    h('h3', { id: 'stronger-heading' }, 'Where a stronger choice was open'),
    h(
      'p',
      { className: 'part-intro' },
      searching
        ? 'Trying the other options at your weakest moments…'
        : 'The other options could not be tried this time; the rest of the report stands.',
    ),
  );
}
