/**
 * The transcript: a log of every line so far, figures as real tables, and on
 * a phone the lines before the last choice folded behind a button.
 */
import type { ScenarioMeta } from '../../sim/story/scenario.ts';
import type { TranscriptEntry } from '../../sim/session/records.ts';
import { tableCells } from '../../sim/story/figures.ts';
import { h } from '../shell/dom.ts';
import { addFiguresRow, figuresTable } from '../shell/figures-table.ts';
import { personName } from './people-list.ts';

/** A transcript the build drew (a scenario page's first screen), for the app to adopt. */
export interface DrawnTranscript {
  readonly log: HTMLElement;
  readonly lines: HTMLOListElement;
  readonly earlierToggle: HTMLButtonElement;
}

export class Transcript {
  private readonly lines: HTMLOListElement;
  /** The scrolling box, which takes focus so keyboard users can scroll back through it. */
  readonly log: HTMLElement;
  readonly earlierToggle: HTMLButtonElement;
  private showingEarlier = false;
  private shown = 0;
  /** Lines the page's script showed ahead of the session (its echo of a press), by id (see adopt). */
  private readonly ahead = new Map<number, Element>();

  /** `drawn`: the page's own transcript, adopted as it is (its live region is kept). */
  constructor(
    private readonly meta: ScenarioMeta,
    drawn?: DrawnTranscript,
  ) {
    this.lines = drawn?.lines ?? h('ol', { className: 'transcript-lines' });
    this.log =
      drawn?.log ??
      h(
        'div',
        { className: 'transcript', role: 'log', 'aria-label': 'Transcript', tabindex: '0' },
        this.lines,
      );
    this.earlierToggle =
      drawn?.earlierToggle ??
      h('button', {
        type: 'button',
        className: 'earlier-toggle',
        hidden: true,
        'aria-expanded': 'false',
      });
    this.earlierToggle.addEventListener('click', () => {
      this.showingEarlier = !this.showingEarlier;
      this.log.classList.toggle('show-earlier', this.showingEarlier);
      this.earlierToggle.setAttribute('aria-expanded', String(this.showingEarlier));
      this.foldEarlierLines();
    });
  }

  /**
   * The lines of `transcript` are on screen already (the page's first screen, drawn by the
   * build): only later entries are added. A line the page's script showed ahead of them (its
   * echo of a press) stands for the entry with its id if that entry says the same, once; an
   * entry that says something else (another choice took that id) replaces it.
   */
  adopt(transcript: readonly TranscriptEntry[]): void {
    this.shown = transcript.length;
    const known = new Set(transcript.map((entry) => entry.id));
    for (const line of this.lines.querySelectorAll('[data-id]')) {
      const id = Number(line.getAttribute('data-id'));
      if (!known.has(id)) this.ahead.set(id, line);
    }
  }

  /** The press the page's script showed was not made: its line goes. */
  dropAhead(): void {
    if (this.ahead.size === 0) return;
    for (const line of this.ahead.values()) line.remove();
    this.ahead.clear();
    this.foldEarlierLines();
  }

  /** Append the entries not shown yet (the play view then scrolls them into view). */
  render(transcript: readonly TranscriptEntry[]): void {
    for (const entry of transcript.slice(this.shown)) {
      const early = this.ahead.get(entry.id);
      if (early) {
        this.ahead.delete(entry.id);
        if (early.textContent === this.entry(entry).textContent) continue;
        early.remove();
      }
      const cells = entry.kind === 'narration' ? tableCells(entry.text) : null;
      if (cells) this.tableLine(cells);
      else this.lines.append(this.entry(entry));
    }
    this.shown = transcript.length;
    this.foldEarlierLines();
  }

  private entry(entry: TranscriptEntry): HTMLLIElement {
    const speaker =
      entry.kind === 'speech' || entry.kind === 'choice'
        ? personName(this.meta, entry.speaker)
        : null;
    return h(
      'li',
      { className: `line line-${entry.kind}`, 'data-id': entry.id },
      speaker ? h('span', { className: 'speaker' }, `${speaker}: `) : null,
      entry.kind === 'event'
        ? h('strong', {}, entry.text)
        : h('span', { className: 'text' }, entry.text),
    );
  }

  /**
   * Figures the story writes as "a | b" lines: one real table in one
   * transcript entry, the first line its header, following lines its rows.
   */
  private tableLine(cells: readonly string[]): void {
    const last = this.lines.lastElementChild;
    const table = last?.classList.contains('line-table') ? last.querySelector('table') : null;
    if (table) addFiguresRow(table, cells);
    else
      this.lines.append(
        h('li', { className: 'line line-narration line-table' }, figuresTable(cells)),
      );
  }

  /**
   * On a phone the transcript is part of the page, not a box of its own, so
   * the lines before the learner's last choice fold away behind a button and
   * the latest exchange and the choices stay near the top.
   */
  private foldEarlierLines(): void {
    const lines = [...this.lines.children];
    const lastChoice = lines
      .map((line) => line.classList.contains('line-choice'))
      .lastIndexOf(true);
    lines.forEach((line, index) => line.classList.toggle('earlier', index < lastChoice));
    const count = Math.max(0, lastChoice);
    this.earlierToggle.hidden = count === 0;
    this.earlierToggle.textContent = this.showingEarlier
      ? 'Hide the earlier lines'
      : `Show the ${count} earlier ${count === 1 ? 'line' : 'lines'}`;
  }

  /**
   * Bring the scenario's closing lines into view (everything after the last
   * choice), in the transcript and on the page, as the end screen appears.
   */
  showEnding(): void {
    const choices = this.lines.querySelectorAll('.line-choice');
    const first = choices[choices.length - 1]?.nextElementSibling ?? this.lines.firstElementChild;
    const box = this.log;
    if (first instanceof HTMLElement) box.scrollTop = Math.max(0, first.offsetTop - box.offsetTop);
    (first as HTMLElement | null)?.scrollIntoView?.({ block: 'start' });
  }
}
