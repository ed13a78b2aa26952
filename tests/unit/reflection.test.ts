import { describe, expect, it } from 'vitest';
import {
  describeAttempt,
  emptyReflection,
  GIBBS_STAGES,
  isUntouched,
  parseReflection,
  PDCA_STEPS,
  principlesToAnalyse,
  reflectionSchema,
  reflectionText,
  startReflection,
  type Reflection,
} from '../../src/sim/scoring/reflection.ts';
import {
  calibrate,
  calibrationSentence,
  parseSelfRating,
} from '../../src/sim/scoring/self-rating.ts';
import { firstPerson, unquote, whenLabel } from '../../src/sim/story/phrasing.ts';
import { resultOf } from '../../src/sim/evidence/result.ts';
import { attemptKey, ResultsStore } from '../../src/ui/storage/results-store.ts';
import { played, tinyScenario } from './fixture-story.ts';

const scenario = tinyScenario();
const NOW = '2025-06-09T10:00:00.000Z';

describe('the guided reflection', () => {
  it("follows Gibbs' six stages in order, then plan–do–check–act", () => {
    expect(GIBBS_STAGES.map((s) => s.label)).toEqual([
      'Description',
      'Feelings',
      'Evaluation',
      'Analysis',
      'Conclusion',
      'Action plan',
    ]);
    expect(PDCA_STEPS.map((s) => s.id)).toEqual(['plan', 'do', 'check', 'act']);
  });

  it('starts the description with a short scaffold: the key decision, a strength, one thing to change', () => {
    const { state, scores } = played(scenario, [0, 1]).view;
    const text = describeAttempt(state, scenario.meta, scores);
    expect(text).toContain(
      'In “Tiny test” I was the Customer Service Coordinator at Northway Home.',
    );
    expect(text).toMatch(/The decision that mattered most came at .+, when I chose to /);
    expect(text).toContain('It ended: Half sorted.');
    // The strength's example is not the key decision told again.
    expect(text).toMatch(/What went (well|best): Listening and empathy, rated \w+\.\n/);
    expect(text).toMatch(/What I would do differently: Two-way partner communication was my /);
    expect(text.endsWith('Next time I would …')).toBe(true);
  });

  it('starts a valid reflection with only the description filled in', () => {
    const { state, scores } = played(scenario, [1, 1]).view;
    const reflection = startReflection(state, scenario.meta, scores, NOW);
    expect(reflectionSchema.safeParse(reflection).success).toBe(true);
    expect(reflection.feelings).toBe('');
    expect(isUntouched(reflection, reflection.description)).toBe(true);
    expect(
      isUntouched(
        { ...reflection, pdca: { ...reflection.pdca, check: 'KPI' } },
        reflection.description,
      ),
    ).toBe(false);
  });

  it('rejects a stored reflection with a missing stage or a wrong version', () => {
    const good = emptyReflection(NOW);
    expect(parseReflection(good)).toEqual(good);
    const missing: Partial<Reflection> = { ...good };
    delete missing.feelings;
    expect(parseReflection(missing)).toBeNull();
    expect(parseReflection({ ...good, version: 99 })).toBeNull();
    expect(parseReflection('not an object')).toBeNull();
  });

  it('offers the weakest evidenced principles first for the analysis', () => {
    const { scores } = played(scenario, [0, 1]).view;
    const order = principlesToAnalyse(scores).map((s) => s.dimension);
    expect(order).toEqual(['partner-communication', 'listening']);
  });
});

describe('self-rating beside the evidence', () => {
  it('says whether the learner over- or under-rated themselves, and by how much', () => {
    expect(calibrate('strong', 'developing')).toEqual({
      kind: 'over',
      self: 'strong',
      actual: 'developing',
      by: 2,
    });
    expect(calibrate('not-yet', 'secure').kind).toBe('under');
    expect(calibrate('secure', 'secure').kind).toBe('matched');
    expect(calibrate(undefined, 'secure').kind).toBe('unrated');
    expect(calibrate('secure', null).kind).toBe('unevidenced');
    expect(calibrationSentence(calibrate('strong', 'developing'))).toMatch(
      /over-rated yourself by 2 bands/,
    );
    expect(calibrationSentence(calibrate('developing', 'secure'))).toMatch(
      /under-rated yourself by one band/,
    );
  });

  it('validates a stored rating', () => {
    expect(parseSelfRating({ listening: 'secure' })).toEqual({ listening: 'secure' });
    expect(parseSelfRating({ listening: 'brilliant' })).toBeNull();
    expect(parseSelfRating({ juggling: 'secure' })).toBeNull();
  });
});

