/**
 * The xAPI statements a cmi5 launch of the game sends, built from the session
 * alone. Pure: the statement id and the time are given, so the same input
 * always gives the same statement; the cmi5 adapter (src/lms/cmi5.ts) makes
 * the ids once, queues the statements and sends them.
 *
 * **Activity ids** (stable: the same for every learner, LMS and launch):
 * - the course: `urn:service-chain:course`;
 * - a scenario (its AU in cmi5.xml): `urn:service-chain:scenario:<scenario id>`;
 * - a decision in it: `urn:service-chain:scenario:<scenario id>:decision:<interaction id>`,
 *   where the interaction id is the one SCORM is told (src/sim/evidence/lms-report.ts):
 *   `d<number>-<digest of its options>`.
 * The statements about the AU itself (completed, passed, failed, terminated)
 * name the activity id the LMS launched it with, as cmi5 requires; the LMS
 * puts the scenario's own id in the context's `grouping` (its contextTemplate).
 *
 * **What is sent.** The AU sends `initialized` (built by @xapi/cmi5 at launch);
 * then one `answered` per decision: the option chosen (Ink's letter, as in
 * SCORM), `success` true or false when the choice's net score is above or
 * below 0 (none when 0), the time it took, and the rubric effects of the choice
 * as the result extension {@link RUBRIC_EFFECTS}: one entry per scored moment,
 * `{ dimension, delta, why }`. At an ending: `passed` or `failed` with the
 * scaled score (the SCORM score / 100, `src/sim/evidence/lms-report.ts`), then
 * `completed`, then `terminated`. Passed or failed follows the SCORM rule
 * (failed at a failed ending or a score under 50), except that when the LMS
 * sets a mastery score the score is judged against it instead of 50. Only in
 * the `Normal` launch mode are completed, passed and failed sent (cmi5 §10).
 */
import { interactionOf, lessonStatus, SCORE_MAX, SCORE_MIN, scoreOf } from './lms-report.ts';
import type { Decision } from '../session/records.ts';
import type { SessionView } from '../session/session.ts';

export const COURSE_ID = 'urn:service-chain:course';
export const scenarioActivityId = (scenarioId: string): string =>
  `urn:service-chain:scenario:${scenarioId}`;
export const decisionActivityId = (scenarioId: string, interactionId: string): string =>
  `${scenarioActivityId(scenarioId)}:decision:${interactionId}`;

/** The result extension carrying a choice's rubric effects. */
export const RUBRIC_EFFECTS = 'urn:service-chain:xapi:extension:rubric-effects';

const CMI5_CATEGORY = { id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' };
const MOVE_ON_CATEGORY = { id: 'https://w3id.org/xapi/cmi5/context/categories/moveon' };
const MASTERY_SCORE = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';

const verb = (name: string) => ({
  id: `http://adlnet.gov/expapi/verbs/${name}`,
  display: { 'en-US': name },
});

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };
type JsonObject = { readonly [key: string]: Json };

/** An xAPI statement as JSON. */
export interface Statement {
  readonly id: string;
  readonly actor: JsonObject;
  readonly verb: { readonly id: string; readonly display: Readonly<Record<string, string>> };
  readonly object: JsonObject;
  readonly result?: JsonObject;
  readonly context: JsonObject;
  readonly timestamp: string;
}

/** What the LMS said at launch (the launch URL and its LMS.LaunchData state). */
export interface Cmi5Launch {
  readonly actor: JsonObject;
  readonly registration: string;
  /** The activity id the LMS launched the AU with. */
  readonly activityId: string;
  /** Merged into every statement's context, as cmi5 requires (session id, grouping). */
  readonly contextTemplate: JsonObject;
  readonly launchMode: 'Normal' | 'Browse' | 'Review';
  /** Between 0 and 1, when the LMS set one. */
  readonly masteryScore?: number;
}

/** The id and time of one statement, made once by the sender and kept with it. */
export interface Stamp {
  readonly id: string;
  readonly timestamp: string;
}

