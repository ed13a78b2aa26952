/**
 * What an import of results did, in words and a table of what it skipped;
 * and on the results page served by the classroom server, loading a class's
 * attempts (those its learners played on their own and sent) with the class
 * code and the tutor key. The browser that started the class fills both in
 * and shows them, so the tutor can write them down and open the results on
 * another device.
 */
import { h } from '../shell/dom.ts';
import type { ImportReport } from './class-results-import.ts';
import { CLASS_KEYS, readClassKey } from './class-keys.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What an import (of files, or from the server) kept and skipped, in a sentence. */
export function importWords(report: ImportReport): string {
  const known = report.known
    ? ` ${plural(report.known, 'attempt', 'attempts')} from the server ${report.known === 1 ? 'was' : 'were'} kept already.`
    : '';
  return `Kept ${plural(report.kept, 'result', 'results')}; skipped ${plural(report.skipped.length, 'file', 'files')}.${known}`;
}

/** Every file or attempt an import skipped, by name, with the reason; null when none was. */
export function skippedTable(report: ImportReport): HTMLElement | null {
  if (report.skipped.length === 0) return null;
  return h(
    'table',
    { className: 'data-table skipped-files' },
    h('caption', {}, 'Files skipped, and why'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'File'),
        h('th', { scope: 'col' }, 'Why it was skipped'),
      ),
    ),
    h(
      'tbody',
      {},
      ...report.skipped
        .toSorted((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }))
        .map((s) => h('tr', {}, h('th', { scope: 'row' }, s.name), h('td', {}, s.reason))),
    ),
  );
}

/** The class this browser's tutor started last (kept by live-votes.ts). */
function startedHere(storage: Storage | undefined): { code: string; tutorToken: string } | null {
  try {
    const raw = storage ? readClassKey(storage, CLASS_KEYS.tutor) : null;
    const stored = JSON.parse(raw ?? 'null') as {
      code?: unknown;
      tutorToken?: unknown;
    } | null;
    return typeof stored?.code === 'string' && typeof stored.tutorToken === 'string'
      ? { code: stored.code, tutorToken: stored.tutorToken }
      : null;
  } catch {
    return null;
  }
}

export interface ServerLoadOptions {
  readonly storage: Storage | undefined;
  /** The code and key last entered on this page, kept when the page is drawn again. */
  readonly entered: { readonly code: string; readonly key: string } | null;
  /** Fetch and keep the class's attempts; rejects with a sentence for the tutor. */
  load(code: string, tutorKey: string): Promise<void>;
}

export function renderServerLoad(options: ServerLoadOptions): HTMLElement {
  const started = startedHere(options.storage);
  const filled = options.entered ?? (started && { code: started.code, key: started.tutorToken });
  const code = h('input', {
    id: 'server-class-code',
    name: 'code',
    autocomplete: 'off',
    autocapitalize: 'characters',
    maxlength: 6,
    required: true,
    value: filled?.code ?? '',
  });
  const key = h('input', {
    id: 'server-tutor-key',
    name: 'tutor-key',
    autocomplete: 'off',
    spellcheck: false,
    required: true,
    value: filled?.key ?? '',
  });
  const problem = h('p', { className: 'server-load-problem', role: 'alert' });
  const button = h(
    'button',
    { type: 'submit', id: 'server-load-button' },
    'Load the class’s attempts',
  );
  const form = h(
    'form',
    {
      className: 'import-form server-load',
      onsubmit: (event: Event) => {
        event.preventDefault();
        problem.textContent = '';
        button.disabled = true;
        void options
          .load(code.value.trim().toUpperCase(), key.value.trim())
          .catch((error: unknown) => {
            problem.textContent = error instanceof Error ? error.message : String(error);
          })
          .finally(() => (button.disabled = false));
      },
    },
    h('label', { for: 'server-class-code' }, 'Class code'),
    code,
    h('label', { for: 'server-tutor-key' }, 'Tutor key'),
    key,
    button,
  );
  return h(
    'section',
    { className: 'server-load-part', 'aria-labelledby': 'server-load-heading' },
    h('h3', { id: 'server-load-heading' }, 'From the classroom server'),
    h(
      'p',
      {},
      'Attempts your learners played on their own after joining your class with its code are sent to the classroom server. Load them here with the class code and your tutor key.',
      started
        ? ` This browser started class ${started.code}, so both are filled in: write them down to open these results on another device.`
        : '',
    ),
    form,
    problem,
  );
}
