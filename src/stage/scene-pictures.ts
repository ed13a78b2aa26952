/**
 * What the conversation scene shows for a view, worked out without drawing:
 * the location's background, the last speaker's portrait in the expression
 * their mood or stance gives, and their line for the bubble. Pictures are
 * drawn from SVG the first time one is needed, each once.
 */
import type * as Phaser from 'phaser';
import type { Expression } from '../art/portraits.ts';
import { moodOf, stanceOf } from '../sim/people/people.ts';
import type { SessionView } from '../sim/session/session.ts';
import type { LookId } from '../sim/people/looks.ts';
import type { Location } from '../sim/story/locations.ts';
import { characterOf } from '../sim/story/scenario.ts';
import { MOOD_EXPRESSION, STANCE_EXPRESSION } from './expressions.ts';
import { svgImage } from './svg-texture.ts';

/** Each picture's texture key, named once: a location's background, a look in one expression. */
export const backgroundKey = (location: Location) => `bg:${location}`;
const portraitKey = (look: LookId, expression: Expression) => `portrait:${look}:${expression}`;

/** The line in the bubble: which transcript entry, who says it, and their words. */
export interface Said {
  readonly id: number;
  readonly name: string;
  readonly words: string;
}

export interface ScenePicture {
  readonly location: Location;
  readonly background: string;
  readonly look: LookId | null;
  readonly expression: Expression;
  /** The portrait's texture key, or null when nobody has spoken yet. */
  readonly portrait: string | null;
  readonly said: Said | null;
}

export function scenePicture(view: SessionView): ScenePicture {
  const { state } = view;
  const location: Location = state.scene;
  const lastSpeech = [...state.transcript].reverse().find((entry) => entry.kind === 'speech');
  const character = characterOf(view.scenario.meta, lastSpeech?.speaker);
  const person = character ? state.people[character.id] : undefined;
  const mood = person ? moodOf(person) : null;
  const stance = person ? stanceOf(person) : null;
  const expression: Expression = mood
    ? MOOD_EXPRESSION[mood]
    : stance
      ? STANCE_EXPRESSION[stance]
      : 'neutral';
  const look: LookId | null = character?.look ?? null;
  return {
    location,
    background: backgroundKey(location),
    look,
    expression,
    portrait: look ? portraitKey(look, expression) : null,
    said:
      lastSpeech && character
        ? {
            id: lastSpeech.id,
            name: `${character.name} · ${character.role}`,
            words: lastSpeech.text,
          }
        : null,
  };
}

/** What LazyTextures needs of Phaser's texture manager (a fake in the unit tests). */
export type TextureStore = Pick<Phaser.Textures.TextureManager, 'exists' | 'addImage' | 'remove'>;

/**
 * A picture is drawn the first time a scene needs it. Drawing every picture a
 * scenario might need up front (some forty large SVGs) held the main thread
 * for most of a minute on a machine without a usable GPU, delaying key presses.
 */
export class LazyTextures {
  private readonly loading = new Map<string, Promise<void>>();

  constructor(private readonly textures: TextureStore) {}

  /** How many pictures are held now (drawn and not freed). */
  get held(): number {
    return [...this.loading.keys()].filter((key) => this.textures.exists(key)).length;
  }

  /**
   * Free every picture drawn so far but those in `keep` (what is on screen):
   * a scenario's pictures are large images, and a page that plays scenario
   * after scenario kept every one it had ever drawn.
   */
  release(keep: ReadonlySet<string> = new Set()): void {
    for (const key of [...this.loading.keys()]) {
      if (keep.has(key)) continue;
      this.loading.delete(key);
      if (this.textures.exists(key)) this.textures.remove(key);
    }
  }

  get(key: string, svg: () => string, width: number, height: number): Promise<void> {
    if (this.textures.exists(key)) return Promise.resolve();
    let pending = this.loading.get(key);
    if (!pending) {
      const drawing: Promise<void> = svgImage(svg(), width, height).then(
        (image) => {
          // Released while it was drawn (the scenario ended): nobody wants it now.
          if (this.loading.get(key) === drawing && !this.textures.exists(key))
            this.textures.addImage(key, image);
        },
        (error: unknown) => {
          // Forgotten, so the next show (Try again) draws it afresh.
          if (this.loading.get(key) === drawing) this.loading.delete(key);
          throw error;
        },
      );
      this.loading.set(key, drawing);
      pending = drawing;
    }
    return pending;
  }
}