/** ISO 8601 duration (`PT1M2.5S`) of a number of milliseconds, to the hundredth of a second. */
export function isoDuration(milliseconds: number): string {
  const hundredths = Math.max(0, Math.round(milliseconds / 10));
  const hours = Math.floor(hundredths / 360000);
  const minutes = Math.floor((hundredths % 360000) / 6000);
  const seconds = (hundredths % 6000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds}S`;
}

const objectOf = (value: Json | undefined): JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : {};
const listOf = (value: Json | undefined): readonly Json[] =>
  Array.isArray(value) ? (value as readonly Json[]) : [];

/** The launch's context template with the registration and what a statement adds. */
function contextOf(
  launch: Cmi5Launch,
  activities: Readonly<Record<string, readonly JsonObject[]>>,
  extensions: JsonObject = {},
): JsonObject {
  const template = launch.contextTemplate;
  const kept = objectOf(template['contextActivities']);
  const contextActivities: Record<string, Json> = { ...kept };
  for (const [kind, list] of Object.entries(activities))
    contextActivities[kind] = [...listOf(kept[kind]), ...list];
  const merged = { ...objectOf(template['extensions']), ...extensions };
  return {
    ...template,
    registration: launch.registration,
    contextActivities,
    ...(Object.keys(merged).length > 0 ? { extensions: merged } : {}),
  };
}

const activity = (id: string): JsonObject => ({ objectType: 'Activity', id });

/** One `answered` per decision: the option chosen, how it scored, and its rubric effects. */
export function answered(
  launch: Cmi5Launch,
  view: Pick<SessionView, 'state' | 'scenario'>,
  decision: Pick<Decision, 'index' | 'options' | 'chosen'>,
  stamp: Stamp,
  /** Milliseconds from the options appearing to the choice; null when not measured. */
  latency: number | null,
): Statement {
  const interaction = interactionOf(view, decision);
  const effects = view.state.moments
    .filter((moment) => moment.choice?.decision === decision.index)
    .map((moment) => ({ dimension: moment.dimension, delta: moment.delta, why: moment.why }));
  return {
    id: stamp.id,
    actor: launch.actor,
    verb: verb('answered'),
    object: {
      ...activity(decisionActivityId(view.scenario.id, interaction.id)),
      definition: {
        type: INTERACTION,
        name: { 'en-GB': `${view.scenario.meta.title}: decision ${decision.index + 1}` },
        interactionType: 'choice',
        choices: decision.options.map((text, index) => ({
          id: String.fromCharCode(97 + index),
          description: { 'en-GB': text },
        })),
      },
    },
    result: {
      response: interaction.response,
      ...(interaction.net !== 0 ? { success: interaction.net > 0 } : {}),
      ...(latency !== null ? { duration: isoDuration(latency) } : {}),
      extensions: { [RUBRIC_EFFECTS]: effects },
    },
    context: contextOf(launch, { parent: [activity(launch.activityId)] }),
    timestamp: stamp.timestamp,
  };
}

/** A statement cmi5 defines, about the AU itself. */
function defined(
  launch: Cmi5Launch,
  name: string,
  stamp: Stamp,
  result: JsonObject,
  moveOn: boolean,
): Statement {
  const mastery: JsonObject =
    moveOn && launch.masteryScore !== undefined ? { [MASTERY_SCORE]: launch.masteryScore } : {};
  return {
    id: stamp.id,
    actor: launch.actor,
    verb: verb(name),
    object: activity(launch.activityId),
    result,
    context: contextOf(
      launch,
      { category: moveOn ? [CMI5_CATEGORY, MOVE_ON_CATEGORY] : [CMI5_CATEGORY] },
      mastery,
    ),
    timestamp: stamp.timestamp,
  };
}

/** The scaled score (-1…1 in xAPI; here 0…1) and the SCORM score beside it. */
const scaledScore = (view: Pick<SessionView, 'scores'>): number => scoreOf(view) / SCORE_MAX;

/** Passed, failed or neither (an ending with no outcome), by the rule above. */
export function judgement(
  launch: Pick<Cmi5Launch, 'masteryScore'>,
  view: Pick<SessionView, 'scores' | 'finished' | 'state'>,
): 'passed' | 'failed' | null {
  const status = lessonStatus(view);
  if (status !== 'passed' && status !== 'failed') return null;
  if (launch.masteryScore === undefined) return status;
  return view.state.ending?.outcome === 'failed' || scaledScore(view) < launch.masteryScore
    ? 'failed'
    : 'passed';
}

/**
 * The statements of an ending, in order: passed or failed (when the ending
 * judges), completed, terminated. `stamps` gives one stamp per statement, in
 * that order; `duration` is the time since `initialized`.
 */
export function ending(
  launch: Cmi5Launch,
  view: Pick<SessionView, 'scores' | 'finished' | 'state'>,
  stamps: () => Stamp,
  duration: number,
): Statement[] {
  const took = isoDuration(duration);
  const statements: Statement[] = [];
  if (launch.launchMode === 'Normal') {
    const judged = judgement(launch, view);
    if (judged) {
      const score = scoreOf(view);
      statements.push(
        defined(
          launch,
          judged,
          stamps(),
          {
            score: { scaled: score / SCORE_MAX, raw: score, min: SCORE_MIN, max: SCORE_MAX },
            success: judged === 'passed',
            duration: took,
          },
          true,
        ),
      );
    }
    statements.push(
      defined(launch, 'completed', stamps(), { completion: true, duration: took }, true),
    );
  }
  statements.push(terminated(launch, stamps(), duration));
  return statements;
}

/** The last statement of a session: at an ending, or when the page is closed mid-way. */
export function terminated(launch: Cmi5Launch, stamp: Stamp, duration: number): Statement {
  return defined(launch, 'terminated', stamp, { duration: isoDuration(duration) }, false);
}
