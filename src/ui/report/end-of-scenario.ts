/**
 * The end of a scenario, in the order the learner meets it: rate yourself,
 * then the report, then the reflection, the evidence to keep and the
 * comparison with earlier attempts. The self-rating and reflection are saved
 * beside the attempt's result, so coming back shows them again.
 */
import { describeAttempt, isUntouched } from '../../sim/scoring/reflection.ts';
import type { Result } from '../../sim/evidence/result.ts';
import type { SelfRating } from '../../sim/scoring/self-rating.ts';
import type { SessionView } from '../../sim/session/session.ts';
import { renderAttempts } from './attempts-view.ts';
import { h } from '../shell/dom.ts';
import { renderEvidenceExport } from './evidence-export.ts';
import { createReflection } from './reflection.ts';
import { anonymousDeviceId } from '../storage/anonymous-device.ts';
import { learnerLine, renderReport, type ReplayRequest, type ReportEvents } from './report-view.ts';
import { renderLearnerName } from './learner-name.ts';
import { assessorSummaryButton, renderAssessorSummary } from './assessor-summary.ts';
import { buildEvidence } from '../../sim/evidence/evidence.ts';
import { attemptKey, type ResultsStore } from '../storage/results-store.ts';
import { renderClassDelivery } from '../classroom/class-delivery.ts';
import { renderSelfRating } from './self-rating.ts';
import { strongerInIdleTime, type LaterStronger } from './stronger-later.ts';

export { followPlay, strongerInIdleTime } from './stronger-later.ts';

export interface EndOptions {
  readonly view: SessionView;
  /** The result as stored when the scenario finished (its finishedAt keys the notes). */
  readonly result: Result;
  readonly store: ResultsStore;
  /** The device's storage: where a class joined with a code is kept, to send the attempt to. */
  readonly storage?: Storage;
  readonly events: ReportEvents & { replayFrom: (request: ReplayRequest) => void };
  /** The search for stronger choices, if already started; else it starts here. */
  readonly stronger?: LaterStronger;
  /** Tell the learner something went wrong with what was saved (the app's notice area). */
  notify(message: string): void;
}

export interface EndOfScenario {
  readonly element: HTMLElement;
  /** Focus the heading of whatever is showing: the self-rating or the report. */
  focus(options?: FocusOptions): void;
}

export function renderEndOfScenario(options: EndOptions): EndOfScenario {
  const { view, result, store, events } = options;
  const element = h('div', { className: 'end-of-scenario' });
  const notes = store.notesFor(result);
  if (notes.problems.length > 0)
    options.notify(
      `Some of what you saved with this attempt could not be read (${notes.problems.join('; ')}), so it starts afresh.`,
    );
  const focus = (focusOptions?: FocusOptions) =>
    element
      .querySelector<HTMLElement>('#self-rating-heading, #report-heading')
      ?.focus(focusOptions);

  // Found while the learner rates themselves, so the report is whole when it opens.
  const stronger = options.stronger ?? strongerInIdleTime(view);
  const prefilled = describeAttempt(view.state, view.scenario.meta, view.scores);
  let learner = store.learnerName();
  const showReport = (selfRating: SelfRating | null) => {
    const report = renderReport(view, events, {
      selfRating,
      stronger,
      learner,
      playedAt: result.finishedAt,
    });
    const name = renderLearnerName({
      initial: learner,
      save: (given) => store.saveLearnerName(given),
      changed: (given) => {
        learner = given;
        const line = report.querySelector('.report-learner');
        if (line) line.textContent = learnerLine(learner, result.finishedAt);
      },
    });
    const reflection = createReflection({
      view,
      signed: () => ({ learner, playedAt: result.finishedAt }),
      initial: notes.reflection,
      save: (r) => {
        const ok = store.saveReflection(result, r);
        evidence.refresh();
        delivery?.reflectionSaved();
        return ok;
      },
    });
    const source = () => ({
      result,
      state: view.state,
      meta: view.scenario.meta,
      selfRating,
      // A reflection with nothing of the learner's own in it is not evidence of reflecting.
      reflection: isUntouched(reflection.current(), prefilled) ? null : reflection.current(),
      exportedAt: new Date().toISOString(),
      learnerName: learner,
      anonymousDevice: options.storage ? anonymousDeviceId(options.storage) : null,
    });
    const evidence = renderEvidenceExport(source);
    const summary = assessorSummaryButton(element, (back) =>
      renderAssessorSummary({
        view,
        evidence: buildEvidence(source()),
        learner,
        playedAt: result.finishedAt,
        back,
      }),
    );
    const delivery = options.storage ? renderClassDelivery(options.storage, source) : null;
    // This attempt is the latest even if the device could not store it.
    const earlier = store
      .forScenario(result.scenarioId)
      .filter((r) => attemptKey(r) !== attemptKey(result));
    const attempts = renderAttempts([...earlier, result], events, {
      choices: view.state.decisions.map((d) => d.options[d.chosen] ?? ''),
    });
    element.replaceChildren(
      name,
      summary,
      report,
      ...(delivery ? [delivery.element] : []),
      reflection.element,
      evidence.element,
      ...(attempts ? [attempts] : []),
    );
  };

  const evidenced = view.scores.filter((s) => s.band !== null);
  // A skipped rating is kept as an empty one, so a reload on the report shows the report.
  const rated = notes.selfRating && Object.keys(notes.selfRating).length > 0;
  if (notes.selfRating || evidenced.length === 0) showReport(rated ? notes.selfRating : null);
  else {
    element.append(
      renderSelfRating({
        scores: evidenced,
        done: (rating, skipped) => {
          if (!store.saveSelfRating(result, skipped ? {} : rating) && !skipped)
            options.notify(
              'Your self-rating could not be saved on this device; it is still shown in this report.',
            );
          showReport(skipped ? null : rating);
          focus();
        },
      }),
    );
  }
  return { element, focus };
}
