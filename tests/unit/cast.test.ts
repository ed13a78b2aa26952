/**
 * One world: the library's people are defined once, in stories/cast.json, and stories name
 * them by id. The cast fails on a clash (one name, one person, one role, one portrait, and a
 * DPO with no other role), and a story fails when it names someone the cast does not have.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { castFromText } from '../../src/build/cast-file.ts';
import { compileStory } from '../../src/build/compile-story.ts';
import { nameKey, parseCast, type CastProblem } from '../../src/sim/people/cast-check.ts';
import { LOOKS } from '../../src/sim/people/looks.ts';
import { fixtureCast, libraryCast } from './casts.ts';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const libraryText = readFileSync(join(repo, 'stories', 'cast.json'), 'utf8');
const fixtureText = readFileSync(join(repo, 'tests', 'fixtures', 'cast.json'), 'utf8');
const tiny = readFileSync(join(repo, 'tests', 'fixtures', 'tiny.ink'), 'utf8');

interface Entry {
  [key: string]: unknown;
}
interface CastData {
  organisations: Entry[];
  people: Entry[];
}

/** The library cast's data, changed by `edit`, and what the cast says about it. */
function problemsAfter(edit: (data: CastData) => void): readonly CastProblem[] {
  const data = JSON.parse(libraryText) as CastData;
  edit(data);
  return parseCast(data).problems;
}

