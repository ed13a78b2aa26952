/**
 * The guided reflection after the report: Gibbs' six stages, each a labelled
 * textarea with its question, the description pre-filled from the transcript,
 * the analysis beside the principles the learner scored weakest on, then a
 * plan–do–check–act action plan. It saves on the device as the learner types,
 * and each textarea has a printed twin, because printed textareas clip.
 */
import type { SessionView } from '../../sim/session/session.ts';
import { BAND_LABELS } from '../../sim/scoring/rubric.ts';
import { RUBRIC } from '../../sim/scoring/rubric-texts.ts';
import {
  GIBBS_STAGES,
  PDCA_STEPS,
  principlesToAnalyse,
  reflectionText,
  startReflection,
  type Prompt,
  type Reflection,
} from '../../sim/scoring/reflection.ts';
import { downloadFile, h } from '../shell/dom.ts';
import { attemptDate } from './report-words.ts';

export interface ReflectionOptions {
  readonly view: SessionView;
  /** The reflection saved with this attempt, if any; otherwise one is started from the transcript. */
  readonly initial: Reflection | null;
  /** Whose attempt and when (ISO), read when the reflection is downloaded. */
  signed(): { readonly learner: string | null; readonly playedAt: string };
  /** Keep it with the attempt; false when the device would not store it. */
  save(reflection: Reflection): boolean;
}

export interface ReflectionForm {
  readonly element: HTMLElement;
  /** What the learner has written so far, for the evidence export. */
  current(): Reflection;
}

const SAVE_DELAY_MS = 800;

function field(
  id: string,
  prompt: Prompt<string>,
  value: string,
  rows: number,
  extra?: HTMLElement,
) {
  const area = h('textarea', { id, rows, 'aria-describedby': `${id}-hint` });
  area.value = value;
  const mirror = h('div', { className: 'print-text', 'aria-hidden': 'true' }, value);
  area.addEventListener('input', () => (mirror.textContent = area.value));
  const element = h(
    'div',
    { className: 'reflect-field' },
    h('label', { for: id }, prompt.label),
    h('p', { className: 'reflect-hint', id: `${id}-hint` }, prompt.prompt),
    extra,
    area,
    mirror,
  );
  return { element, area };
}

function principles(view: SessionView): HTMLElement {
  const weakest = principlesToAnalyse(view.scores).slice(0, 3);
  return h(
    'ul',
    { className: 'reflect-principles' },
    ...weakest.map((s) =>
      h(
        'li',
        {},
        h('a', { href: `#dim-${s.dimension}` }, RUBRIC[s.dimension].name),
        ` (${s.band ? BAND_LABELS[s.band] : 'not evidenced'}): ${RUBRIC[s.dimension].principle}`,
      ),
    ),
  );
}

export function createReflection(options: ReflectionOptions): ReflectionForm {
  const { view } = options;
  const now = () => new Date().toISOString();
  const start =
    options.initial ?? startReflection(view.state, view.scenario.meta, view.scores, now());
  const stages = GIBBS_STAGES.map((stage) =>
    field(
      `reflect-${stage.id}`,
      stage,
      start[stage.id],
      stage.id === 'description' ? 10 : 4,
      stage.id === 'analysis' ? principles(view) : undefined,
    ),
  );
  const steps = PDCA_STEPS.map((step) => field(`pdca-${step.id}`, step, start.pdca[step.id], 3));
  const status = h('p', { className: 'reflect-status', role: 'status' });
  const current = (): Reflection => ({
    ...start,
    ...Object.fromEntries(GIBBS_STAGES.map((s, i) => [s.id, stages[i]?.area.value ?? ''])),
    pdca: {
      plan: steps[0]?.area.value ?? '',
      do: steps[1]?.area.value ?? '',
      check: steps[2]?.area.value ?? '',
      act: steps[3]?.area.value ?? '',
    },
    updatedAt: now(),
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const saveNow = () => {
    clearTimeout(timer);
    const ok = options.save(current());
    const time = new Date().toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
    status.textContent = ok
      ? `Saved on this device at ${time}.`
      : 'This device would not save your reflection: copy your text somewhere safe, or download your evidence.';
  };
  const form = h(
    'form',
    { className: 'reflect-form' },
    h('fieldset', {}, h('legend', {}, "Gibbs' reflective cycle"), ...stages.map((s) => s.element)),
    h(
      'fieldset',
      { className: 'pdca' },
      h('legend', {}, 'Action plan: plan, do, check, act'),
      ...steps.map((s) => s.element),
    ),
    h(
      'div',
      { className: 'report-actions' },
      h('button', { type: 'submit' }, 'Save reflection'),
      h('button', { type: 'button', onclick: () => download() }, 'Download reflection (text)'),
    ),
    status,
  );
  const download = () => {
    saveNow();
    const { learner, playedAt } = options.signed();
    const heading = { scenario: view.scenario.meta.title, learner, date: attemptDate(playedAt) };
    downloadFile(
      `service-chain-reflection-${view.scenario.id}-${playedAt.slice(0, 10)}.txt`,
      'text/plain;charset=utf-8',
      reflectionText(current(), heading),
    );
  };
  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(saveNow, SAVE_DELAY_MS);
  });
  form.addEventListener('change', saveNow);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    saveNow();
  });
  const element = h(
    'section',
    { className: 'reflection', 'aria-labelledby': 'reflection-heading' },
    h('h2', { id: 'reflection-heading', tabindex: '-1' }, 'Reflect on this scenario'),
    h(
      'p',
      {},
      'Work through each stage in your own words. The description starts from what you did; change it as you like. Your reflection is saved with this attempt on this device and goes into your evidence file.',
    ),
    form,
  );
  return { element, current };
}
