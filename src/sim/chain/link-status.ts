/**
 * A link's status in words, wherever one is shown: on its own so that the
 * play screen's dashboard and people list name statuses without loading the
 * chain map's model (issue 17: the first screen's size).
 */
import type { LinkStatus } from '../story/tags.ts';

export const STATUS_WORDS: Readonly<Record<LinkStatus, string>> = {
  'on-track': 'on track',
  'at-risk': 'at risk',
  breached: 'breached',
};

/** What each status means, said wherever a status is shown. */
export const STATUS_MEANINGS: Readonly<Record<LinkStatus, string>> = {
  'on-track': 'nothing agreed with this link is late or in danger',
  'at-risk':
    'a deadline is close (less than a quarter of its time left) or something has gone wrong that can still be put right',
  breached: 'a deadline or an agreed standard has been missed',
};

/** Shapes, not colours, carry the status, so it survives greyscale projectors. */
export const STATUS_ICONS: Readonly<Record<LinkStatus, string>> = {
  'on-track': '✔',
  'at-risk': '⚠',
  breached: '✖',
};
