/**
 * What a scenario id may be: the name of its story file, in lower-case
 * letters, digits and hyphens. Anything from outside (the address bar, a
 * save) is checked against this before it is used to look anything up, and
 * echoed back only as a short excerpt.
 */
export const SCENARIO_ID = /^[a-z0-9-]{1,64}$/;

export const SCENARIO_ID_RULE =
  'a scenario id is up to 64 lower-case letters, digits and hyphens, like "late-supplier"';

export function isScenarioId(text: string): boolean {
  return SCENARIO_ID.test(text);
}

/** At most `max` characters of untrusted text, marked when cut, for quoting back to the learner. */
export function excerpt(text: string, max = 40): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}
