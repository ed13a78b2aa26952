/**
 * The SCORM 1.2 runtime adapter: finds the LMS's API object up the window
 * chain (the standard search), and carries what src/sim/evidence/lms-report.ts works
 * out to it. Every LMS failure is told to the learner in plain words, once
 * until it changes; play goes on and the device keeps its own saves.
 */
import {
  interactionOf,
  lessonStatus,
  scoreOf,
  SCORE_MAX,
  SCORE_MIN,
  timeOfDay,
  timespan,
} from '../sim/evidence/lms-report.ts';
import { encodeResume } from '../sim/session/resume-record.ts';
import type { Result } from '../sim/evidence/result.ts';
import type { Save } from '../sim/session/save.ts';
import type { SessionView } from '../sim/session/session.ts';
import type { Reporter } from './reporter.ts';

/** The calls a SCORM 1.2 LMS puts on `window.API`. */
export interface Scorm12Api {
  LMSInitialize(empty: ''): string;
  LMSFinish(empty: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(empty: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
}

const isApi = (value: unknown): value is Scorm12Api =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Partial<Scorm12Api>).LMSInitialize === 'function';

/** `window.API` of a window, or null; a window of another origin cannot be read at all. */
function apiOf(win: Window | null): Scorm12Api | null {
  try {
    const api: unknown = win ? (win as unknown as Record<string, unknown>)['API'] : undefined;
    return isApi(api) ? api : null;
  } catch {
    return null;
  }
}

function parentOf(win: Window): Window | null {
  try {
    return win.parent === win ? null : win.parent;
  } catch {
    return null;
  }
}

function openerOf(win: Window): Window | null {
  try {
    return win.opener as Window | null;
  } catch {
    return null;
  }
}

/**
 * The standard search: this window and its parents (at most 7 up, as ADL's
 * own finder does), then the window that opened this one and its parents.
 */
function findApi(start: Window): Scorm12Api | null {
  const climb = (from: Window | null): Scorm12Api | null => {
    let win = from;
    for (let level = 0; win && level <= 7; level += 1) {
      const api = apiOf(win);
      if (api) return api;
      win = parentOf(win);
    }
    return null;
  };
  return climb(start) ?? climb(openerOf(start));
}

const NO_LMS =
  'Your learning platform (LMS) could not be found, so this attempt will not be recorded there. You can still play: your progress is kept on this device.';

/** A report to a SCORM 1.2 LMS; see src/sim/evidence/lms-report.ts for what each value means. */
class Scorm12Reporter implements Reporter {
  private tell: (message: string) => void = () => {};
  private readonly startedAt: number;
  private lastShown: number;
  private reported = 0;
  private finishedSession = false;
  private failing: string | null = null;
  private pending: string | null = null;

  constructor(
    private readonly api: Scorm12Api,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.startedAt = now();
    this.lastShown = this.startedAt;
    this.call('LMSInitialize', () => api.LMSInitialize(''));
    if (['not attempted', ''].includes(api.LMSGetValue('cmi.core.lesson_status')))
      this.set('cmi.core.lesson_status', 'incomplete');
  }

  listen(tell: (message: string) => void): void {
    this.tell = tell;
  }

  resume(): string | null {
    const text = this.api.LMSGetValue('cmi.suspend_data');
    return text ? text : null;
  }

  began(view: SessionView): void {
    // A problem met before the scenario was on screen (notices are cleared as it opens).
    if (this.failing && this.pending) this.tell(this.pending);
    this.reported = view.state.decisions.length;
    this.lastShown = this.now();
  }

  saved(view: SessionView, save: Save): void {
    const at = this.now();
    for (const decision of view.state.decisions.slice(this.reported)) {
      const interaction = interactionOf(view, decision);
      const n = Number(this.api.LMSGetValue('cmi.interactions._count')) || 0;
      const key = `cmi.interactions.${n}`;
      this.set(`${key}.id`, interaction.id);
      this.set(`${key}.type`, interaction.type);
      this.set(`${key}.time`, timeOfDay(new Date(at)));
      this.set(`${key}.student_response`, interaction.response);
      this.set(`${key}.result`, interaction.result);
      this.set(`${key}.latency`, timespan(at - this.lastShown));
    }
    this.reported = view.state.decisions.length;
    this.lastShown = at;
    if (!view.finished) {
      this.set('cmi.core.lesson_location', String(save.path.length));
      this.set('cmi.suspend_data', encodeResume(save));
      this.set('cmi.core.exit', 'suspend');
      this.commit();
    }
  }

  finished(view: SessionView, _result: Result): void {
    this.set('cmi.core.score.min', String(SCORE_MIN));
    this.set('cmi.core.score.max', String(SCORE_MAX));
    this.set('cmi.core.score.raw', String(scoreOf(view)));
    this.set('cmi.core.lesson_status', lessonStatus(view));
    this.set('cmi.core.lesson_location', '');
    this.set('cmi.suspend_data', '');
    this.set('cmi.core.exit', '');
    this.set('cmi.core.session_time', timespan(this.now() - this.startedAt));
    this.commit();
  }

  /** The page is closing: the time spent, and the end of this LMS session. */
  close(): void {
    if (this.finishedSession) return;
    this.finishedSession = true;
    this.set('cmi.core.session_time', timespan(this.now() - this.startedAt));
    this.commit();
    this.call('LMSFinish', () => this.api.LMSFinish(''));
  }

  private set(element: string, value: string): void {
    this.call(`saving ${element}`, () => this.api.LMSSetValue(element, value));
  }

  private commit(): void {
    if (this.call('LMSCommit', () => this.api.LMSCommit('')) && this.failing) {
      this.failing = null;
      this.say('Your learning platform is recording your progress again.');
    }
  }

  /** Run one API call; on failure tell the learner (once until it changes). True when it worked. */
  private call(what: string, run: () => string): boolean {
    let ok: boolean;
    try {
      ok = run() === 'true';
    } catch {
      ok = false;
    }
    if (ok) return true;
    const code = this.safe(() => this.api.LMSGetLastError()) || 'unknown';
    const words = this.safe(() => this.api.LMSGetErrorString(code));
    const problem = `${what}: ${code}${words ? ` (${words})` : ''}`;
    if (this.failing !== problem) {
      this.failing = problem;
      this.say(
        `Your learning platform (LMS) did not accept your progress just now (${problem}). You can keep playing: your progress is kept on this device, and it will be sent again after your next choice.`,
      );
    }
    return false;
  }

  private safe(run: () => string): string {
    try {
      return run();
    } catch {
      return '';
    }
  }

  private say(message: string): void {
    this.pending = message;
    this.tell(message);
  }
}

/** No LMS answered: play goes on on the device, and the learner is told so once. */
class UnreachableLms implements Reporter {
  resume(): null {
    return null;
  }
  saved(): void {}
  finished(): void {}
  private tell: (message: string) => void = () => {};
  listen(tell: (message: string) => void): void {
    this.tell = tell;
  }
  /** Said when a scenario opens: the notices are cleared as it does. */
  began(): void {
    this.tell(NO_LMS);
  }
}

/** Connect to the LMS that launched this page, if it can be found. */
export function connectScorm12(win: Window): Reporter {
  const api = findApi(win);
  if (!api) return new UnreachableLms();
  const reporter = new Scorm12Reporter(api);
  win.addEventListener('pagehide', () => reporter.close());
  return reporter;
}
