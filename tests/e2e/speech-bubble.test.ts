/**
 * The speech bubble on the stage's canvas: it shows the transcript's latest
 * spoken line, whole, with its speaker's full name and role inside it; it is
 * sized to what it holds (no empty box on the projector), grows with the 200 %
 * text setting, and keeps pace with the transcript. The canvas is hidden from
 * assistive technology, so the scene describes what it drew on the canvas
 * element's data attributes (src/stage/conversation-scene.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chooseOption, SCREENSHOTS, useApp, watchErrors } from './harness.ts';
import { builtScenario, pathTo } from './paths.ts';

const app = useApp();

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const boxOf = (words: string | undefined): Box => {
  const [x = NaN, y = NaN, width = NaN, height = NaN] = (words ?? '').split(' ').map(Number);
  return { x, y, width, height };
};
const inside = (outer: Box, inner: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

interface Picture {
  line: string;
  typed: boolean;
  bubble: Box;
  content: Box;
  size: number;
}

/**
 * Wait until the bubble shows the transcript's latest spoken line, typed in
 * full, and return what the canvas drew.
 */
async function bubbleCaughtUp(page: Page, timeout = 15_000): Promise<Picture> {
  const handle = await page.waitForFunction(
    () => {
      const canvas = document.querySelector<HTMLCanvasElement>('#stage canvas');
      const lines = document.querySelectorAll<HTMLElement>('[role="log"] li.line-speech');
      const last = lines[lines.length - 1];
      if (!canvas || !last) return null;
      const shown = canvas.dataset;
      return shown.speechLine === last.dataset.id && shown.speechTyped === 'true'
        ? { ...shown }
        : null;
    },
    undefined,
    { timeout },
  );
  const shown = (await handle.jsonValue()) as Record<string, string>;
  return {
    line: shown.speechLine ?? '',
    typed: shown.speechTyped === 'true',
    bubble: boxOf(shown.bubble),
    content: boxOf(shown.bubbleContent),
    size: Number(shown.speechSize),
  };
}

function assertFits(picture: Picture, where: string): void {
  assert.ok(
    inside(picture.bubble, picture.content),
    `${where}: name and words (${JSON.stringify(picture.content)}) inside the bubble (${JSON.stringify(picture.bubble)})`,
  );
  assert.ok(
    inside({ x: 0, y: 0, width: 1280, height: 720 }, picture.bubble),
    `${where}: the bubble is on the canvas`,
  );
  assert.ok(
    picture.bubble.height - picture.content.height <= 60,
    `${where}: the bubble is no taller than what it holds (${picture.bubble.height} px for ${picture.content.height} px)`,
  );
}

const setTextSize = (page: Page, percent: number) =>
  page.addInitScript(
    (size) =>
      localStorage.setItem(
        'service-chain:settings:v1',
        JSON.stringify({ version: 1, textSize: size }),
      ),
    percent,
  );

describe('the speech bubble', () => {
  it('keeps pace with the transcript and fits every speaker, long roles included', async () => {
    const scenario = await builtScenario('picking-error');
    const path = pathTo(scenario, 'strong');
    const page = await app.browser().newPage({ viewport: { width: 1280, height: 720 } });
    const errors = watchErrors(page);
    await page.goto(`${app.url()}/?scenario=picking-error&seed=1`);
    const names = new Set<string>();
    for (const [step, index] of path.entries()) {
      const picture = await bubbleCaughtUp(page);
      assertFits(picture, `before decision ${step + 1}`);
      names.add(
        await page.getByRole('log').locator(`li[data-id="${picture.line}"] .speaker`).innerText(),
      );
      if (names.has('Kasia Nowak: ') && step % 4 === 0)
        await page
          .locator('#stage canvas')
          .screenshot({ path: join(SCREENSHOTS, `bubble-long-role-${step}.png`) });
      await chooseOption(page, index);
    }
    assert.ok(names.has('Kasia Nowak: '), 'the warehouse team leader spoke on this path');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('is snug on the projector and grows with the 200 % text setting', async () => {
    const sizes: number[] = [];
    for (const percent of [100, 200]) {
      const page = await app.browser().newPage({ viewport: { width: 1920, height: 1080 } });
      await setTextSize(page, percent);
      await page.goto(`${app.url()}/?scenario=picking-error&seed=1`);
      const picture = await bubbleCaughtUp(page);
      assertFits(picture, `the first line at ${percent} %`);
      sizes.push(picture.size);
      await page
        .locator('#stage canvas')
        .screenshot({ path: join(SCREENSHOTS, `bubble-projector-${percent}.png`) });
      await page.close();
    }
    assert.ok(sizes[1]! > sizes[0]!, `words at 200 % are larger (${sizes.join(' px, ')} px)`);
  });

  it('follows a text size changed in Settings, without waiting for the next line', async () => {
    const page = await app.browser().newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${app.url()}/?scenario=late-supplier&seed=1`);
    const before = await bubbleCaughtUp(page);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: '200%' }).check();
    await page.keyboard.press('Escape');
    const after = await bubbleCaughtUp(page);
    assert.equal(after.line, before.line, 'the same line');
    assert.ok(after.size > before.size, `larger words (${before.size} → ${after.size} px)`);
    assertFits(after, 'after the change');
    await page.close();
  });
});
