import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CUE_CAPTIONS } from '../../src/audio/captions.ts';
import type { Location } from '../../src/sim/story/locations.ts';
import { sendMood } from '../../src/sim/people/people.ts';
import type { SessionView } from '../../src/sim/session/session.ts';
import { Session } from '../../src/sim/session/session.ts';
import type { Outcome, MoodEventName } from '../../src/sim/story/tags.ts';
import { DISPLAY_SETTINGS_KEY, SETTINGS_VERSION } from '../../src/ui/settings/stored-settings.ts';
import { createGameSound, cuesBetween, type CaptionsHost } from '../../src/ui/settings/sound.ts';
import { fakeHowls, memoryStorage, TEST_SOUNDS } from './audio/fakes.ts';
import { tinyScenario } from './fixture-story.ts';

const scenario = tinyScenario();
/** The tiny story's first view: Ann ("customer") is concerned, at the shop floor. */
const start: SessionView = Session.start(scenario).view;

/** A view one or more choices on from `view`, with the given changes. */
function after(
  view: SessionView,
  change: {
    moods?: Record<string, readonly MoodEventName[]>;
    ending?: Outcome;
    scene?: Location;
    choices?: number;
  } = {},
): SessionView {
  const people = { ...view.state.people };
  for (const [who, events] of Object.entries(change.moods ?? {})) {
    let person = people[who];
    if (!person) throw new Error(`no ${who}`);
    for (const type of events) person = sendMood(person, { type });
    people[who] = person;
  }
  const ending = change.ending
    ? { outcome: change.ending, title: 'End', meaning: 'It ended.' }
    : view.state.ending;
  return {
    ...view,
    state: { ...view.state, people, ending, scene: change.scene ?? view.state.scene },
    path: [...view.path, ...Array.from({ length: change.choices ?? 1 }, () => 0)],
  };
}

/** A second customer, for views with two. */
function withSecondCustomer(view: SessionView): SessionView {
  const ann = view.state.people['customer'];
  if (!ann) throw new Error('no customer');
  return { ...view, state: { ...view.state, people: { ...view.state.people, bob: ann } } };
}

describe('cuesBetween', () => {
  it('plays nothing for the first view or for the same view', () => {
    expect(cuesBetween(null, start)).toEqual([]);
    expect(cuesBetween(start, start)).toEqual([]);
  });

  it('plays nothing when the mood has not moved', () => {
    expect(cuesBetween(start, after(start))).toEqual([]);
    expect(cuesBetween(start, after(start, { scene: 'office' }))).toEqual([]);
  });

  it('plays mood-better when a customer’s mood rank rises', () => {
    expect(cuesBetween(start, after(start, { moods: { customer: ['reassure'] } }))).toEqual([
      'mood-better',
    ]);
  });

  it('plays mood-worse when it falls', () => {
    expect(cuesBetween(start, after(start, { moods: { customer: ['dismiss'] } }))).toEqual([
      'mood-worse',
    ]);
  });

  it('plays escalation, not mood-worse, when a customer escalates', () => {
    const escalated = after(start, { moods: { customer: ['dismiss', 'dismiss'] } });
    const person = escalated.state.people['customer'];
    expect(person?.kind === 'customer' && person.mood.value).toBe('escalated');
    expect(cuesBetween(start, escalated)).toEqual(['escalation']);
    // Escalated to lost is a fall, not a second escalation.
    expect(cuesBetween(escalated, after(escalated, { moods: { customer: ['fail'] } }))).toEqual([
      'mood-worse',
    ]);
  });

  it('plays each cue once however many customers move, worst news first', () => {
    const two = withSecondCustomer(start);
    expect(
      cuesBetween(two, after(two, { moods: { customer: ['resolve'], bob: ['dismiss'] } })),
    ).toEqual(['mood-worse', 'mood-better']);
    expect(
      cuesBetween(two, after(two, { moods: { customer: ['dismiss'], bob: ['dismiss'] } })),
    ).toEqual(['mood-worse']);
  });

  it('plays only the ending’s sting when the ending appears, and only once', () => {
    for (const outcome of ['strong', 'partial', 'failed'] as const) {
      const ended = after(start, { ending: outcome, moods: { customer: ['resolve'] } });
      expect(cuesBetween(start, ended)).toEqual([`ending-${outcome}`]);
      expect(cuesBetween(ended, after(ended))).toEqual([]);
    }
  });

  it('plays nothing on a restart, a resumed save or another scenario', () => {
    const later = after(start, { moods: { customer: ['dismiss'] }, choices: 2 });
    expect(cuesBetween(later, start)).toEqual([]);
    const otherPath = { ...later, path: [1, 1] };
    expect(cuesBetween(after(start, { choices: 1 }), otherPath)).toEqual([]);
    const otherScenario = { ...later, scenario: { ...scenario, id: 'other' } };
    expect(cuesBetween(start, otherScenario)).toEqual([]);
  });

  it('works on views the session really produces', () => {
    const session = Session.start(scenario);
    const first = session.view;
    session.choose(1); // "Quote the delivery policy": Ann is dismissed
    expect(cuesBetween(first, session.view)).toEqual(['mood-worse']);
    const middle = session.view;
    session.choose(0);
    expect(cuesBetween(middle, session.view)).toEqual([
      `ending-${session.view.state.ending?.outcome ?? 'none'}`,
    ]);
  });
});

