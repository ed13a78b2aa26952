import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docsProblems, fieldPaths, pngSize } from '../../src/build/docs-check.ts';

/** The first 24 bytes of a PNG: its signature and an IHDR chunk giving its size. */
function png(width: number, height: number): Buffer {
  const header = Buffer.alloc(24);
  Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').copy(header);
  header.writeUInt32BE(width, 16);
  header.writeUInt32BE(height, 20);
  return header;
}

function folder(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'docs-check-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return root;
}

const evidence = (fields: Record<string, unknown>) =>
  JSON.stringify({ format: 'service-chain-evidence', version: 3, exportedAt: 'x', ...fields });
const EVIDENCE = 'examples/late-supplier-evidence.json';
const PDF = 'examples/late-supplier-report.pdf';

describe('the generated docs check', () => {
  it('passes committed docs that match a fresh run but for times, paths and pixels', () => {
    const docs = folder({
      [EVIDENCE]: evidence({
        exportedAt: '2026-01-01',
        decisions: [{ at: '09:00' }],
        selfRating: { a: 1 },
      }),
      [PDF]: '%PDF-1.7 committed',
      'screenshots/menu.png': png(1280, 900),
    });
    const made = folder({
      // Another path and other ratings: other fields inside its lists and objects.
      [EVIDENCE]: evidence({
        exportedAt: '2026-12-02',
        decisions: [{ at: '10:30', why: 'x' }],
        selfRating: { b: 2 },
      }),
      'screenshots/menu.png': png(1280, 1400),
    });
    expect(docsProblems(docs, made)).toEqual([]);
  });

  it('finds an example of an older format, or with fields the app no longer writes', () => {
    const docs = folder({
      [EVIDENCE]: evidence({ version: 1, learner: 'old' }),
      [PDF]: '%PDF-',
    });
    const made = folder({ [EVIDENCE]: evidence({ attemptId: 'a' }) });
    const problems = docsProblems(docs, made).join('\n');
    expect(problems).toMatch(/version 1, the app now exports version 3/);
    expect(problems).toMatch(/new: attemptId; gone: learner/);
  });

  it('finds a missing report, a broken screenshot and one of another width', () => {
    const docs = folder({
      [EVIDENCE]: evidence({}),
      'screenshots/a.png': 'not a png',
      'screenshots/b.png': png(360, 800),
    });
    const made = folder({ [EVIDENCE]: evidence({}), 'screenshots/b.png': png(390, 800) });
    expect(docsProblems(docs, made)).toEqual([
      `${join(docs, PDF)} is missing or not a PDF`,
      `${join(docs, 'screenshots/a.png')} is not a PNG`,
      `${join(docs, 'screenshots/b.png')} is 360 px wide, the tests now take 390`,
    ]);
  });

  it('leaves alone a folder of screenshots kept as a record', () => {
    const docs = folder({
      [EVIDENCE]: evidence({}),
      [PDF]: '%PDF-',
      'screenshots/menu.png': png(360, 800),
      'screenshots/issue-12/README.md': 'Taken from commit a1e325f.',
      'screenshots/issue-12/before-menu.png': png(360, 740),
    });
    const made = folder({ [EVIDENCE]: evidence({}), 'screenshots/menu.png': png(360, 900) });
    expect(docsProblems(docs, made)).toEqual([]);
  });

  it('reads field paths at every depth, and a PNG size from its header', () => {
    expect(fieldPaths({ a: [{ b: 1 }, { c: { d: 2 } }] })).toEqual([
      'a',
      'a[].b',
      'a[].c',
      'a[].c.d',
    ]);
    expect(pngSize(png(7, 9))).toEqual({ width: 7, height: 9 });
    expect(pngSize(Buffer.from('GIF89a'))).toBeNull();
  });
});
