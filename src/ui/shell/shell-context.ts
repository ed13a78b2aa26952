/**
 * What the parts of the application shell share: the page it was given
 * (`AppOptions`), the scenario in play (`Playing`), and the shell's own
 * services (`Shell`) that the play, save and end-of-scenario parts call.
 */
import type { Result } from '../../sim/evidence/result.ts';
import type { Session } from '../../sim/session/session.ts';
import type { Scenario } from '../../sim/story/scenario.ts';
import type { Stage } from '../../stage/stage-types.ts';
import type { Reporter } from '../../lms/reporter.ts';
import type { PlayView } from '../play/play-view.ts';
import type { PlaySearch } from '../report/stronger-later.ts';
import type { ResultsStore } from '../storage/results-store.ts';
import type { SoundHooks } from '../settings/deferred-sound.ts';
import type { Notices } from './notices.ts';
import type { Route } from './route.ts';
import type { StageHolder } from './stage-holder.ts';

export interface AppOptions {
  readonly root: HTMLElement;
  readonly stageHost: HTMLElement;
  /** Where the stage waits when no scenario is in play. */
  readonly stageParking: HTMLElement;
  readonly title: HTMLElement;
  /** The top bar's buttons, where the "Pause / menu" button sits during play. */
  readonly actions: HTMLElement;
  readonly storage: Storage;
  /** False when the storage is memory only (the page may not use the browser's storage). */
  readonly persistent?: boolean;
  /** Start the stage; `onTrouble` is called when its pictures cannot be drawn. */
  readonly loadStage: (onTrouble: (error: unknown) => void) => Promise<Stage>;
  readonly sound: SoundHooks;
  /** A learning platform (LMS) to report to and resume from, when the game was launched by one. */
  readonly reporter?: Reporter;
}

export interface Playing {
  readonly scenario: Scenario;
  session: Session;
  view: PlayView;
  startedAt: string;
  /** Set when the scenario has finished: the kept attempt and its end screen. */
  result?: Result;
  endShown?: boolean;
  /** The save is removed only once the report is on screen (its chunk may fail to load). */
  clearOnReport?: boolean;
  /** Each decision's options tried during play, for the report's stronger choices. */
  search?: PlaySearch;
  searchStarted?: boolean;
}

export interface Shell {
  readonly options: AppOptions;
  readonly notices: Notices;
  readonly stage: StageHolder;
  /** Replace the screen's content (the notices stay above it). */
  setMain(...children: HTMLElement[]): void;
  /**
   * Make `element`, already on the page (a scenario page's first screen), the screen's content
   * without moving it, so it is not laid out afresh (the notices go above it).
   */
  adoptMain(element: HTMLElement): void;
  /** Go to a screen as a new history entry, so Back returns here. */
  navigate(route: Route): void;
  /** The kept attempts, read and validated (their code, with zod, is loaded when first asked for). */
  results(): Promise<ResultsStore>;
}
