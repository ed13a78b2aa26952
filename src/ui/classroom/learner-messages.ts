/**
 * What the classroom server tells a learner's phone (src/server/class-hub.ts
 * sends them; the server checks what phones send it, src/server/messages.ts).
 */
export interface Line {
  speaker: string | null;
  text: string;
  kind: string;
}

/** A decision as the class sees it: the situation and the options in the class's order. */
export interface Shown {
  decision: number;
  lines: Line[];
  options: { index: number; text: string }[];
}

export interface Consequence {
  lines: Line[];
  scores: { name: string; words: string }[];
  finished: boolean;
}

export type ServerMessage =
  | {
      type: 'joined';
      learnerToken: string;
      shown: Shown | null;
      open: boolean;
      yourVote: number | null;
      consequence: Consequence | null;
      ended: boolean;
    }
  | { type: 'decision'; shown: Shown; open: boolean }
  | { type: 'closed'; decision: number }
  | { type: 'voted'; decision: number; option: number }
  | { type: 'consequence'; consequence: Consequence }
  | { type: 'ended' }
  | { type: 'refused'; reason: string };
