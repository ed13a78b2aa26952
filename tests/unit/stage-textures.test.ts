import { describe, expect, it, vi } from 'vitest';
import { LazyTextures, type TextureStore } from '../../src/stage/scene-pictures.ts';

/** Each picture "drawn" is a distinct object, resolved when the test says so. */
const drawn: { resolve: () => void }[] = [];
vi.mock('../../src/stage/svg-texture.ts', () => ({
  svgImage: () => new Promise((resolve) => drawn.push({ resolve: () => resolve({}) })),
}));

/** Phaser's texture manager as far as the stage uses it: which pictures it holds. */
function textureStore(): TextureStore & { readonly held: Set<string> } {
  const held = new Set<string>();
  return {
    held,
    exists: (key: string) => held.has(key),
    addImage: (key: string) => {
      held.add(key);
      return null;
    },
    remove: ((key: string) => {
      held.delete(key);
      return null;
    }) as unknown as TextureStore['remove'],
  };
}

async function drawAll(): Promise<void> {
  for (const picture of drawn.splice(0)) picture.resolve();
  await new Promise((resolve) => setTimeout(resolve));
}

const svg = () => '<svg/>';

describe("the stage's pictures", () => {
  it('are drawn once each, however often a scene asks for them', async () => {
    const store = textureStore();
    const pictures = new LazyTextures(store);
    void pictures.get('bg:shop-floor', svg, 1280, 720);
    void pictures.get('bg:shop-floor', svg, 1280, 720);
    expect(drawn).toHaveLength(1);
    await drawAll();
    void pictures.get('bg:shop-floor', svg, 1280, 720);
    expect(drawn).toHaveLength(0);
    expect([...store.held]).toEqual(['bg:shop-floor']);
  });

  it('are all freed when a scenario ends, but for those still on screen', async () => {
    const store = textureStore();
    const pictures = new LazyTextures(store);
    for (const key of ['bg:office', 'bg:warehouse', 'portrait:a:calm', 'portrait:a:angry'])
      void pictures.get(key, svg, 10, 10);
    await drawAll();
    expect(store.held.size).toBe(4);
    pictures.release(new Set(['bg:office', 'portrait:a:calm']));
    expect([...store.held].sort()).toEqual(['bg:office', 'portrait:a:calm']);
    pictures.release();
    expect(store.held.size).toBe(0);
  });

  it('are drawn afresh when a freed one is wanted again', async () => {
    const store = textureStore();
    const pictures = new LazyTextures(store);
    void pictures.get('bg:office', svg, 10, 10);
    await drawAll();
    pictures.release();
    const again = pictures.get('bg:office', svg, 10, 10);
    expect(drawn).toHaveLength(1);
    await drawAll();
    await again;
    expect(store.held.has('bg:office')).toBe(true);
  });

  it('still being drawn when the scenario ends are not kept once drawn', async () => {
    const store = textureStore();
    const pictures = new LazyTextures(store);
    void pictures.get('bg:office', svg, 10, 10);
    pictures.release();
    await drawAll();
    expect(store.held.size).toBe(0);
  });
});
