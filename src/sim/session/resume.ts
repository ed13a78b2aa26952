/**
 * Whether a save may be resumed in the scenario as it is now. A save is
 * replayed only when it is this scenario's and its path still means the same
 * choices: the same story version, or, for a changed story, every option
 * chosen still has the identity the save recorded (its text and its place).
 * Otherwise it is refused with the reason in plain words, for the app to keep
 * the save aside and tell the learner.
 */
import { chosenIdentities, type Save } from './save.ts';
import type { Scenario } from '../story/scenario.ts';
import { excerpt } from '../story/scenario-id.ts';
import { Session } from './session.ts';

export type Resumed =
  | {
      readonly ok: true;
      readonly session: Session;
      /** The story has changed since the save; the choices were checked and still hold. */
      readonly storyChanged: boolean;
    }
  | { readonly ok: false; readonly reason: string };

export function resume(scenario: Scenario, save: Save): Resumed {
  if (save.scenarioId !== scenario.id)
    return {
      ok: false,
      reason: `it belongs to another scenario ("${excerpt(save.scenarioId)}")`,
    };
  const replay = Session.replay(scenario, save.path, save.seed);
  if (!replay.ok)
    return {
      ok: false,
      reason: `it no longer fits this version of the scenario (${replay.error})`,
    };
  if (save.storyVersion === scenario.version)
    return { ok: true, session: replay.session, storyChanged: false };
  if (save.choices === null)
    return {
      ok: false,
      reason:
        'the scenario has changed since it was saved, and the save does not record which options you chose, so it cannot be checked',
    };
  const decisions = replay.session.simState.decisions;
  const now = chosenIdentities(decisions);
  const differs = save.choices.findIndex((identity, step) => now[step] !== identity);
  if (differs >= 0) {
    const decision = decisions[differs];
    const text = decision?.options[decision.chosen] ?? '';
    return {
      ok: false,
      reason: `the scenario has changed since it was saved: at decision ${differs + 1} your saved choice would now be “${excerpt(text, 80)}”, which is not what you chose`,
    };
  }
  return { ok: true, session: replay.session, storyChanged: true };
}
