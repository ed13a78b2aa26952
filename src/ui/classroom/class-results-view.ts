/**
 * The tutor's results page (its own chunk, opened from the menu): drop or
 * pick learners' result files, see each skipped file by name with the reason,
 * and open a class's page per scenario. Kept results live in IndexedDB, so
 * they are there after a reload; a class page analyses new attempts once (a
 * replay each) and keeps what it found.
 */
import './class-results.css';
import '../report/report.css';
import '../report/print.css';
import { CATALOGUE } from '../../scenarios.ts';
import { strongerChoices } from '../../sim/scoring/alternatives.ts';
import {
  memoryClassStore,
  type ClassResultsStore,
  type KeptResult,
} from '../../sim/classroom/class-store.ts';
import { analyseKept, analysisSettled } from './class-results-analysis.ts';
import { classCsv } from '../../sim/classroom/class-csv.ts';
import { summariseClass } from '../../sim/classroom/class-summary.ts';
import type { Scenario } from '../../sim/story/scenario.ts';
import { Session } from '../../sim/session/session.ts';
import { renderClassPage } from './class-page.ts';
import { openClassResultsDb } from './class-results-db.ts';
import {
  filesOf,
  importFiles,
  importFromServer,
  scenarioOf,
  type ImportReport,
} from './class-results-import.ts';
import { importWords, renderServerLoad, skippedTable } from './class-server-load.ts';
import { serverAvailable } from './live-votes.ts';
import { downloadFile, h } from '../shell/dom.ts';
import { renderReport } from '../report/report-view.ts';

export interface ClassResultsOptions {
  /** Where the page lives; its content is replaced as the tutor moves around. */
  readonly root: HTMLElement;
  readonly menu: () => void;
  /** Any store that keeps results; IndexedDB by default. */
  readonly store?: ClassResultsStore;
  /** The device's storage, where a tutor's class started in this browser is kept. */
  readonly storage?: Storage;
}

const titleOf = (id: string) => CATALOGUE.find((e) => e.id === id)?.meta.title ?? id;

