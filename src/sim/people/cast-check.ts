/**
 * Checking `stories/cast.json`: its shape (a zod schema) and what would make the world disagree
 * with itself (one name, one person, one role). Used by the build and the story checker only,
 * never by the player's bundle. Pure: reading the file is the build's job.
 */
import { z } from '../zod.ts';
import { isLookId, type LookId } from './looks.ts';
import { CHARACTER_KINDS } from '../story/tags.ts';
import type { Cast, CastPerson } from './cast.ts';

const ID = /^[a-z][a-z0-9-]*$/;
const id = z.string().regex(ID, 'must be lower-case letters, digits and hyphens');
const words = z.string().trim().min(1, 'must not be empty');
/** Tag text cannot hold these: Ink would read them as its own syntax. */
const tagText = words.refine((text) => !/[{}#]|\/\//.test(text), {
  message: 'must not contain {, }, # or // (the text is shown through Ink tags)',
});

const agreementSchema = z.strictObject({
  form: z.enum(['formal', 'informal']),
  text: tagText,
});

const organisationSchema = z.strictObject({
  id,
  name: words,
  /** `partner` for another business, `department` for a part of Northway. */
  kind: z.enum(['partner', 'department']),
  /** One line on what the organisation does for Northway. */
  about: words,
  /** What a story's `# partner: <id>` shows: the contract, SLA or arrangement with Northway. */
  agreement: agreementSchema.optional(),
  /** Other agreements a story can name with `# partner: <id>; <agreement id>`. */
  otherAgreements: z.record(id, agreementSchema).optional(),
});

const personSchema = z.strictObject({
  id,
  name: words,
  role: tagText,
  kind: z.enum(CHARACTER_KINDS),
  look: z.string().refine(isLookId, { message: 'is not a look in src/sim/people/looks.ts' }),
  organisation: id.optional(),
});

const castSchema = z.strictObject({
  $comment: z.string().optional(),
  organisations: z.array(organisationSchema),
  people: z.array(personSchema),
});

/** A problem in the cast, with the id of the entry it is about (the file reader finds its line). */
export interface CastProblem {
  readonly id: string | null;
  readonly message: string;
}

export type CastResult =
  | { ok: true; cast: Cast; problems: readonly CastProblem[] }
  | { ok: false; problems: readonly CastProblem[] };

/** Validate parsed JSON as a cast; a valid shape may still have clashes (see `castClashes`). */
export function parseCast(data: unknown): CastResult {
  const parsed = castSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, 10).map((issue) => ({
        id: entryId(data, issue.path),
        message: `${issue.path.join('.') || 'the cast'}: ${issue.message}`,
      })),
    };
  }
  const cast: Cast = {
    organisations: parsed.data.organisations,
    people: parsed.data.people,
  };
  return { ok: true, cast, problems: castClashes(cast) };
}

/** The id of the entry a schema problem is in, e.g. `people.3.look` → that person's id. */
function entryId(data: unknown, path: readonly PropertyKey[]): string | null {
  const [list, index] = path;
  if (typeof list !== 'string' || typeof index !== 'number') return null;
  const entry = (data as Record<string, unknown> | null)?.[list];
  const item = Array.isArray(entry) ? (entry[index] as { id?: unknown } | undefined) : undefined;
  return typeof item?.id === 'string' ? item.id : null;
}

/** A name as a person is known, without a title: "Mrs Janet Okafor" and "Janet Okafor" clash. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^(mr|mrs|ms|miss|mx|dr)\.?\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The Data Protection Officer's post, as the cast writes it. */
const DPO_ROLE = 'Data Protection Officer';
const NAMES_DPO = /\bdata protection officer\b|\bDPO\b/i;

/**
 * What would make the world disagree with itself: two entries with one id, one name or one
 * portrait; a person given two roles; an organisation a person cannot belong to; and the
 * UK GDPR Art. 38(6) conflict, kept simple: the DPO holds no other role.
 */
function castClashes(cast: Cast): CastProblem[] {
  const problems: CastProblem[] = [];
  const twice = <T extends { id: string }>(list: readonly T[], what: string) => {
    const seen = new Set<string>();
    for (const entry of list) {
      if (seen.has(entry.id))
        problems.push({ id: entry.id, message: `two ${what} have the id "${entry.id}"` });
      seen.add(entry.id);
    }
  };
  twice(cast.organisations, 'organisations');
  twice(cast.people, 'people');

  const isDpo = (person: CastPerson) => NAMES_DPO.test(person.role);
  const byName = new Map<string, CastPerson>();
  const byLook = new Map<LookId, CastPerson>();
  for (const person of cast.people) {
    const first = byName.get(nameKey(person.name));
    if (first && first.id !== person.id) {
      if (isDpo(first) || isDpo(person)) {
        const [dpo, other] = isDpo(first) ? [first, person] : [person, first];
        problems.push({
          id: person.id,
          message: `${dpo.name} is the ${DPO_ROLE} ("${dpo.id}") and also "${other.role}" ("${other.id}"): the DPO may hold no other role here (a conflict of interests, UK GDPR Art. 38(6))`,
        });
      } else if (first.role !== person.role) {
        problems.push({
          id: person.id,
          message: `${person.name} is given two roles: "${first.role}" ("${first.id}") and "${person.role}" ("${person.id}"). One person, one role: keep one entry, or give the other person another name`,
        });
      } else {
        problems.push({
          id: person.id,
          message: `${person.name} is in the cast twice ("${first.id}" and "${person.id}"): keep one entry`,
        });
      }
    } else byName.set(nameKey(person.name), person);
    const sameLook = byLook.get(person.look);
    if (sameLook) {
      problems.push({
        id: person.id,
        message: `${person.name} and ${sameLook.name} share the portrait "${person.look}": give each person their own look (src/sim/people/looks.ts)`,
      });
    } else byLook.set(person.look, person);
    if (isDpo(person) && person.role !== DPO_ROLE) {
      problems.push({
        id: person.id,
        message: `${person.name}'s role "${person.role}" joins the ${DPO_ROLE} with another post: the DPO may hold no other role here (a conflict of interests, UK GDPR Art. 38(6)); write the role as "${DPO_ROLE}"`,
      });
    }
    problems.push(...organisationProblems(cast, person));
  }
  return problems;
}

/** Partners' and departments' people belong to an organisation of that kind with an agreement. */
function organisationProblems(cast: Cast, person: CastPerson): CastProblem[] {
  const problem = (message: string): CastProblem[] => [{ id: person.id, message }];
  if (person.kind === 'customer') {
    return person.organisation
      ? problem(`${person.name} is a customer: a customer has no "organisation" in the cast`)
      : [];
  }
  if (!person.organisation) {
    return person.kind === 'colleague'
      ? []
      : problem(
          `${person.name} is a ${person.kind}: name the ${person.kind === 'partner' ? 'business' : 'department'} in "organisation"`,
        );
  }
  const organisation = cast.organisations.find((known) => known.id === person.organisation);
  if (!organisation)
    return problem(`${person.name}'s organisation "${person.organisation}" is not in the cast`);
  const expected = person.kind === 'partner' ? 'partner' : 'department';
  if (organisation.kind !== expected) {
    return problem(
      `${person.name} is a ${person.kind}, but ${organisation.name} is a ${organisation.kind}`,
    );
  }
  if (person.kind !== 'colleague' && !organisation.agreement) {
    return problem(
      `${organisation.name} needs an "agreement" (formal or informal, and its text): ${person.name} is a link in the chain`,
    );
  }
  return [];
}
