/**
 * The conversation scene: the location's background, the person speaking with
 * a portrait for their current mood or stance, and their words. It only
 * illustrates; the DOM carries the same words for every learner.
 */
import * as Phaser from 'phaser';
import { backgroundSvg } from '../art/backgrounds.ts';
import { portraitSvg, type Expression } from '../art/portraits.ts';
import { moodOf, stanceOf } from '../sim/people/people.ts';
import type { SessionView } from '../sim/session/session.ts';
import type { LookId } from '../sim/people/looks.ts';
import type { Location } from '../sim/story/locations.ts';
import { characterOf } from '../sim/story/scenario.ts';
import { MOOD_EXPRESSION, STANCE_EXPRESSION } from './expressions.ts';
import type { StageDisplay } from './stage-types.ts';
import { svgImage } from './svg-texture.ts';

export const CONVERSATION_SCENE = 'conversation';
const WIDTH = 1280;
const HEIGHT = 720;
/** Where the title card stands. */
const TITLE_LOCATION: Location = 'shop-floor';

/** Each picture's texture key, named once: a location's background, a look in one expression. */
const backgroundKey = (location: Location) => `bg:${location}`;
const portraitKey = (look: LookId, expression: Expression) => `portrait:${look}:${expression}`;

/** Frames drawn after the last change before the loop sleeps (a still picture costs nothing). */
const FRAMES_BEFORE_SLEEP = 3;

export class ConversationScene extends Phaser.Scene {
  private background?: Phaser.GameObjects.Image;
  private portrait?: Phaser.GameObjects.Image;
  private nameplate?: Phaser.GameObjects.Text;
  private speech?: Phaser.GameObjects.Text;
  private bubble?: Phaser.GameObjects.Graphics;
  private readonly loading = new Map<string, Promise<void>>();
  private latest: SessionView | null = null;
  /** The transcript line the speech bubble shows, so a re-render does not retype it. */
  private typedId: number | null = null;
  private typing?: Phaser.Time.TimerEvent;
  private titleText?: Phaser.GameObjects.Text;
  private stillFrames = 0;
  /** Told when a picture could not be drawn (the stage's owner sets it). */
  onTrouble: (error: unknown) => void = (error) => console.warn(error);
  /** The learner's display settings, set by the stage's owner. */
  display: StageDisplay = { textSpeed: Infinity, reducedMotion: false };

  constructor() {
    super(CONVERSATION_SCENE);
  }

  create(): void {
    this.background = this.add
      .image(WIDTH / 2, HEIGHT / 2, '__DEFAULT')
      .setDisplaySize(WIDTH, HEIGHT);
    this.portrait = this.add
      .image(250, HEIGHT - 20, '__DEFAULT')
      .setOrigin(0.5, 1)
      .setVisible(false);
    this.bubble = this.add.graphics();
    this.nameplate = this.add.text(480, 462, '', {
      fontFamily: 'system-ui, sans-serif',
      fontSize: '32px',
      fontStyle: 'bold',
      color: '#1d2b36',
    });
    this.speech = this.add.text(480, 508, '', {
      fontFamily: 'system-ui, sans-serif',
      fontSize: '34px',
      color: '#1d2b36',
      wordWrap: { width: 750 },
      lineSpacing: 6,
    });
    (this.latest ? this.show(this.latest) : this.showTitle()).catch((error: unknown) =>
      this.onTrouble(error),
    );
  }

  /**
   * Draw again until the picture is still. Phaser otherwise redraws the whole
   * canvas sixty times a second; on a Chromebook without a usable GPU that kept
   * a core busy and delayed every key press by seconds.
   */
  keepDrawing(): void {
    this.stillFrames = 0;
    this.game.loop.wake();
  }

  override update(): void {
    const moving =
      this.tweens.getTweens().length > 0 ||
      (this.typing !== undefined && !this.typing.hasDispatched);
    this.stillFrames = moving ? 0 : this.stillFrames + 1;
    if (this.stillFrames >= FRAMES_BEFORE_SLEEP) this.game.loop.sleep();
  }

  /**
   * A picture is drawn the first time a scene needs it. Drawing every picture a
   * scenario might need up front (some forty large SVGs) held the main thread
   * for most of a minute on a machine without a usable GPU, delaying key presses.
   */
  private texture(key: string, svg: () => string, width: number, height: number): Promise<void> {
    if (this.textures.exists(key)) return Promise.resolve();
    let pending = this.loading.get(key);
    if (!pending) {
      pending = svgImage(svg(), width, height).then(
        (image) => {
          if (!this.textures.exists(key)) this.textures.addImage(key, image);
        },
        (error: unknown) => {
          // Forgotten, so the next show (Try again) draws it afresh.
          this.loading.delete(key);
          throw error;
        },
      );
      this.loading.set(key, pending);
    }
    return pending;
  }

