/**
 * What the projector shows of the story: how things stand (the clock and how
 * each person feels), the newest stretch of the story, and the question the
 * tutor asks the class about it.
 */
import { clockLabel } from '../../sim/story/clock.ts';
import { feelingWords } from '../../sim/people/people.ts';
import { characterName } from '../../sim/story/scenario.ts';
import type { SessionView } from '../../sim/session/session.ts';
import { h } from '../shell/dom.ts';
import { linesWithFigures } from '../shell/figures-table.ts';

export function classDashboard(view: SessionView): HTMLElement {
  const people = view.scenario.meta.characters.flatMap((character) => {
    const person = view.state.people[character.id];
    const words = person ? feelingWords(person) : null;
    return words ? [h('li', {}, `${character.name}: ${words}`)] : [];
  });
  return h(
    'ul',
    { className: 'class-dash', 'aria-label': 'How things stand' },
    h('li', {}, `Time: ${clockLabel(view.state.clock, view.scenario.meta.start)}`),
    ...people,
  );
}

/** The story from transcript entry `from` on: the stretch the class is deciding on. */
export function classSituation(view: SessionView, from: number): HTMLElement {
  const lines = view.state.transcript.slice(from).filter((entry) => entry.kind !== 'event');
  return h(
    'div',
    {
      className: 'class-situation',
      role: 'log',
      'aria-label': 'The story so far',
      // Scrollable, so it must be reachable by keyboard.
      tabindex: 0,
    },
    ...linesWithFigures(lines, (entry) =>
      h(
        'p',
        { className: `line ${entry.kind}` },
        entry.kind === 'choice'
          ? h('strong', {}, 'The class chose: ')
          : entry.speaker
            ? h('strong', {}, `${characterName(view.scenario.meta, entry.speaker)}: `)
            : null,
        entry.text,
      ),
    ),
  );
}

/** The tutor's question: "Discuss" before a vote, "Now discuss" after a consequence. */
export function classQuestion(question: string, after: boolean): HTMLElement {
  return h(
    'section',
    { className: 'class-question', 'aria-labelledby': 'question-heading' },
    h('h3', { id: 'question-heading' }, after ? 'Now discuss' : 'Discuss'),
    h('p', {}, question),
  );
}