export async function renderClassResults(options: ClassResultsOptions): Promise<void> {
  let store: ClassResultsStore;
  let notice = '';
  try {
    store = options.store ?? (await openClassResultsDb());
  } catch {
    store = memoryClassStore();
    notice =
      'This browser will not let the page keep results, so they last only until it is closed.';
  }
  const root = options.root;
  const focus = (id: string) => document.getElementById(id)?.focus();
  const served = await serverAvailable();
  /** The class files are imported into, kept while the tutor moves around the page. */
  let groupName = 'My class';
  let entered: { code: string; key: string } | null = null;

  const show = async (lastImport?: ImportReport) => {
    const classes = (await store.classes()).sort(
      (a, b) => a.group.localeCompare(b.group) || a.scenarioId.localeCompare(b.scenarioId),
    );
    const group = h('input', {
      id: 'class-name',
      type: 'text',
      value: groupName,
      autocomplete: 'off',
    });
    group.addEventListener('input', () => (groupName = group.value));
    const files = h('input', {
      id: 'result-files',
      type: 'file',
      multiple: true,
      accept: '.json,application/json',
    });
    const folder = h('input', {
      id: 'result-folder',
      type: 'file',
      webkitdirectory: true,
      multiple: true,
    });
    const status = h('p', { role: 'status', className: 'import-status' });
    const take = async (list: FileList | File[] | null) => {
      if (!list || list.length === 0) return;
      status.textContent = `Checking ${list.length} files…`;
      groupName = group.value.trim() || 'My class';
      const kept = await importFiles(store, filesOf([...list]), groupName);
      await show(kept);
    };
    files.addEventListener('change', () => void take(files.files));
    folder.addEventListener('change', () => void take(folder.files));
    const drop = h('div', { className: 'drop-zone' }, 'Or drop result files here.');
    drop.addEventListener('dragover', (event) => {
      event.preventDefault();
      drop.classList.add('over');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (event) => {
      event.preventDefault();
      drop.classList.remove('over');
      void take(event.dataTransfer ? [...event.dataTransfer.files] : null);
    });
    if (lastImport) status.textContent = importWords(lastImport);
    const fromServer = served
      ? renderServerLoad({
          storage: options.storage,
          entered,
          load: async (code, key) => {
            entered = { code, key };
            groupName = group.value.trim() || 'My class';
            status.textContent = `Loading class ${code}’s attempts…`;
            const report = await importFromServer(store, code, key, groupName).catch(
              (error: unknown) => {
                status.textContent = '';
                throw error;
              },
            );
            await show(report);
            // The form was drawn again: the tutor's keyboard stays where it was.
            focus('server-load-button');
          },
        })
      : null;
    const skipped = lastImport ? skippedTable(lastImport) : null;
    if (lastImport) performance.mark('class-import:draw');
    root.replaceChildren(
      h(
        'section',
        { className: 'class-results', 'aria-labelledby': 'class-results-heading' },
        h('h2', { id: 'class-results-heading', tabindex: '-1' }, 'Class results'),
        notice ? h('p', { className: 'notice', role: 'alert' }, notice) : null,
        h(
          'p',
          {},
          'Add the result files your learners downloaded from their reports. Each file is checked: a file that is not a result, is from another version of a scenario, is damaged or is a second copy of an attempt already kept is listed with the reason and skipped. Results are kept in this browser. The checksum in each file detects damage, not cheating: anyone can edit a file and compute a new checksum.',
        ),
        h(
          'div',
          { className: 'import-form' },
          h('label', { for: 'class-name' }, 'Class'),
          group,
          h('label', { for: 'result-files' }, 'Result files'),
          files,
          h('label', { for: 'result-folder' }, 'Or a folder of result files'),
          folder,
          drop,
        ),
        fromServer,
        status,
        skipped,
        h('h3', {}, 'Classes'),
        classes.length === 0
          ? h('p', {}, 'No results kept yet.')
          : h(
              'ul',
              { className: 'class-list' },
              ...classes.map(({ group: name, scenarioId, attempts }) => {
                return h(
                  'li',
                  {},
                  h(
                    'button',
                    { type: 'button', onclick: () => void openClass(name, scenarioId) },
                    `${name} · ${titleOf(scenarioId)} (${attempts} ${attempts === 1 ? 'attempt' : 'attempts'})`,
                  ),
                );
              }),
            ),
        h(
          'div',
          { className: 'report-actions' },
          h('button', { type: 'button', onclick: () => options.menu() }, 'Back to scenarios'),
        ),
      ),
    );
    if (lastImport) performance.mark('class-import:drawn');
    else focus('class-results-heading');
  };

  const openClass = async (group: string, scenarioId: string) => {
    performance.mark('class-page:scenario');
    const scenario = await scenarioOf(scenarioId);
    if (!scenario) return;
    const status = h(
      'p',
      { role: 'status', className: 'import-status' },
      'Reading the class’s choices…',
    );
    root.replaceChildren(
      h('section', { className: 'class-page', 'aria-label': 'Class results' }, status),
    );
    // An import's analysis may still be under way: what it finds is kept, so wait for it.
    performance.mark('class-page:wait');
    await analysisSettled();
    performance.mark('class-page:read');
    const kept = (await store.forClass(group, scenarioId)).filter(
      (r) => r.storyVersion === scenario.version,
    );
    performance.mark('class-page:analyse');
    if (kept.some((r) => !r.steps))
      status.textContent = `Reading the class’s choices (${kept.length} attempts)…`;
    const results = await analyseKept(store, scenario, kept);
    const points = await store.points(scenario.version);
    performance.mark('class-page:summarise');
    const summary = summariseClass(results, points, scenario.tutor);
    performance.mark('class-page:draw');
    const page = renderClassPage(scenario.meta.title, group, summary, {
      back: () => void show(),
      csv: () => downloadFile(`${group}-${scenarioId}.csv`, 'text/csv', classCsv(results, summary)),
      openAttempt: (attemptId) => {
        const kept = results.find((r) => r.attemptId === attemptId);
        if (kept) openReport(scenario, kept, () => void openClass(group, scenarioId));
      },
    });
    root.replaceChildren(page);
    focus('class-page-heading');
    performance.mark('class-page:drawn');
  };

  const openReport = (scenario: Scenario, kept: KeptResult, back: () => void) => {
    const { path, seed } = kept.evidence.result;
    const replay = Session.replay(scenario, path, seed ?? 1);
    const report = renderReport(
      replay.session.view,
      { replay: back, menu: back },
      {
        selfRating: kept.evidence.selfRating,
        stronger: strongerChoices(replay.session.view, { seed: seed ?? 1 }),
      },
    );
    report.querySelector('.report-actions')?.remove();
    root.replaceChildren(
      h(
        'div',
        { className: 'learner-report' },
        h(
          'p',
          { className: 'learner-name' },
          `Learner: ${kept.evidence.learner?.name ?? 'not named'} · from ${kept.source}`,
        ),
        h(
          'div',
          { className: 'report-actions' },
          h('button', { type: 'button', onclick: back }, 'Back to the class page'),
        ),
        report,
      ),
    );
    focus('report-heading');
  };

  await show();
}
