/**
 * The session: it drives the story, feeds each line's tags to the simulation
 * state, and exposes one immutable view for the presentation. Its whole
 * progress is the path of choices made, so it saves after every choice and
 * resumes exactly by replaying that path.
 */
import { StoryRunner, type StoryExternals } from '../story/story-runner.ts';
import {
  addLine,
  checkDateline,
  applyChoice,
  initialState,
  recordHistory,
  type SimState,
} from './sim-state.ts';
import { applyTags } from './apply-tags.ts';
import { moodOf, stanceOf } from '../people/people.ts';
import type { Scenario } from '../story/scenario.ts';
import { displayOrder } from '../story/choice-order.ts';
import type { StoryOpening, StoryPoint } from './opening.ts';
import { scoresOf, type DimensionScore } from '../scoring/scoring.ts';

/** The problem a session records when the story stops with no choices and no ending. */
export const NO_ENDING_PROBLEM = 'the story ended without an "# ending:" tag';

export interface SessionView {
  readonly scenario: Scenario;
  readonly state: SimState;
  /** The options of the current decision, in Ink's order; empty when the scenario has finished. */
  readonly choices: readonly string[];
  /** The order they are shown in for this attempt: position on screen → index in `choices`. */
  readonly order: readonly number[];
  readonly finished: boolean;
  readonly scores: readonly DimensionScore[];
  readonly path: readonly number[];
  /** The attempt's seed: Ink's randomness and the order options are shown in. */
  readonly seed: number;
}

export interface SessionSnapshot {
  /**
   * Ink's save format, or for the checker's exploring session (src/sim/checker/exploring-session.ts)
   * a mark that only its own runner can resume.
   */
  readonly ink: string | StoryMark;
  readonly state: SimState;
  readonly choices: readonly string[];
  readonly steps: readonly number[];
}

/** A point an exploring story can come back to; only the runner that made it can resume it. */
export interface StoryMark {
  readonly frozen: unknown;
}

export type ChooseResult = { ok: true } | { ok: false; error: string };
export type ReplayResult =
  { ok: true; session: Session } | { ok: false; error: string; session: Session };

export class Session {
  /** The story's host, made when first needed (`runner`): a session from an opening needs none yet. */
  protected made: StoryRunner | null = null;
  /** Ink's state a runner made later starts from (a scenario's opening), if not the top. */
  private startInk: string | undefined;
  /**
   * Where each option of the current decision leads, worked out by the build, while Ink has not
   * been started: a choice then takes effect without parsing the story (see opening.ts).
   */
  private known: readonly StoryPoint[] | undefined;
  protected readonly externals: StoryExternals;
  private state: SimState;
  private choices: readonly string[] = [];
  private readonly steps: number[] = [];
  private cachedView: SessionView | null = null;
  /** A speaker named by tags Ink handed over before the line was finished. */
  private earlySpeaker: string | null = null;
  /** The state just after the last choice, for a remembered move that has to be played again. */
  private moveStart: SimState;

  protected constructor(
    readonly scenario: Scenario,
    protected readonly seed: number,
  ) {
    this.state = initialState(scenario.meta);
    this.moveStart = this.state;
    this.externals = {
      mood: (who) => {
        const person = this.state.people[who];
        return person ? (moodOf(person) ?? stanceOf(person) ?? '') : '';
      },
      trust: (who) => {
        const person = this.state.people[who];
        return person?.kind === 'partner' ? person.relationship.context.trust : 0;
      },
      earlyTags: (tags) => {
        const applied = applyTags(this.state, tags, scenario.meta);
        this.setState(applied.state);
        this.earlySpeaker = applied.speaker ?? this.earlySpeaker;
      },
      rewind: () => {
        this.earlySpeaker = null;
        this.setState(this.moveStart);
      },
    };
  }

  /**
   * The story's host; a session from an opening parses the story only now. From then on Ink
   * moves the story, so the points the build worked out ahead are no longer used.
   */
  protected get runner(): StoryRunner {
    if (!this.made) {
      this.made = new StoryRunner(this.scenario.story, this.externals, this.seed, this.startInk);
      this.known = undefined;
    }
    return this.made;
  }

  /**
   * A new attempt at its first decision: from the scenario's opening when the
   * build worked one out (the same state Ink's opening would reach, see
   * opening.ts), else by running the story to it.
   */
  static start(scenario: Scenario, seed = 1): Session {
    const session = new Session(scenario, seed);
    if (scenario.opening) session.standAt(scenario.opening);
    else session.advance();
    return session;
  }

  /**
   * Stand at a point the build worked out (knowing where its options lead, at the opening); the
   * story, when parsed, starts from its Ink state.
   */
  private standAt(point: StoryOpening): void {
    this.startInk = point.ink;
    this.known = point.after;
    this.choices = point.choices;
    this.setState(point.state);
  }

  /** Parse the story now (in idle time), so the first choice does not wait for it. */
  prepare(): void {
    void this.runner;
  }

