import { describe, expect, it } from 'vitest';
import { buildChain } from '../../src/sim/chain/chain.ts';
import {
  chainTaskView,
  tracedLinkName,
  traceSentence,
  tracedLinks,
} from '../../src/sim/chain/chain-trace.ts';
import { applyChoice, initialState, type SimState } from '../../src/sim/session/sim-state.ts';
import { applyTags } from '../../src/sim/session/apply-tags.ts';
import { chainMeta, PICKING_ERROR } from './chain-casts.ts';

const meta = chainMeta(PICKING_ERROR);
const OPTIONS = ['The warehouse', 'The courier', 'Us'];

const tags = (state: SimState, ...lines: string[]) => applyTags(state, lines, meta).state;

/** One step of a chain task: the question is asked, the learner names a link. */
const traceStep = (state: SimState, question: string, who: string) =>
  tags(applyChoice(tags(state, `chain-task: ${question}`), OPTIONS, 0), `chain-link: ${who}`);

describe('the trace of a chain-mapping task', () => {
  it('names each link as the chain map does, and Customer Service for the front line', () => {
    expect(tracedLinkName(meta, 'warehouse')).toBe('Warehouse & Dispatch');
    expect(tracedLinkName(meta, 'courier')).toBe('Pennine Freight');
    expect(tracedLinkName(meta, 'you')).toBe('Customer Service');
  });

  it('names a service-team colleague by role, as the map does, with the person', () => {
    expect(tracedLinkName(meta, 'colleague')).toBe('Customer service adviser (Amy Chen)');
  });

  it('shows an unknown link as its id, so a typo is visible', () => {
    expect(tracedLinkName(meta, 'curier')).toBe('curier');
  });

  it('is no task before the question is asked, and no task once the step is answered', () => {
    const start = initialState(meta);
    expect(chainTaskView(meta, start)).toBeNull();
    expect(chainTaskView(meta, traceStep(start, 'Where did it start?', 'warehouse'))).toBeNull();
  });

  it('asks the first question with nothing traced yet', () => {
    const asked = tags(initialState(meta), 'chain-task: Where did it start?');
    expect(chainTaskView(meta, asked)).toEqual({
      question: 'Where did it start?',
      step: 1,
      trace: [],
    });
  });

  it('grows the trace step by step, numbered in the order the links were named', () => {
    let state = traceStep(initialState(meta), 'Where did it start?', 'warehouse');
    state = traceStep(state, 'Which external link carried it?', 'courier');
    state = tags(state, 'chain-task: Where must it flow back to?');
    const task = chainTaskView(meta, state);
    expect(task?.question).toBe('Where must it flow back to?');
    expect(task?.step).toBe(3);
    expect(task?.trace).toEqual([
      {
        number: 1,
        decision: 0,
        question: 'Where did it start?',
        who: 'warehouse',
        name: 'Warehouse & Dispatch',
      },
      {
        number: 2,
        decision: 1,
        question: 'Which external link carried it?',
        who: 'courier',
        name: 'Pennine Freight',
      },
    ]);
    expect(traceSentence(task?.trace ?? [])).toBe('Warehouse & Dispatch → Pennine Freight');
  });

  it('keeps a link named twice as two numbered steps', () => {
    let state = traceStep(initialState(meta), 'Where did it start?', 'warehouse');
    state = traceStep(state, 'Where must it go back to?', 'warehouse');
    expect(tracedLinks(meta, state.chainTrace).map((l) => [l.number, l.who])).toEqual([
      [1, 'warehouse'],
      [2, 'warehouse'],
    ]);
  });

  it('is carried on the service chain, so the map shows the same trace', () => {
    let state = traceStep(initialState(meta), 'Where did it start?', 'warehouse');
    state = traceStep(state, 'Which touchpoint brought it back?', 'colleague');
    expect(buildChain(meta, state).trace.map((l) => l.name)).toEqual([
      'Warehouse & Dispatch',
      'Customer service adviser (Amy Chen)',
    ]);
    expect(buildChain(meta, initialState(meta)).trace).toEqual([]);
  });
});
