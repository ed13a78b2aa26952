/**
 * Keeping the evidence: a JSON file of the attempt for a portfolio (each
 * piece naming the syllabus marking point it evidences), and the report
 * printed or saved as PDF through the browser's own print dialog, styled for
 * A4 by print.css. The table here shows the learner what their file evidences.
 */
// Print rules must come after the screen rules they override, whichever module loads first.
import './report.css';
import './print.css';
import {
  buildEvidence,
  evidenceFileName,
  groupRefs,
  type EvidenceExport,
  type EvidenceSource,
} from '../../sim/evidence/evidence.ts';
import { seal } from '../../sim/evidence/integrity.ts';
import { downloadFile, h, tableHead } from '../shell/dom.ts';

/** Details elements print closed; open them all for printing and close them again after. */
const openedForPrint = new Set<HTMLDetailsElement>();
function openAllDetails(): void {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('main details:not([open])')) {
    details.open = true;
    openedForPrint.add(details);
  }
}
function restoreDetails(): void {
  for (const details of openedForPrint) details.open = false;
  openedForPrint.clear();
}
// Once per page, not per render, so replays add no listeners.
if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', openAllDetails);
  window.addEventListener('afterprint', restoreDetails);
}

/** The file carries a SHA-256 of its content (Web Crypto, asynchronous), so it is saved once that is ready. */
async function download(source: () => EvidenceSource): Promise<void> {
  const evidence = await seal(buildEvidence(source()));
  const text = JSON.stringify(evidence, null, 2);
  downloadFile(evidenceFileName(evidence.result), 'application/json', text);
}

/** The points the scenario offered that this attempt did not yet evidence, with where and why. */
function notYetTable({ notYetEvidenced }: EvidenceExport): HTMLElement | null {
  if (notYetEvidenced.length === 0) return null;
  return h(
    'table',
    { className: 'data-table stack-table evidence-not-yet' },
    h('caption', {}, 'Not yet evidenced: the chance was there, and the choice was not sound on it'),
    tableHead('Marking point or topic', 'Where, and why not yet'),
    h(
      'tbody',
      {},
      ...notYetEvidenced.map((p) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, p.label),
          h(
            'td',
            { 'data-label': 'Where, and why not yet' },
            h(
              'ul',
              {},
              ...p.missed.map((m) =>
                h('li', {}, h('strong', {}, `${groupRefs([m.ref])}: `), m.why),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

function pointsTable({ markingPoints }: EvidenceExport): HTMLElement {
  const ordered = [
    ...markingPoints.filter((p) => p.kind === 'marking-point'),
    ...markingPoints.filter((p) => p.kind === 'topic'),
  ];
  return h(
    'table',
    { className: 'data-table stack-table evidence-points' },
    h('caption', {}, 'What your evidence file shows'),
    tableHead('Marking point or topic', 'Evidenced by'),
    h(
      'tbody',
      {},
      ...ordered.map((p) =>
        h(
          'tr',
          {},
          h(
            'th',
            { scope: 'row' },
            h(
              'span',
              { className: `point-kind point-${p.kind}` },
              p.kind === 'marking-point' ? 'Marking point' : 'Topic',
            ),
            ' ',
            p.label,
          ),
          h('td', { 'data-label': 'Evidenced by' }, groupRefs(p.evidencedBy)),
        ),
      ),
    ),
  );
}

export interface EvidenceExportView {
  readonly element: HTMLElement;
  /** Rebuild the "what your file shows" table, e.g. after the reflection is saved. */
  refresh(): void;
}

/** `source` is read when used, so the file holds the reflection as it is at that moment. */
export function renderEvidenceExport(source: () => EvidenceSource): EvidenceExportView {
  const link = h(
    'a',
    { className: 'button-link', href: '#', download: 'service-chain-evidence.json' },
    'Download evidence file (JSON)',
  );
  link.addEventListener('click', (event) => {
    event.preventDefault();
    void download(source);
  });
  const tables = () => {
    const evidence = buildEvidence(source());
    return [pointsTable(evidence), notYetTable(evidence)].filter((t) => t !== null);
  };
  const table = h('div', { className: 'evidence-table' }, ...tables());
  const refresh = () => table.replaceChildren(...tables());
  const element = h(
    'section',
    { className: 'evidence-export', 'aria-labelledby': 'evidence-heading' },
    h('h2', { id: 'evidence-heading', tabindex: '-1' }, 'Keep your evidence'),
    h(
      'p',
      {},
      'Your evidence file holds this result, your self-rating, your reflection, your decisions, communication log and agreements. A piece evidences a marking point only where your choice was sound on it; the points you had the chance to show but did not yet are listed too, with the moment and why, so you and your assessor see both.',
    ),
    table,
    h(
      'div',
      { className: 'report-actions' },
      link,
      h(
        'button',
        {
          type: 'button',
          onclick: () => {
            refresh();
            openAllDetails();
            window.print();
          },
        },
        'Print or save as PDF',
      ),
    ),
  );
  return { element, refresh };
}
