/**
 * Connects the audio module to the game: the scene's ambience, a cue when a customer's mood
 * moves, when a case escalates and when the scenario ends, and a tick when a choice is made.
 *
 * Sound never carries meaning alone: every cue that tells the learner something is also shown
 * on screen (the people panel, the transcript, the report) and, with captions on, as a short
 * caption in `captionsHost`, a polite live region. Nothing is heard until the learner's first
 * click, tap or key press (`unlockOnFirstGesture`), as browsers require.
 *
 * What to play between two views is the pure function `cuesBetween`.
 */
import { SOUND_CATALOGUE } from '../../audio/catalogue.ts';
import { createAudio } from '../../audio/create-audio.ts';
import type { CueName } from '../../audio/names.ts';
import type { GameAudio, HowlFactory, SettingsStorage, SoundCatalogue } from '../../audio/types.ts';
import { MOOD_RANK } from '../../sim/people/customer-mood.ts';
import { moodOf } from '../../sim/people/people.ts';
import type { SessionView } from '../../sim/session/session.ts';
import { loadDisplaySettings } from './stored-settings.ts';

/** Leaves and comes back: a restart, a new scenario or a resumed save plays no cues. */
function movedOn(previous: SessionView, next: SessionView): boolean {
  if (previous.scenario.id !== next.scenario.id) return false;
  if (next.path.length <= previous.path.length) return false;
  return previous.path.every((choice, step) => next.path[step] === choice);
}

/**
 * The cues for moving from `previous` to `next`, in the order to play them. Nothing for the
 * first view (`previous` null), or unless `next` follows on from `previous` by further choices.
 * The ending's sting stands alone; otherwise at most one each of `escalation` (a customer's mood
 * became "escalated"), `mood-worse` and `mood-better` (another customer's mood rank fell or
 * rose), however many customers moved.
 */
export function cuesBetween(previous: SessionView | null, next: SessionView): CueName[] {
  if (previous === null || previous === next || !movedOn(previous, next)) return [];
  const ending = next.state.ending;
  if (ending !== null && previous.state.ending === null) return [`ending-${ending.outcome}`];

  let escalation = false;
  let worse = false;
  let better = false;
  for (const [who, person] of Object.entries(next.state.people)) {
    const before = previous.state.people[who];
    const now = moodOf(person);
    const was = before === undefined ? null : moodOf(before);
    if (now === null || was === null || now === was) continue;
    if (now === 'escalated') escalation = true;
    else if (MOOD_RANK[now] < MOOD_RANK[was]) worse = true;
    else if (MOOD_RANK[now] > MOOD_RANK[was]) better = true;
  }
  const cues: CueName[] = [];
  if (escalation) cues.push('escalation');
  if (worse) cues.push('mood-worse');
  if (better) cues.push('mood-better');
  return cues;
}

/** What `unlockOnFirstGesture` listens on: the document in the app, a fake in tests. */
export type GestureTarget = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

/** What the captions need of their host: an element in the app, a fake in tests. */
export type CaptionsHost = Pick<HTMLElement, 'textContent' | 'setAttribute' | 'hasAttribute'> & {
  readonly classList: Pick<DOMTokenList, 'add'>;
};

export interface GameSoundOptions {
  /** Defaults to the real files. */
  readonly sounds?: SoundCatalogue;
  /** Defaults to Howler. */
  readonly howl?: HowlFactory;
  /** Where the cues not heard at unlock are loaded, one a job; defaults to a task each. */
  readonly later?: (job: () => void) => void;
  /** Whether to show captions; defaults to the learner's saved setting, read each time. */
  readonly captionsOn?: () => boolean;
  /** How long a caption stays; 4 s by default. */
  readonly captionMs?: number;
  /** The gap between cues that arrive together; 700 ms by default. */
  readonly cueGapMs?: number;
}

export interface GameSound {
  /** The live audio: pass it to `createSettingsStore` so volume changes are heard at once. */
  readonly audio: GameAudio;
  /** Unlocks sound on the first pointer or key gesture on `doc` (Escape does not count). */
  unlockOnFirstGesture(doc: GestureTarget): void;
  /** Call with the view before and after each change (`previous` null when a scenario opens). */
  onView(previous: SessionView | null, next: SessionView): void;
  /** Call when the learner makes a choice. */
  onChoice(): void;
  /** Fades the ambience out and drops pending cues, e.g. back on the menu. */
  stop(): void;
  dispose(): void;
}

/** Gesture events that browsers accept as permission to start audio. */
const GESTURES = ['pointerup', 'touchend', 'click', 'keydown'] as const;

/** At most this many captions are shown together; older ones give way. */
const MAX_CAPTIONS = 2;

interface Captioner {
  show(text: string): void;
  clear(): void;
}

function createCaptioner(host: CaptionsHost, isOn: () => boolean, lifetimeMs: number): Captioner {
  if (!host.hasAttribute('aria-live')) host.setAttribute('aria-live', 'polite');
  if (!host.hasAttribute('role')) host.setAttribute('role', 'status');
  host.classList.add('sound-captions');
  let shown: string[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;

  const clear = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    shown = [];
    host.textContent = '';
  };
  return {
    show(text) {
      if (!isOn()) return;
      // The same caption again only keeps it up longer, so a repeated cue is not re-announced.
      if (!shown.includes(text)) {
        shown = [...shown, text].slice(-MAX_CAPTIONS);
        host.textContent = shown.join('\n');
      }
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(clear, lifetimeMs);
    },
    clear,
  };
}

export function createGameSound(
  storage: SettingsStorage,
  captionsHost: CaptionsHost,
  options: GameSoundOptions = {},
): GameSound {
  const isOn = options.captionsOn ?? (() => loadDisplaySettings(storage).captions);
  const captions = createCaptioner(captionsHost, isOn, options.captionMs ?? 4000);
  const gap = options.cueGapMs ?? 700;
  const audio = createAudio({
    storage,
    sounds: options.sounds ?? SOUND_CATALOGUE,
    onCaption: (text) => captions.show(text),
    ...(options.howl ? { howl: options.howl } : {}),
    ...(options.later ? { later: options.later } : {}),
  });
  const pending = new Set<ReturnType<typeof setTimeout>>();
  let removeGestures: (() => void) | null = null;

  const dropPending = (): void => {
    for (const timer of pending) clearTimeout(timer);
    pending.clear();
  };

  return {
    audio,

    unlockOnFirstGesture(doc) {
      removeGestures?.();
      const onGesture = (event: Event): void => {
        if ((event as Partial<KeyboardEvent>).key === 'Escape') return;
        removeGestures?.();
        audio.unlock();
      };
      for (const type of GESTURES) doc.addEventListener(type, onGesture, { capture: true });
      removeGestures = () => {
        for (const type of GESTURES) doc.removeEventListener(type, onGesture, { capture: true });
        removeGestures = null;
      };
    },

    onView(previous, next) {
      audio.playAmbience(next.state.scene);
      const cues = cuesBetween(previous, next);
      if (cues.length === 0) return;
      dropPending();
      cues.forEach((cue, index) => {
        if (index === 0) return audio.playCue(cue);
        const timer = setTimeout(() => {
          pending.delete(timer);
          audio.playCue(cue);
        }, index * gap);
        pending.add(timer);
      });
    },

    onChoice() {
      audio.playCue('ui-select');
    },

    stop() {
      dropPending();
      captions.clear();
      audio.stopAmbience();
    },

    dispose() {
      removeGestures?.();
      dropPending();
      captions.clear();
      audio.dispose();
    },
  };
}
