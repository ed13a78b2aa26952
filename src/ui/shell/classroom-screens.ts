/**
 * The classroom's screens, each loaded when first asked for: classroom mode
 * (the tutor's screens on the projector), the class results page, and a
 * learner joining a class from a phone.
 */
import { showTitle } from './screen-title.ts';
import type { Scenario } from '../../sim/story/scenario.ts';
import type { ClassMode } from '../classroom/class-mode.ts';
import type { LearnerView } from '../classroom/learner-view.ts';
import { h } from './dom.ts';
import { replaceEntry } from './history-entries.ts';
import type { Shell } from './shell-context.ts';

export class ClassroomScreens {
  /** Classroom mode, while a tutor is in it. */
  private mode: ClassMode | null = null;
  /** A learner's phone in a class, while it shows. */
  private learner: LearnerView | null = null;

  constructor(
    private readonly shell: Shell,
    /** Leave whatever screen is showing (a scenario in play stops). */
    private readonly leave: () => void,
    private readonly menu: () => void,
  ) {}

  /** Whether classroom mode is showing: it takes the keys. */
  handleKey(event: KeyboardEvent): boolean {
    if (!this.mode) return false;
    this.mode.handleKey(event);
    return true;
  }

  /** Leave classroom mode or a learner's class, if one is showing: their connections stop. */
  dispose(): void {
    this.mode?.dispose();
    this.mode = null;
    this.learner?.dispose();
    this.learner = null;
  }

  async teach(id?: string): Promise<void> {
    const { options, notices } = this.shell;
    this.leave();
    options.sound.stop();
    this.shell.stage.place(options.stageParking);
    const [{ ClassMode }, live, { CATALOGUE }] = await Promise.all([
      import('../classroom/class-mode.ts'),
      import('../classroom/live-votes.ts'),
      import('../../scenarios.ts'),
    ]);
    const phones = await live.serverAvailable();
    this.dispose();
    const mode = new ClassMode({
      entries: CATALOGUE,
      show: (...children) => {
        notices.clear();
        this.shell.setMain(...children);
      },
      menu: this.menu,
      setTitle: (text) => showTitle(options.title, text),
      ...(phones
        ? {
            connectLive: (scenario: Scenario, seed: number) =>
              live.connectLive(scenario, seed, options.storage),
            resumeLive: (scenarioId: string) => live.resumeLive(scenarioId, options.storage),
          }
        : {}),
    });
    this.mode = mode;
    if (id) await mode.intro(id);
    else mode.choose();
  }

  /** The tutor's class results page. */
  async classResults(): Promise<void> {
    this.leave();
    this.dispose();
    this.shell.notices.clear();
    const url = new URL(location.href);
    url.searchParams.delete('scenario');
    url.searchParams.set('view', 'class-results');
    replaceEntry(null, url);
    const page = h('div', { className: 'class-results-root' });
    this.shell.setMain(page);
    const { renderClassResults } = await import('../classroom/class-results-view.ts');
    await renderClassResults({ root: page, menu: this.menu, storage: this.shell.options.storage });
  }

  /** A learner joining a class with its code. */
  async join(code: string): Promise<void> {
    const { LearnerView } = await import('../classroom/learner-view.ts');
    showTitle(this.shell.options.title, 'Join a class');
    this.dispose();
    this.learner = new LearnerView(this.shell.options.storage, code.slice(0, 6));
    this.shell.setMain(this.learner.element);
  }
}
