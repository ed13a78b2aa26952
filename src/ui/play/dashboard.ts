/**
 * The service dashboard beside the conversation: the scenario clock, promises,
 * SLA clocks with gauges, a key to the statuses shown, partner KPIs and
 * agreements. Every gauge repeats what its words say.
 */
import { clockLabel, deadlineStatus, dueLabel, durationLabel } from '../../sim/story/clock.ts';
import { STATUS_MEANINGS, STATUS_WORDS } from '../../sim/chain/link-status.ts';
import type { LinkStatus } from '../../sim/story/tags.ts';
import type { ScenarioMeta } from '../../sim/story/scenario.ts';
import type { SimState } from '../../sim/session/sim-state.ts';
import type { KpiReading, PromiseRecord } from '../../sim/session/records.ts';
import { h } from '../shell/dom.ts';
import { personName } from './people-list.ts';

const PROMISE_WORDS: Record<PromiseRecord['status'], string> = {
  open: 'Open',
  kept: 'Kept',
  broken: 'Broken',
  withdrawn: 'Withdrawn',
};

/** "At risk: a deadline is close…": said under the dashboard whenever a link or SLA shows it. */
function statusKey(shown: ReadonlySet<LinkStatus>): HTMLElement | null {
  const explained = (['at-risk', 'breached'] as const).filter((status) => shown.has(status));
  if (explained.length === 0) return null;
  return h(
    'p',
    { className: 'status-key' },
    ...explained.flatMap((status, index) => [
      index > 0 ? ' ' : '',
      h('strong', {}, `${status === 'at-risk' ? 'At risk' : 'Breached'}:`),
      ` ${STATUS_MEANINGS[status]}.`,
    ]),
  );
}

export class Dashboard {
  readonly clock: HTMLElement;
  readonly body: HTMLElement;

  constructor(
    private readonly meta: ScenarioMeta,
    /** The clock and body the build drew on the page's first screen, adopted. */
    drawn?: { readonly clock: HTMLElement; readonly body: HTMLElement },
  ) {
    this.clock = drawn?.clock ?? h('p', { className: 'clock' });
    this.body = drawn?.body ?? h('div', { className: 'dashboard-body' });
  }

  private name(id: string | null): string {
    return personName(this.meta, id);
  }

  render(state: SimState): void {
    this.clock.textContent = `Scenario time: ${clockLabel(state.clock, this.meta.start)}`;
    const promises = state.promises.map((promise) =>
      h(
        'li',
        { className: `promise promise-${promise.status}` },
        `${PROMISE_WORDS[promise.status]}: ${promise.what} (to ${this.name(promise.to)}, due ${dueLabel(promise.dueAt, state.clock, this.meta.start)}${promise.status === 'open' ? `, ${durationLabel(Math.max(0, promise.dueAt - state.clock))} left` : ''})`,
        // A revised promise keeps what was first said, so the change is not hidden.
        promise.revised
          ? ` Revised from: ${promise.revised.what}, due ${dueLabel(promise.revised.dueAt, state.clock, this.meta.start)}.`
          : null,
      ),
    );
    const shown = new Set<LinkStatus>(Object.values(state.people).map((p) => p.status));
    const slas = state.slas.map((sla) => {
      const running = deadlineStatus(state.clock, sla.startedAt, sla.dueAt);
      if (sla.status === 'running') shown.add(running);
      if (sla.status === 'breached') shown.add('breached');
      const status = sla.status === 'running' ? STATUS_WORDS[running] : sla.status;
      const window = Math.max(1, sla.dueAt - sla.startedAt);
      const used = Math.min(window, Math.max(0, state.clock - sla.startedAt));
      const label = `${this.name(sla.partner)}: ${sla.what}, due ${dueLabel(sla.dueAt, state.clock, this.meta.start)} (${status})`;
      return h(
        'li',
        { className: `sla sla-${sla.status}` },
        label,
        // A gauge of the SLA window used so far; the words above carry the same facts.
        sla.status === 'running'
          ? h('meter', {
              className: 'sla-gauge',
              min: 0,
              max: window,
              low: window * 0.5,
              high: window * 0.75,
              optimum: 0,
              value: used,
              'aria-label': `${durationLabel(used)} of ${durationLabel(window)} used`,
            })
          : null,
      );
    });
    this.body.replaceChildren(
      h('h3', {}, 'Promises'),
      promises.length > 0 ? h('ul', {}, ...promises) : h('p', {}, 'No promises made yet.'),
      h('h3', {}, 'Service levels'),
      slas.length > 0 ? h('ul', {}, ...slas) : h('p', {}, 'No SLA clocks running.'),
      ...[statusKey(shown)].filter((key) => key !== null),
      ...(state.kpis.length > 0
        ? [h('h3', {}, 'Partner KPIs'), h('ul', {}, ...state.kpis.map((kpi) => this.kpiItem(kpi)))]
        : []),
      h('h3', {}, 'Agreements'),
      state.agreements.length > 0
        ? h(
            'ul',
            {},
            ...state.agreements.map((a) =>
              h(
                'li',
                {},
                `${this.name(a.who)}: ${a.what} (${a.written ? 'in writing' : 'verbal, not yet confirmed in writing'})`,
              ),
            ),
          )
        : h('p', {}, 'Nothing agreed yet.'),
    );
  }

  /** A KPI in words (value, target, met or not) with a gauge beside it. */
  private kpiItem(kpi: KpiReading): HTMLLIElement {
    const met = kpi.better === 'higher' ? kpi.value >= kpi.target : kpi.value <= kpi.target;
    const max = kpi.unit === '%' ? 100 : Math.max(kpi.value, kpi.target) * 1.25 || 1;
    const figure = (n: number) => `${n}${kpi.unit}`;
    return h(
      'li',
      { className: `kpi kpi-${met ? 'met' : 'missed'}` },
      `${this.name(kpi.who)}: ${kpi.label} ${figure(kpi.value)}, target ${kpi.better === 'higher' ? 'at least' : 'at most'} ${figure(kpi.target)} (${met ? '✔ on target' : '✖ off target'})`,
      h('meter', {
        className: 'kpi-gauge',
        min: 0,
        max,
        value: kpi.value,
        ...(kpi.better === 'higher'
          ? { low: kpi.target, optimum: max }
          : { high: kpi.target, optimum: 0 }),
        'aria-label': `${kpi.label}: ${figure(kpi.value)} against ${figure(kpi.target)}`,
      }),
    );
  }
}