const person = (data: CastData, id: string): Entry => {
  const found = data.people.find((p) => p.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};

const messages = (problems: readonly CastProblem[]) => problems.map((p) => p.message);

describe('the library cast', () => {
  it('is sound: every person once, with one role and their own look', () => {
    const { errors } = castFromText(libraryText, 'stories/cast.json');
    expect(errors).toEqual([]);
    const cast = libraryCast();
    expect(cast.people.length).toBeGreaterThanOrEqual(29);
    expect(new Set(cast.people.map((p) => nameKey(p.name))).size).toBe(cast.people.length);
    // Every look in the art belongs to exactly one person.
    expect(cast.people.map((p) => p.look).sort()).toEqual(Object.keys(LOOKS).sort());
  });

  it('keeps the Data Protection Officer apart from Customer Service management', () => {
    const cast = libraryCast();
    const dpo = cast.people.filter((p) => p.role === 'Data Protection Officer');
    expect(dpo.map((p) => p.name)).toEqual(['Amina Farah']);
    expect(cast.people.find((p) => p.role === 'Customer Service Manager')?.name).toBe(
      'Claire Bennett',
    );
  });

  it('holds each partner contract once, e.g. Pennine Freight’s KPIs and Clearline’s contract', () => {
    const cast = libraryCast();
    const agreement = (id: string) => cast.organisations.find((o) => o.id === id)?.agreement;
    expect(agreement('pennine-freight')?.form).toBe('formal');
    expect(agreement('pennine-freight')?.text).toContain(
      'on-time delivery 97%; damage rate under 0.5%',
    );
    expect(agreement('clearline')?.text).toMatch(
      /80% of calls answered within 60 seconds.*first-contact resolution at least 70%.*Art\. 28/,
    );
    expect(agreement('kirkgate-fitting')?.form).toBe('informal');
  });
});

describe('a clash in the cast', () => {
  it('fails on two entries with the same name, whatever the title', () => {
    const problems = problemsAfter((data) => {
      data.people.push({ ...person(data, 'okafor-janet'), id: 'okafor-janet-2', look: 'farah' });
      person(data, 'farah-amina').look = 'okafor';
      person(data, 'okafor-janet-2').name = 'Janet Okafor';
    });
    expect(messages(problems)).toContainEqual(
      'Janet Okafor is in the cast twice ("okafor-janet" and "okafor-janet-2"): keep one entry',
    );
  });

  it('fails on one person given two roles', () => {
    const problems = problemsAfter((data) => {
      person(data, 'brennan-lee').name = 'Imran Khan';
    });
    const clash = problems.find((p) => p.id === 'brennan-lee');
    expect(clash?.message).toMatch(
      /^Imran Khan is given two roles: "Finance business partner" \("khan-imran"\) and "Owner, Kirkgate Fitting" \("brennan-lee"\)/,
    );
  });

  it('fails when the DPO holds another role (UK GDPR Art. 38(6))', () => {
    const twoEntries = problemsAfter((data) => {
      person(data, 'bennett-claire').name = 'Amina Farah';
    });
    expect(messages(twoEntries)).toContainEqual(
      expect.stringMatching(
        /^Amina Farah is the Data Protection Officer \("farah-amina"\) and also "Customer Service Manager" \("bennett-claire"\): the DPO may hold no other role here .*Art\. 38\(6\)/,
      ),
    );
    const oneRole = problemsAfter((data) => {
      person(data, 'farah-amina').role = 'Customer Service Manager and DPO';
    });
    expect(messages(oneRole)).toContainEqual(
      expect.stringMatching(/joins the Data Protection Officer with another post.*Art\. 38\(6\)/),
    );
  });

  it('fails on two people sharing a portrait', () => {
    const problems = problemsAfter((data) => {
      person(data, 'marsh-dean').look = 'mistry';
    });
    expect(messages(problems)).toContainEqual(
      'Dean Marsh and Dev Mistry share the portrait "mistry": give each person their own look (src/sim/people/looks.ts)',
    );
  });

  it('fails on a repeated id and on a partner with no organisation or agreement', () => {
    const problems = problemsAfter((data) => {
      data.people.push({ ...person(data, 'chen-amy'), name: 'Someone Else', look: 'nobody' });
    });
    expect(messages(problems)).toContainEqual(
      'people.29.look: is not a look in src/sim/people/looks.ts',
    );
    const links = problemsAfter((data) => {
      delete person(data, 'reid-callum').organisation;
      delete data.organisations.find((o) => o.id === 'clearline')?.agreement;
    });
    expect(messages(links)).toEqual([
      'Callum Reid is a partner: name the business in "organisation"',
      'Clearline Contact Services needs an "agreement" (formal or informal, and its text): Rashid Malik is a link in the chain',
    ]);
    const ids = problemsAfter((data) => {
      person(data, 'chen-amy').id = 'adeyemi-daniel';
    });
    expect(messages(ids)).toContain('two people have the id "adeyemi-daniel"');
  });

  it('points at the line of the entry it is about', () => {
    const text = fixtureText.replace('"name": "Test Supplies"', '"name": "Ann Test"');
    const { errors } = castFromText(text, 'stories/cast.json');
    const line = text.split('\n').findIndex((l) => l.includes('"id": "test-supplies"')) + 1;
    expect(errors).toEqual([
      `stories/cast.json:${line}: Ann Test is given two roles: "Customer" ("ann-test") and "Supplier" ("test-supplies"). One person, one role: keep one entry, or give the other person another name`,
    ]);
  });
});

describe('a story naming its people from the cast', () => {
  const compile = (source: string) =>
    compileStory(source, 'stories/tiny.ink', 'tiny', fixtureCast());
  const lineOf = (source: string, text: string) =>
    source.split('\n').findIndex((l) => l.includes(text)) + 1;

  it('takes the name, role, kind, look and agreement from the cast', () => {
    const { scenario, errors } = compile(tiny);
    expect(errors).toEqual([]);
    expect(scenario?.meta.characters).toEqual([
      { id: 'customer', name: 'Ann Test', role: 'Customer', kind: 'customer', look: 'okafor' },
      {
        id: 'supplier',
        name: 'Test Supplies',
        role: 'Supplier',
        kind: 'partner',
        look: 'calder',
        relationship: { formal: true, agreement: 'SLA: reply within 24 hours' },
      },
    ]);
  });

  it('refuses the long form, with its line, and asks for the person to be added to the cast', () => {
    const source = tiny.replace(
      '# character: customer; ann-test',
      '# character: customer; Ann Test; Customer; customer; okafor',
    );
    const line = lineOf(source, '# character: customer;');
    expect(compile(source).errors).toContainEqual(
      `stories/tiny.ink:${line}: tag "character": people are defined once, in the cast: add "Ann Test" to stories/cast.json (id, name, role, kind, look), then write "# character: customer; <cast id>" (see docs/authoring.md)`,
    );
  });

  it('refuses an agreement written in the story: it belongs to the cast', () => {
    const source = tiny.replace('# partner: supplier', '# partner: supplier; formal; SLA: 1 day');
    expect(compile(source).errors).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^stories/tiny\\.ink:${lineOf(source, '# partner:')}: tag "partner": agreements are defined once, in the cast`,
        ),
      ),
    );
  });

  it('fails on someone not in the cast, at the line that names them', () => {
    const source = tiny.replace(
      '# character: customer; ann-test',
      '# character: customer; ann-tset',
    );
    expect(compile(source).errors).toContainEqual(
      `stories/tiny.ink:${lineOf(source, 'ann-tset')}: "ann-tset" is not in the cast: add the person to stories/cast.json (id, name, role, kind, look) and refer to them by that id (did you mean "ann-test"?)`,
    );
    const stranger = tiny.replace('# character: customer; ann-test', '# character: customer; zed');
    expect(compile(stranger).errors[0]).toMatch(/"zed" is not in the cast: add the person/);
  });

  it('fails on one person playing two parts in a story', () => {
    const source = tiny.replace(
      '# character: supplier; test-supplies',
      '# character: supplier; test-supplies\n# character: other; ann-test',
    );
    expect(compile(source).errors).toContainEqual(
      `stories/tiny.ink:${lineOf(source, '# character: other;')}: Ann Test ("ann-test") is already in this story as "customer" (line ${lineOf(source, '# character: customer;')}): one person, one part`,
    );
  });

  it('fails on an agreement the organisation does not have', () => {
    const source = tiny.replace('# partner: supplier', '# partner: supplier; with-marketing');
    expect(compile(source).errors).toContainEqual(
      `stories/tiny.ink:${lineOf(source, '# partner:')}: Test Supplies Ltd has no agreement "with-marketing" in the cast`,
    );
  });
});

describe('the story checker', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('fails on a clash in the cast before it reads any story', () => {
    const root = mkdtempSync(join(tmpdir(), 'cast-check-'));
    made.push(root);
    mkdirSync(join(root, 'stories'));
    writeFileSync(
      join(root, 'stories', 'cast.json'),
      fixtureText.replace('"look": "calder"', '"look": "okafor"'),
    );
    writeFileSync(join(root, 'stories', 'tiny.ink'), tiny);
    const run = spawnSync(
      join(repo, 'node_modules', '.bin', 'tsx'),
      [join(repo, 'src', 'build', 'check-stories-cli.ts'), 'stories/tiny.ink'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /stories\/cast\.json:\d+: Test Supplies and Ann Test share the portrait "okafor"/,
    );
  }, 60_000);
});
