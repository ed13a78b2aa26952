/**
 * The library's cast: every person in the Northway world (staff, partners' people, customers)
 * and the organisations behind them, defined once in `stories/cast.json`. Stories name people by
 * their cast id. This module holds the cast's shape and the lookups a story needs at play time;
 * checking the file is the build's job (`cast-check.ts`), so the player never loads its schema.
 */
import type { LookId } from './looks.ts';
import type { CharacterKind } from '../story/tags.ts';

export interface Agreement {
  readonly form: 'formal' | 'informal';
  readonly text: string;
}

export interface Organisation {
  readonly id: string;
  readonly name: string;
  /** `partner` for another business, `department` for a part of Northway. */
  readonly kind: 'partner' | 'department';
  /** One line on what the organisation does for Northway. */
  readonly about: string;
  /** What a story's `# partner: <id>` shows: the contract, SLA or arrangement with Northway. */
  readonly agreement?: Agreement | undefined;
  /** Other agreements a story can name with `# partner: <id>; <agreement id>`. */
  readonly otherAgreements?: Readonly<Record<string, Agreement>> | undefined;
}

export interface CastPerson {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly kind: CharacterKind;
  readonly look: LookId;
  readonly organisation?: string | undefined;
}

export interface Cast {
  readonly organisations: readonly Organisation[];
  readonly people: readonly CastPerson[];
}

export function castPerson(cast: Cast, personId: string): CastPerson | undefined {
  return cast.people.find((person) => person.id === personId);
}

function organisationOf(cast: Cast, person: CastPerson): Organisation | undefined {
  return cast.organisations.find((organisation) => organisation.id === person.organisation);
}

export type AgreementResult = { ok: true; agreement: Agreement } | { ok: false; error: string };

/** The agreement a `# partner:` line takes from the cast: the organisation's own, or a named one. */
export function agreementFor(cast: Cast, person: CastPerson, name: string | null): AgreementResult {
  const organisation = organisationOf(cast, person);
  if (!organisation?.agreement) {
    return {
      ok: false,
      error: `${person.name} (${person.kind}) has no organisation with an agreement in the cast`,
    };
  }
  if (name === null) return { ok: true, agreement: organisation.agreement };
  const other = organisation.otherAgreements?.[name];
  if (other) return { ok: true, agreement: other };
  const known = Object.keys(organisation.otherAgreements ?? {});
  return {
    ok: false,
    error: `${organisation.name} has no agreement "${name}" in the cast${known.length > 0 ? `; it has: ${known.join(', ')}` : ''}`,
  };
}

/** Cast ids that look like `wanted`, to suggest when a story names someone not in the cast. */
export function similarIds(cast: Cast, wanted: string): string[] {
  const parts = wanted.split('-').filter((part) => part.length >= 3);
  return cast.people
    .map((person) => person.id)
    .filter((known) => parts.some((part) => known.includes(part)))
    .slice(0, 3);
}