/** Enough of the Web Storage API for the store, kept in a Map. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

describe('reflection and self-rating saved with the attempt', () => {
  const { view } = played(scenario, [0, 1]);
  const result = resultOf(view, NOW, '2025-06-09T10:20:00.000Z');

  it('keeps both beside the result, keyed by when it finished and which scenario', () => {
    const storage = new MemoryStorage();
    const store = new ResultsStore(storage);
    store.add(result);
    const reflection = {
      ...startReflection(view.state, scenario.meta, view.scores, NOW),
      feelings: 'Nervous.',
    };
    expect(store.saveSelfRating(result, { listening: 'secure' })).toBe(true);
    expect(store.saveReflection(result, reflection)).toBe(true);
    expect(store.notesFor(result)).toEqual({
      selfRating: { listening: 'secure' },
      reflection,
      problems: [],
    });
    expect(store.notesFor({ ...result, finishedAt: NOW })).toEqual({
      selfRating: null,
      reflection: null,
      problems: [],
    });
    expect(attemptKey(result)).toBe('2025-06-09T10:20:00.000Z|tiny');
  });

  it('validates on read, and says which piece could not be read', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      'service-chain:attempt-notes',
      JSON.stringify({
        [attemptKey(result)]: { selfRating: { listening: 'secure' }, reflection: { version: 1 } },
      }),
    );
    const notes = new ResultsStore(storage).notesFor(result);
    expect(notes.selfRating).toEqual({ listening: 'secure' });
    expect(notes.reflection).toBeNull();
    expect(notes.problems).toEqual(['your saved reflection could not be read']);
  });

  it('keeps a damaged notes record aside instead of overwriting it', () => {
    const storage = new MemoryStorage();
    storage.setItem('service-chain:attempt-notes', '[not json');
    expect(new ResultsStore(storage).saveSelfRating(result, { listening: 'strong' })).toBe(true);
    const kept = [...Array(storage.length).keys()].map((i) => storage.key(i) ?? '');
    expect(kept.some((key) => key.startsWith('service-chain:attempt-notes:damaged:'))).toBe(true);
  });
});

describe('phrasing the attempt back to the learner', () => {
  it('turns choices into first-person sentences without doubling quotation marks', () => {
    expect(firstPerson('"Sorry, that was our mistake."')).toBe(
      'I said: “Sorry, that was our mistake.”',
    );
    expect(firstPerson('Ring Graham Calder.')).toBe('I chose to ring Graham Calder.');
    expect(firstPerson('CRM check first.')).toBe('I chose the option “CRM check first.”');
    expect(firstPerson("Don't wait to hear: check with Calder.")).toBe(
      'I chose not to wait to hear: check with Calder.',
    );
    expect(firstPerson('Partner: a specialist carrier.')).toBe(
      'I chose the option “Partner: a specialist carrier.”',
    );
  });

  it('quotes an option that is not an instruction, or that speaks to the learner as "you"', () => {
    expect(
      firstPerson(
        'Wait until Kasia has shown you how NH-52231 was packed and labelled before you ring Pennine about it.',
      ),
    ).toBe(
      'I chose the option “Wait until Kasia has shown you how NH-52231 was packed and labelled before you ring Pennine about it.”',
    );
    expect(firstPerson('Before you ring Pennine, check the packing.')).toMatch(
      /^I chose the option “Before/,
    );
    expect(firstPerson('The fault is internal: fix the bins.')).toMatch(/^I chose the option “The/);
    expect(firstPerson("Pennine's driver must have swapped it.")).toMatch(/^I chose the option/);
    expect(unquote('“Well.”')).toBe('Well.');
    expect(unquote('Plain text')).toBe('Plain text');
  });

  it('says which day a time falls on once the weekday names repeat', () => {
    expect(whenLabel(30)).toBe('Mon 09:30');
    expect(whenLabel(24 * 60)).toBe('Tue 09:00');
    expect(whenLabel(7 * 24 * 60 + 8)).toBe('Mon 09:08 (day 8)');
  });

  it('gives a dated story its dates', () => {
    const start = { at: Date.UTC(2025, 2, 4, 13, 10) / 60000, dated: true };
    expect(whenLabel(0, start)).toBe('Tue 4 Mar 13:10');
    expect(whenLabel(28 * 24 * 60, start)).toBe('Tue 1 Apr 13:10');
  });
});

describe('the reflection as a download', () => {
  const reflection: Reflection = {
    ...emptyReflection(NOW),
    description: 'I rang the supplier.',
    pdca: { plan: 'Check the inbox daily.', do: '', check: '', act: '' },
  };

  it('starts with the scenario, the learner and the date of the attempt', () => {
    const text = reflectionText(reflection, {
      scenario: 'A late supplier',
      learner: 'Priya Shah',
      date: '2 December 2026',
    });
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Reflection: A late supplier',
      'Learner: Priya Shah',
      'Date of the attempt: 2 December 2026',
    ]);
  });

  it('gives every stage its heading, and says which were left unwritten', () => {
    const text = reflectionText(reflection, { scenario: 'S', learner: null, date: 'today' });
    expect(text).toContain('Learner: (no name given)');
    expect(text).toContain('Description\nI rang the supplier.\n');
    expect(text).toContain('Feelings\n(not written)\n');
    expect(text).toContain('Action plan, Plan\nCheck the inbox daily.\n');
    for (const stage of GIBBS_STAGES) expect(text).toContain(`${stage.label}\n`);
  });
});
