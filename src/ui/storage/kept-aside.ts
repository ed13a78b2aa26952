/**
 * What the learner is told about saved progress that cannot be resumed, and
 * what they can do with it. Kept aside: where, plus a download. Not kept
 * (storage full): the original stays where it was and nothing overwrites it
 * until they download it or discard it.
 */
import { downloadFile, h } from '../shell/dom.ts';
import type { KeptAside } from './save-store.ts';

export interface KeptAsideNotice {
  readonly message: string;
  readonly actions: HTMLElement[];
}

/** Offer the raw text of a save as a file, as it was stored. */
function downloadSave(scenarioId: string, text: string): void {
  downloadFile(`service-chain-save-${scenarioId}.json`, 'application/json', text);
}

export function keptAsideNotice(options: {
  readonly scenarioId: string;
  /** Why it cannot be resumed, e.g. "could not be read (…)". */
  readonly why: string;
  /** What migrating it from an older format changed, shown so nothing is done silently. */
  readonly repairs: readonly string[];
  readonly text: string;
  readonly kept: KeptAside;
  /** The learner has downloaded or discarded the original: it may be removed now. */
  readonly release: (how: 'downloaded' | 'discarded') => void;
}): KeptAsideNotice {
  const { scenarioId, text, kept } = options;
  const repairs =
    options.repairs.length > 0
      ? ` It was in an older format; upgrading it: ${options.repairs.join('; ')}.`
      : '';
  const download = h(
    'button',
    {
      type: 'button',
      onclick: () => {
        downloadSave(scenarioId, text);
        if (!kept.ok) options.release('downloaded');
      },
    },
    'Download the saved progress',
  );
  if (kept.ok)
    return {
      message: `Your saved progress in this scenario ${options.why}.${repairs} It has been kept aside on this device as "${kept.keptAs}", and you are starting afresh.`,
      actions: [download],
    };
  const discard = h(
    'button',
    { type: 'button', onclick: () => options.release('discarded') },
    'Discard it',
  );
  return {
    message: `Your saved progress in this scenario ${options.why}.${repairs} There is no room on this device to keep a copy aside, so it stays as it is and this scenario will not save your progress until you download it or discard it. You are starting afresh.`,
    actions: [download, discard],
  };
}
