/**
 * The end report: a region headed "Scenario report" with one score-table row
 * per rubric dimension (name, score, band), then the evidence behind each
 * score, the stronger choices, misconceptions, the mood and trust curves and
 * the communication records. It is an ordinary document, so it prints.
 */
import './report.css';
import type { StrongerChoice } from '../../sim/scoring/alternatives.ts';
import type { SessionView } from '../../sim/session/session.ts';
import type { SelfRating } from '../../sim/scoring/self-rating.ts';
import type { ScenarioMeta } from '../../sim/story/scenario.ts';
import { h } from '../shell/dom.ts';
import {
  renderStronger,
  renderStrongerPending,
  type ReplayRequest,
} from './report-alternatives.ts';
import { renderCurves } from './report-curves.ts';
import { renderEnding, renderMisconceptions, renderRecords } from './report-records.ts';
import { addStrongerLinks, dimensionDetails, scoreTable } from './report-scores.ts';
import { strongerInIdleTime, type LaterStronger } from './stronger-later.ts';
import { attemptDate } from './report-words.ts';

export type { ReplayRequest } from './report-alternatives.ts';

export interface ReportEvents {
  replay(): void;
  menu(): void;
  /** Start again at a decision: replay `path`, then let the learner choose. */
  replayFrom?: (request: ReplayRequest) => void;
}

export interface ReportExtras {
  readonly selfRating?: SelfRating | null;
  /**
   * Found already, or being found in idle time (then the rest of the report
   * shows first and they fill in); searched for in idle time when not given.
   */
  readonly stronger?: readonly StrongerChoice[] | LaterStronger;
  /** Whose attempt and when (ISO), printed under the title so a printout says whose it is. */
  readonly learner?: string | null;
  readonly playedAt?: string;
}

/** "Priya Shah · played 2 December 2026": the line under the report's title. */
export function learnerLine(learner: string | null | undefined, playedAt: string): string {
  return `${learner ? `${learner} · ` : ''}played ${attemptDate(playedAt)}`;
}

/**
 * Put the stronger choices in place of the `pending` part once `later` has
 * them (or say they could not be tried). Apart from renderReport, so the
 * report's buttons, whose handlers share renderReport's closure scope, never
 * keep the replaced part alive; a search stopped because its screen was left
 * draws nothing.
 */
function fillInWhenFound(
  pending: HTMLElement,
  later: LaterStronger,
  details: HTMLElement,
  meta: ScenarioMeta,
  replayFrom: ReportEvents['replayFrom'],
): void {
  void later.done.then(() => {
    if (!later.found && !later.failed) return;
    // Whatever goes wrong, the part stops saying it is still trying.
    let drawn = renderStrongerPending(false);
    try {
      if (later.found) {
        drawn = renderStronger(meta, later.found, replayFrom);
        addStrongerLinks(details, later.found);
      }
    } catch (error) {
      console.error('The stronger choices could not be shown:', error);
    }
    pending.replaceWith(drawn);
  });
}

export function renderReport(
  view: SessionView,
  events: ReportEvents,
  extras: ReportExtras = {},
): HTMLElement {
  const { state, scenario } = view;
  const self = extras.selfRating ?? null;
  const rated = self !== null && Object.keys(self).length > 0;
  const given = extras.stronger ?? strongerInIdleTime(view);
  const later = 'done' in given ? given : null;
  const stronger = 'done' in given ? given.found : given;
  const details = dimensionDetails(view.scores, rated ? self : null, stronger ?? []);
  const suggestions = stronger
    ? renderStronger(scenario.meta, stronger, events.replayFrom)
    : renderStrongerPending(!later?.failed);
  if (later && !stronger && !later.failed)
    fillInWhenFound(suggestions, later, details, scenario.meta, events.replayFrom);
  return h(
    'section',
    { className: 'report', 'aria-labelledby': 'report-heading' },
    h('h2', { id: 'report-heading', tabindex: '-1' }, 'Scenario report'),
    h('p', { className: 'report-scenario' }, scenario.meta.title),
    extras.playedAt
      ? h('p', { className: 'report-learner' }, learnerLine(extras.learner, extras.playedAt))
      : null,
    renderEnding(state, scenario.meta),
    h(
      'section',
      { className: 'report-part summary', 'aria-labelledby': 'scores-heading' },
      h('h3', { id: 'scores-heading', className: 'visually-hidden' }, 'Scores'),
      scoreTable(view.scores, rated ? self : null),
      h(
        'p',
        { className: 'band-key' },
        'Bands compare your score with what this scenario makes possible: the bar is split into quarters — Not yet, Developing, Secure, Strong.',
        rated ? ' ▲ means you rated yourself higher than the evidence, ▼ lower.' : '',
      ),
    ),
    details,
    suggestions,
    renderMisconceptions(state),
    renderCurves(scenario.meta, state.history),
    renderRecords(state, scenario.meta),
    h(
      'div',
      { className: 'report-actions' },
      h('button', { type: 'button', onclick: () => events.replay() }, 'Play this scenario again'),
      h('button', { type: 'button', onclick: () => events.menu() }, 'Choose another scenario'),
    ),
  );
}