  /** Replay a saved path; says where it stopped fitting the story if it no longer does. */
  static replay(scenario: Scenario, path: readonly number[], seed = 1): ReplayResult {
    const session = Session.start(scenario, seed);
    for (const [step, index] of path.entries()) {
      const result = session.choose(index);
      if (!result.ok)
        return { ok: false, error: `at decision ${step + 1}, ${result.error}`, session };
    }
    return { ok: true, session };
  }

  private setState(state: SimState): void {
    this.state = state;
    this.cachedView = null;
  }

  /** Run the story to the next decision, applying each line as it comes. */
  protected advance(): void {
    for (let line = this.runner.nextLine(); line; line = this.runner.nextLine()) {
      const applied = applyTags(this.state, line.tags, this.scenario.meta);
      const speaker = applied.speaker ?? this.earlySpeaker;
      this.earlySpeaker = null;
      const checked = checkDateline(applied.state, line.text, speaker, this.scenario.meta);
      this.setState(this.withLine(checked, line.text, speaker));
    }
    let state = this.state;
    const problems = this.runner.takeProblems();
    if (problems.length > 0) state = { ...state, problems: [...state.problems, ...problems] };
    this.choices = this.runner.choices;
    if (this.choices.length === 0 && !state.ending) {
      state = {
        ...state,
        problems: [...state.problems, NO_ENDING_PROBLEM],
      };
    }
    this.setState(this.atDecision(state));
  }

  /** A line said: kept in the transcript (the checker's session only checks its speaker). */
  protected withLine(state: SimState, text: string, speaker: string | null): SimState {
    return addLine(state, text, speaker);
  }

  /** At a decision or the end: the history the report draws from (the checker keeps none). */
  protected atDecision(state: SimState): SimState {
    return recordHistory(state, state.decisions.length);
  }

  /** Whether choosing `index` now runs Ink (so inkjs must have loaded, see load-ink.ts). */
  choiceRunsInk(index: number): boolean {
    return !this.known?.[index];
  }

  choose(index: number): ChooseResult {
    if (!Number.isInteger(index) || index < 0 || index >= this.choices.length) {
      return {
        ok: false,
        error:
          this.choices.length === 0
            ? 'the scenario has finished, so there is nothing to choose'
            : `there is no option ${index + 1}: this decision has ${this.choices.length}`,
      };
    }
    this.setState(applyChoice(this.state, this.choices, index));
    this.moveStart = this.state;
    this.steps.push(index);
    // Where the build worked out this option leads (a first choice before the parse), else Ink.
    const known = this.known?.[index];
    if (known) this.standAt(known);
    else {
      this.runner.choose(index);
      this.advance();
    }
    return { ok: true };
  }

  get view(): SessionView {
    this.cachedView ??= {
      scenario: this.scenario,
      state: this.state,
      choices: this.choices,
      order: displayOrder(this.choices, this.seed, this.steps.length, this.scenario.pins),
      finished: this.choices.length === 0,
      scores: scoresOf(this.state, this.scenario),
      path: [...this.steps],
      seed: this.seed,
    };
    return this.cachedView;
  }

  /** The attempt's seed: Ink's randomness and the order options are shown in. */
  get attemptSeed(): number {
    return this.seed;
  }

  get path(): readonly number[] {
    return this.steps;
  }

  get options(): readonly string[] {
    return this.choices;
  }

  get simState(): SimState {
    return this.state;
  }

  visits(knot: string): number {
    return this.runner.visits(knot);
  }

  /** Everything needed to come back to this exact point later in the same session. */
  snapshot(): SessionSnapshot {
    return {
      ink: this.inkPoint(),
      state: this.state,
      choices: this.choices,
      steps: [...this.steps],
    };
  }

  restore(snapshot: SessionSnapshot): void {
    this.resumeInk(snapshot.ink);
    this.choices = snapshot.choices;
    this.steps.splice(0, this.steps.length, ...snapshot.steps);
    this.setState(snapshot.state);
  }

  /** Where Ink stands, to come back to: its save format. */
  protected inkPoint(): string | StoryMark {
    return this.runner.saveState();
  }

  /** Ink back where `inkPoint` was taken. */
  protected resumeInk(ink: string | StoryMark): void {
    if (typeof ink !== 'string')
      throw new Error('a mark can only be resumed by the exploring session that made it');
    this.runner.loadState(ink);
  }

  /** An independent copy at the same point, for exploring what another choice would do. */
  fork(): Session {
    const copy = new Session(this.scenario, this.seed);
    copy.restore(this.snapshot());
    return copy;
  }

  /** Ink's save format of where the story stands (not for exploring sessions). */
  saveInk(): string {
    return this.runner.saveState();
  }

  /** Where the current options were written, joined by "|" (see StoryRunner.decisionPoint). */
  get decisionPoint(): string {
    return this.runner.decisionPoint;
  }
}