  async show(view: SessionView): Promise<void> {
    this.latest = view;
    this.titleText?.setVisible(false);
    if (!this.speech) return;
    const { state } = view;
    const location: Location = state.scene;
    const background = backgroundKey(location);
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
    const portrait = look ? portraitKey(look, expression) : null;

    await Promise.all([
      this.texture(background, () => backgroundSvg(location), WIDTH, HEIGHT),
      look && portrait
        ? this.texture(portrait, () => portraitSvg(look, expression), 480, 600)
        : Promise.resolve(),
    ]);
    if (this.latest !== view) return;

    this.keepDrawing();
    this.background?.setTexture(background).setDisplaySize(WIDTH, HEIGHT);
    if (portrait && this.portrait) {
      const changed = this.portrait.texture.key !== portrait;
      this.portrait.setTexture(portrait).setDisplaySize(384, 480).setVisible(true);
      if (changed && !this.display.reducedMotion) {
        this.portrait.setAlpha(0.4);
        this.tweens.add({ targets: this.portrait, alpha: 1, duration: 250 });
      }
    } else this.portrait?.setVisible(false);

    this.bubble?.clear();
    if (lastSpeech && character) {
      this.bubble?.fillStyle(0xffffff, 0.94).fillRoundedRect(450, 440, 810, 270, 22);
      this.bubble?.lineStyle(3, 0x1d2b36, 0.25).strokeRoundedRect(450, 440, 810, 270, 22);
      const plate = `${character.name} · ${character.role}`;
      this.nameplate?.setText(plate.length > 44 ? `${plate.slice(0, 43)}…` : plate);
      const words =
        lastSpeech.text.length > 150 ? `${lastSpeech.text.slice(0, 147)}…` : lastSpeech.text;
      if (lastSpeech.id !== this.typedId) this.typewrite(words);
      this.typedId = lastSpeech.id;
    } else {
      this.nameplate?.setText('');
      this.speech?.setText('');
    }
  }

  /**
   * Reveal the words at the learner's text speed. The DOM already holds the
   * whole line, so this is only the picture catching up; a tap on the canvas
   * or reduced motion shows it at once.
   */
  private typewrite(words: string): void {
    this.typing?.remove();
    const perSecond = this.display.textSpeed;
    if (!Number.isFinite(perSecond) || this.display.reducedMotion) {
      this.speech?.setText(words);
      return;
    }
    // Paced by the wall clock, not by frames: on a slow machine a frame can take
    // half a second, and frame-paced typing kept the canvas redrawing for a minute.
    const started = performance.now();
    this.typing = this.time.addEvent({
      delay: 1000 / 30,
      loop: true,
      callback: () => {
        const due = Math.ceil(((performance.now() - started) / 1000) * perSecond);
        this.speech?.setText(words.slice(0, due));
        if (due >= words.length) this.typing?.remove();
      },
    });
    this.input.once('pointerdown', () => {
      this.typing?.remove();
      this.speech?.setText(words);
      this.keepDrawing();
    });
  }

  /** The title card behind the scenario menu: the shop floor and the game's name. */
  async showTitle(): Promise<void> {
    this.latest = null;
    this.typing?.remove();
    this.typedId = null;
    this.portrait?.setVisible(false);
    this.nameplate?.setText('');
    this.speech?.setText('');
    this.bubble?.clear();
    if (!this.speech) return;
    const background = backgroundKey(TITLE_LOCATION);
    await this.texture(background, () => backgroundSvg(TITLE_LOCATION), WIDTH, HEIGHT);
    if (this.latest) return;
    this.keepDrawing();
    this.background?.setTexture(background).setDisplaySize(WIDTH, HEIGHT);
    this.bubble?.fillStyle(0x15504d, 0.9).fillRoundedRect(240, 470, 800, 170, 26);
    this.nameplate?.setText('');
    this.speech?.setText('');
    this.titleText ??= this.add
      .text(WIDTH / 2, 555, '', {
        fontFamily: 'system-ui, sans-serif',
        fontSize: '54px',
        fontStyle: 'bold',
        color: '#ffffff',
        align: 'center',
      })
      .setOrigin(0.5);
    this.titleText.setText('Service Chain\nChoose a scenario').setVisible(true).setLineSpacing(8);
  }
}
