/**
 * The session: it drives the story, feeds each line's tags to the simulation
 * state, and exposes one immutable view for the presentation. Its whole
 * progress is the path of choices made, so it saves after every choice and
 * resumes exactly by replaying that path.
 */
import { StoryRunner, type StoryExternals } from '../story/story-runner.ts';
import type { KeyPolicy } from '../checker/key-policy.ts';
import {
  addLine,
  checkDateline,
  applyChoice,
  futureKey,
  initialState,
  recordHistory,
  type SimState,
} from './sim-state.ts';
import { applyTags } from './apply-tags.ts';
import { moodOf, stanceOf } from '../people/people.ts';
import type { Scenario } from '../story/scenario.ts';
import { displayOrder } from '../story/choice-order.ts';
import type { StoryPoint } from './opening.ts';
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
  /** Ink's save format, or for an exploring session a mark that only its own runner can resume. */
  readonly ink: string | StoryMark;
  readonly state: SimState;
  readonly choices: readonly string[];
  readonly steps: readonly number[];
}

/** A point an exploring story can come back to; only the runner that made it can resume it. */
export interface StoryMark {
  readonly frozen: unknown;
}

/**
 * What the checker's runner adds to the game's (see `exploring-runner.ts`,
 * which the game never loads): cheap save points and the story's state key.
 */
export type ExploringStory = StoryRunner & {
  mark(): StoryMark;
  resume(mark: StoryMark): void;
  liveStateKey(policy: KeyPolicy): string;
};

export type ExploringStoryFactory = (
  compiled: string,
  externals: StoryExternals,
  seed: number,
) => ExploringStory;

export type ChooseResult = { ok: true } | { ok: false; error: string };
export type ReplayResult =
  { ok: true; session: Session } | { ok: false; error: string; session: Session };

export class Session {
  /** The story's host, made when first needed (`runner`): a session from an opening needs none yet. */
  private made: StoryRunner | null = null;
  /** Ink's state a runner made later starts from (a scenario's opening), if not the top. */
  private startInk: string | undefined;
  private readonly externals: StoryExternals;
  private state: SimState;
  private choices: readonly string[] = [];
  private readonly steps: number[] = [];
  private cachedView: SessionView | null = null;
  /** A speaker named by tags Ink handed over before the line was finished. */
  private earlySpeaker: string | null = null;
  /** The state just after the last choice, for a remembered move that has to be played again. */
  private moveStart: SimState;

  /** The checker's runner, when this is an exploring session. */
  private readonly exploring: ExploringStory | null = null;
  /** An exploring session: no transcript text or history, and snapshots are marks. */
  private readonly lean: boolean;

  private constructor(
    readonly scenario: Scenario,
    private readonly seed: number,
    private readonly makeExplorer: ExploringStoryFactory | null = null,
  ) {
    this.state = initialState(scenario.meta);
    this.moveStart = this.state;
    this.lean = makeExplorer !== null;
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
    if (makeExplorer) {
      this.exploring = makeExplorer(scenario.story, this.externals, seed);
      this.made = this.exploring;
    }
  }

  /** The story's host; a session from an opening parses the story only now. */
  private get runner(): StoryRunner {
    this.made ??= new StoryRunner(this.scenario.story, this.externals, this.seed, this.startInk);
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

  /** Stand at a point the build worked out; the story, when parsed, starts from its Ink state. */
  private standAt(point: StoryPoint): void {
    this.startInk = point.ink;
    this.choices = point.choices;
    this.setState(point.state);
  }

  /** Parse the story now (in idle time), so the first choice does not wait for it. */
  prepare(): void {
    void this.runner;
  }

  /**
   * A session for the checker, which needs the simulation but not what is only
   * shown: lines are checked but not kept in the transcript, no history is
   * recorded, and snapshots are cheap marks instead of Ink save files. The
   * runner comes from the checker (`exploringSession` in exploring-runner.ts),
   * so the game's bundle never holds it.
   */
  static explorer(scenario: Scenario, makeExplorer: ExploringStoryFactory, seed = 1): Session {
    const session = new Session(scenario, seed, makeExplorer);
    session.advance();
    return session;
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
  private advance(): void {
    for (let line = this.runner.nextLine(); line; line = this.runner.nextLine()) {
      const applied = applyTags(this.state, line.tags, this.scenario.meta);
      const speaker = applied.speaker ?? this.earlySpeaker;
      this.earlySpeaker = null;
      const checked = checkDateline(applied.state, line.text, speaker, this.scenario.meta);
      this.setState(
        this.lean
          ? this.checkLine(checked, line.text, speaker)
          : addLine(checked, line.text, speaker),
      );
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
    this.setState(this.lean ? state : recordHistory(state, state.decisions.length));
  }

  /**
   * What adding a line means to the explorer: only the speaker check, which
   * addLine makes; the text itself is not kept.
   */
  private checkLine(state: SimState, text: string, speaker: string | null): SimState {
    if (!speaker || state.people[speaker]) return state;
    return { ...addLine(state, text, speaker), transcript: state.transcript };
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
    const known = !this.made && this.steps.length === 1 && this.scenario.opening?.after?.[index];
    // The first choice, from the opening, before the story was parsed: the build knows where it leads.
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
      ink: this.exploring ? this.exploring.mark() : this.runner.saveState(),
      state: this.state,
      choices: this.choices,
      steps: [...this.steps],
    };
  }

  restore(snapshot: SessionSnapshot): void {
    if (typeof snapshot.ink === 'string') this.runner.loadState(snapshot.ink);
    else if (this.exploring) this.exploring.resume(snapshot.ink);
    else throw new Error('a mark can only be resumed by the exploring session that made it');
    this.choices = snapshot.choices;
    this.steps.splice(0, this.steps.length, ...snapshot.steps);
    this.setState(snapshot.state);
  }

  /** An independent copy at the same point, for exploring what another choice would do. */
  fork(): Session {
    if (this.makeExplorer) {
      // Marks belong to one runner, so an exploring copy replays the path instead.
      const copy = Session.explorer(this.scenario, this.makeExplorer, this.seed);
      for (const index of this.steps) copy.choose(index);
      return copy;
    }
    const copy = new Session(this.scenario, this.seed);
    copy.restore(this.snapshot());
    return copy;
  }

  /**
   * Equal for two exploring sessions exactly when every path from here would
   * score, end and report the same (see docs/checker.md for what is left out
   * and why).
   */
  futureKey(policy: KeyPolicy): string {
    if (!this.exploring) throw new Error('only an exploring session has a future key');
    return `${futureKey(this.state, policy.people)}\n${this.exploring.liveStateKey(policy)}`;
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
