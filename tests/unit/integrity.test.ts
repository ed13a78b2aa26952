import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildEvidence } from '../../src/sim/evidence/evidence.ts';
import { checkSeal, seal, sealedContent, webSha256 } from '../../src/sim/evidence/integrity.ts';
import { attemptIdOf, resultOf } from '../../src/sim/evidence/result.ts';
import { played, tinyScenario } from './fixture-story.ts';

const nodeSha256 = (text: string) =>
  Promise.resolve(createHash('sha256').update(text).digest('hex'));
const scenario = tinyScenario();

function evidence(learnerName?: string) {
  const { view } = played(scenario, [0, 0]);
  return buildEvidence({
    result: resultOf(view, '2025-06-09T09:00:00.000Z', '2025-06-09T09:20:00.000Z'),
    state: view.state,
    meta: scenario.meta,
    selfRating: null,
    reflection: null,
    exportedAt: '2025-06-09T09:21:00.000Z',
    learnerName: learnerName ?? null,
  });
}

/** A file as the learner downloads it, read back as the tutor's import reads it. */
const asFile = (document: object) =>
  JSON.parse(JSON.stringify(document, null, 2)) as Record<string, unknown>;

describe('the SHA-256 a result file carries', () => {
  it('is the same sum with Web Crypto as with node:crypto, including for non-ASCII text', async () => {
    for (const text of ['', 'abc', 'Mrs O’Connor — £40 refund ✓'])
      expect(await webSha256(text)).toBe(await nodeSha256(text));
  });

  it('is taken over the content without the sum itself', async () => {
    const sealed = await seal(evidence(), nodeSha256);
    expect(sealed.sha256).toBe(await nodeSha256(sealedContent(evidence())));
    expect(sealedContent(sealed)).toBe(JSON.stringify(evidence()));
  });

  it('finds a file that arrived as exported intact, however it was indented', async () => {
    const sealed = await seal(evidence(), webSha256);
    expect(await checkSeal(asFile(sealed), nodeSha256)).toBe('intact');
    const compact = JSON.parse(JSON.stringify(sealed)) as Record<string, unknown>;
    expect(await checkSeal(compact, nodeSha256)).toBe('intact');
  });

  it('finds an edited score damaged', async () => {
    const file = asFile(await seal(evidence(), nodeSha256));
    const result = file['result'] as { scores: { score: number }[] };
    result.scores[0]!.score += 1;
    expect(await checkSeal(file, nodeSha256)).toBe('damaged');
  });

  it('says a file without a sum is unsealed, not damaged', async () => {
    expect(await checkSeal(asFile(evidence()), nodeSha256)).toBe('unsealed');
  });
});

describe('who and which attempt a result file is from', () => {
  it('names the attempt by its scenario, seed and start, the same in every export of it', () => {
    const first = evidence();
    const again = evidence();
    expect(first.attemptId).toBe(again.attemptId);
    expect(first.attemptId).toBe(
      attemptIdOf('tiny', first.result.seed ?? 0, first.result.startedAt),
    );
    expect(attemptIdOf('tiny', 1, '2025-06-09T09:00:00.000Z')).not.toBe(
      attemptIdOf('tiny', 2, '2025-06-09T09:00:00.000Z'),
    );
  });

  it('carries the learner’s name when the app has one, and no name field otherwise', () => {
    expect(evidence('  Asha Patel ').learner).toEqual({ name: 'Asha Patel' });
    expect('learner' in evidence()).toBe(false);
    expect('learner' in evidence('   ')).toBe(false);
  });
});