function fakeHost() {
  const attributes = new Map<string, string>();
  const classes = new Set<string>();
  const host = {
    textContent: '' as string | null,
    setAttribute: (name: string, value: string) => void attributes.set(name, value),
    hasAttribute: (name: string) => attributes.has(name),
    classList: { add: (...names: string[]) => names.forEach((name) => classes.add(name)) },
  };
  return { host: host as CaptionsHost & { textContent: string | null }, attributes, classes };
}

describe('createGameSound', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const setup = (captions: boolean | undefined = undefined) => {
    const storage = memoryStorage(
      captions === undefined
        ? {}
        : { [DISPLAY_SETTINGS_KEY]: JSON.stringify({ version: SETTINGS_VERSION, captions }) },
    );
    const howls = fakeHowls();
    const { host, attributes, classes } = fakeHost();
    const sound = createGameSound(storage, host, { sounds: TEST_SOUNDS, howl: howls.factory });
    return { sound, howls, host, attributes, classes, storage };
  };

  it('makes its host a polite live region', () => {
    const { attributes, classes } = setup();
    expect(attributes.get('aria-live')).toBe('polite');
    expect(attributes.get('role')).toBe('status');
    expect(classes.has('sound-captions')).toBe(true);
  });

  it('is silent until the first gesture, then plays the scene’s ambience', () => {
    const { sound, howls } = setup();
    const doc = new EventTarget();
    sound.unlockOnFirstGesture(doc);
    sound.onView(null, start);
    expect(howls.made).toHaveLength(0);
    doc.dispatchEvent(Object.assign(new Event('keydown'), { key: 'Escape' }));
    expect(howls.made).toHaveLength(0);
    doc.dispatchEvent(new Event('pointerup'));
    expect(howls.playing()).toEqual(['shop-floor']);
    sound.onView(start, after(start, { scene: 'warehouse' }));
    expect(howls.playing()).toContain('warehouse');
  });

  it('plays ui-select on a choice, with no caption', () => {
    const { sound, howls, host } = setup();
    const doc = new EventTarget();
    sound.unlockOnFirstGesture(doc);
    doc.dispatchEvent(new Event('click'));
    sound.onChoice();
    expect(howls.get('ui-select').calls).toContain('play');
    expect(host.textContent).toBe('');
  });

  it('captions informative cues when captions are on (the default), then clears them', () => {
    const { sound, host } = setup();
    sound.onView(start, after(start, { moods: { customer: ['dismiss'] } }));
    expect(host.textContent).toBe(CUE_CAPTIONS['mood-worse']);
    vi.advanceTimersByTime(4000);
    expect(host.textContent).toBe('');
  });

  it('shows no captions when captions are off', () => {
    const { sound, host } = setup(false);
    sound.onView(start, after(start, { moods: { customer: ['dismiss', 'dismiss'] } }));
    vi.runAllTimers();
    sound.onView(start, after(start, { ending: 'strong' }));
    expect(host.textContent).toBe('');
  });

  it('does not flood: repeats are not added, and at most two captions show', () => {
    const { sound, host } = setup(true);
    const two = withSecondCustomer(start);
    const moved = after(two, { moods: { customer: ['dismiss', 'dismiss'], bob: ['resolve'] } });
    sound.onView(two, moved);
    expect(host.textContent).toBe(CUE_CAPTIONS.escalation);
    vi.advanceTimersByTime(700);
    expect(host.textContent).toBe(`${CUE_CAPTIONS.escalation}\n${CUE_CAPTIONS['mood-better']}`);
    sound.onView(two, after(two, { moods: { customer: ['resolve'] } }));
    expect(host.textContent).toBe(`${CUE_CAPTIONS.escalation}\n${CUE_CAPTIONS['mood-better']}`);
    sound.onView(two, after(two, { ending: 'failed' }));
    expect(host.textContent).toBe(
      `${CUE_CAPTIONS['mood-better']}\n${CUE_CAPTIONS['ending-failed']}`,
    );
    vi.advanceTimersByTime(4000);
    expect(host.textContent).toBe('');
  });

  it('stops listening for gestures and playing on dispose', () => {
    const { sound, howls } = setup();
    const doc = new EventTarget();
    sound.unlockOnFirstGesture(doc);
    sound.dispose();
    doc.dispatchEvent(new Event('click'));
    sound.onView(null, start);
    expect(howls.made).toHaveLength(0);
  });
});
