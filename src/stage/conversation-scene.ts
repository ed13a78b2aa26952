/**
 * The conversation scene: the location's background, the person speaking with
 * a portrait for their current mood or stance, and their words. It only
 * illustrates; the DOM carries the same words for every learner.
 */
import * as Phaser from 'phaser';
import { backgroundSvg } from '../art/backgrounds.ts';
import { portraitSvg } from '../art/portraits.ts';
import type { SessionView } from '../sim/session/session.ts';
import type { Location } from '../sim/story/locations.ts';
import { describeBubble, describePictures, describeTyped } from './canvas-description.ts';
import { backgroundKey, LazyTextures, scenePicture, type Said } from './scene-pictures.ts';
import type { StageDisplay } from './stage-types.ts';
import { Typewriter } from './typewriter.ts';
import {
  CANVAS_HEIGHT as HEIGHT,
  CANVAS_WIDTH as WIDTH,
  layoutBubble,
  NAME_SIZE,
  SPEECH_SIZE,
  type Measure,
  type TextStyle,
} from './speech-bubble.ts';

export const CONVERSATION_SCENE = 'conversation';
/** Where the title card stands. */
const TITLE_LOCATION: Location = 'shop-floor';

const FONT = 'system-ui, sans-serif';
const INK = '#1d2b36';

/** Give a text object a bubble style: its size, weight, wrap and matching line spacing. */
function applyStyle(text: Phaser.GameObjects.Text, style: TextStyle): Phaser.GameObjects.Text {
  return text
    .setFontSize(style.size)
    .setFontStyle(style.bold ? 'bold' : '')
    .setWordWrapWidth(style.wrap)
    .setLineSpacing(Math.round(style.size * 0.18));
}

/** Frames drawn after the last change before the loop sleeps (a still picture costs nothing). */
const FRAMES_BEFORE_SLEEP = 3;

export class ConversationScene extends Phaser.Scene {
  private background?: Phaser.GameObjects.Image;
  private portrait?: Phaser.GameObjects.Image;
  private nameplate?: Phaser.GameObjects.Text;
  private speech?: Phaser.GameObjects.Text;
  private bubble?: Phaser.GameObjects.Graphics;
  /** Never drawn: measures text as the bubble will draw it. */
  private measurer?: Phaser.GameObjects.Text;
  private said: Said | null = null;
  private pictures?: LazyTextures;
  private latest: SessionView | null = null;
  private readonly typewriter = new Typewriter();
  /** Drawing waits while the DOM paints a choice's line (see hold). */
  private held = false;
  /** The animation frame that draws one frame of typing, while one is asked for. */
  private drawing: number | undefined;
  private titleText?: Phaser.GameObjects.Text;
  private stillFrames = 0;
  /** The animation frame that wakes the loop, while one is asked for. */
  private waking: number | undefined;
  /** Told when a picture could not be drawn (the stage's owner sets it). */
  onTrouble: (error: unknown) => void = (error) => console.warn(error);
  /** The learner's display settings, set by the stage's owner. */
  display: StageDisplay = { textSpeed: Infinity, reducedMotion: false, textScale: 1 };

  constructor() {
    super(CONVERSATION_SCENE);
  }

  create(): void {
    this.pictures = new LazyTextures(this.textures);
    this.background = this.add
      .image(WIDTH / 2, HEIGHT / 2, '__DEFAULT')
      .setDisplaySize(WIDTH, HEIGHT);
    this.portrait = this.add
      .image(250, HEIGHT - 20, '__DEFAULT')
      .setOrigin(0.5, 1)
      .setVisible(false);
    this.bubble = this.add.graphics();
    this.nameplate = this.add.text(0, 0, '', { fontFamily: FONT, fontSize: NAME_SIZE, color: INK });
    this.speech = this.add.text(0, 0, '', { fontFamily: FONT, fontSize: SPEECH_SIZE, color: INK });
    this.measurer = this.add.text(0, 0, '', { fontFamily: FONT }).setVisible(false);
    // A tap on the picture shows the whole line at once.
    this.input.on('pointerdown', () => this.finishTyping());
    this.events.once(Phaser.Scenes.Events.DESTROY, () => this.typewriter.stop());
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
    // Woken in the next frame, not now: waking draws a frame at once, before
    // the change being made is complete, and outside the browser's frame.
    if (this.held || this.game.loop.running || this.waking !== undefined) return;
    this.waking = requestAnimationFrame(() => {
      this.waking = undefined;
      this.game.loop.wake();
    });
  }

  /**
   * Stop drawing until the next change: a choice's new line is painted in the
   * DOM first, and a frame of the picture (a tween, typing) would delay it.
   */
  hold(): void {
    this.held = true;
    if (this.waking !== undefined) cancelAnimationFrame(this.waking);
    if (this.drawing !== undefined) cancelAnimationFrame(this.drawing);
    this.waking = this.drawing = undefined;
    this.game.loop.sleep();
  }

  /** One frame for a small change (a few more letters typed), without waking the loop. */
  private drawOnce(): void {
    if (this.held || this.game.loop.running || this.drawing !== undefined) return;
    this.drawing = requestAnimationFrame(() => {
      this.drawing = undefined;
      if (!this.held && !this.game.loop.running) this.game.loop.tick();
    });
  }

  override update(): void {
    const moving = this.tweens.getTweens().length > 0;
    this.stillFrames = moving ? 0 : this.stillFrames + 1;
    if (this.stillFrames >= FRAMES_BEFORE_SLEEP) this.game.loop.sleep();
  }

  async show(view: SessionView): Promise<void> {
    this.held = false;
    this.latest = view;
    this.titleText?.setVisible(false);
    if (!this.speech || !this.pictures) return;
    const { location, background, look, expression, portrait, said } = scenePicture(view);
    // The words first: the transcript already shows them, and pictures can take a while.
    this.say(said);

    await Promise.all([
      this.pictures.get(background, () => backgroundSvg(location), WIDTH, HEIGHT),
      look && portrait
        ? this.pictures.get(portrait, () => portraitSvg(look, expression), 480, 600)
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
    // The scenario is over: only the closing picture stays while its report shows.
    if (view.finished) this.releasePictures([background, ...(portrait ? [portrait] : [])]);
    describePictures(this.canvas, this.pictures?.held ?? 0);
  }

  /** Free every picture but `keep`; an image still holding a freed one is given Phaser's blank. */
  private releasePictures(keep: readonly string[]): void {
    for (const image of [this.background, this.portrait])
      if (image && !keep.includes(image.texture.key)) image.setTexture('__DEFAULT');
    this.pictures?.release(new Set(keep));
  }

  /** Put a line in the bubble (typed when it is new), or take the bubble away. */
  private say(said: Said | null): void {
    const same = said && this.said && said.id === this.said.id && said.name === this.said.name;
    if (same) return;
    const fresh = said !== null && said.id !== this.said?.id;
    this.said = said;
    this.keepDrawing();
    if (said) this.drawBubble(fresh);
    else {
      this.typewriter.stop();
      this.bubble?.clear();
      this.nameplate?.setText('');
      this.speech?.setText('');
      this.describe(null);
    }
  }

  /** Draw the bubble again at the learner's text size now, e.g. after they changed it. */
  relayout(): void {
    if (!this.said || !this.latest) return;
    this.keepDrawing();
    this.drawBubble(false);
  }

  private readonly measure: Measure = (text, style) => {
    const measurer = this.measurer;
    if (!measurer) return { width: 0, height: 0 };
    applyStyle(measurer, style).setText(text);
    return { width: measurer.width, height: measurer.height };
  };

  /** Size the bubble to the whole line and its speaker; type the words when they are new. */
  private drawBubble(retype: boolean): void {
    const said = this.said;
    if (!said || !this.speech || !this.nameplate || !this.bubble) return;
    const layout = layoutBubble(said.name, said.words, this.display.textScale, this.measure);
    const { x, y, width, height } = layout.bubble;
    this.bubble.clear();
    this.bubble.fillStyle(0xffffff, 0.94).fillRoundedRect(x, y, width, height, 22);
    this.bubble.lineStyle(3, 0x1d2b36, 0.25).strokeRoundedRect(x, y, width, height, 22);
    applyStyle(this.nameplate, layout.name.style)
      .setPosition(layout.name.x, layout.name.y)
      .setText(said.name);
    applyStyle(this.speech, layout.speech.style).setPosition(layout.speech.x, layout.speech.y);
    // Wrapped once, whole: typing then never moves a half-typed word to the next line.
    const lines = this.speech.getWrappedText(said.words).join('\n');
    this.describe(layout);
    if (retype) this.typewrite(lines);
    else this.finishTyping(lines);
  }

  private get canvas(): HTMLCanvasElement | undefined {
    return this.game.canvas;
  }

  private get typed(): boolean {
    return !this.typewriter.typing;
  }

  private describe(layout: ReturnType<typeof layoutBubble> | null): void {
    describeBubble(this.canvas, this.said, layout, this.typed);
  }

  /** Type the words at the learner's text speed; a tap on the canvas or reduced motion shows them at once. */
  private typewrite(words: string): void {
    const speed = this.display.textSpeed;
    if (!Number.isFinite(speed) || this.display.reducedMotion) {
      this.finishTyping(words);
      return;
    }
    const show = (text: string) => {
      this.speech?.setText(text);
      this.drawOnce();
    };
    this.typewriter.start(words, speed, show, () => this.finishTyping(words));
    describeTyped(this.canvas, this.typed);
  }

  /** Show the whole line now (the one being typed, unless another is given). */
  private finishTyping(words?: string): void {
    const typing = this.typewriter.typing;
    this.typewriter.stop();
    if (words !== undefined) this.speech?.setText(words);
    else if (typing && this.speech && this.said)
      this.speech.setText(this.speech.getWrappedText(this.said.words).join('\n'));
    describeTyped(this.canvas, this.typed);
    this.keepDrawing();
  }

  /** The title card behind the scenario menu: the shop floor and the game's name. */
  async showTitle(): Promise<void> {
    this.held = false;
    this.latest = null;
    this.typewriter.stop();
    this.said = null;
    this.describe(null);
    this.portrait?.setVisible(false);
    this.nameplate?.setText('');
    this.speech?.setText('');
    this.bubble?.clear();
    if (!this.speech || !this.pictures) return;
    const background = backgroundKey(TITLE_LOCATION);
    await this.pictures.get(background, () => backgroundSvg(TITLE_LOCATION), WIDTH, HEIGHT);
    if (this.latest) return;
    this.keepDrawing();
    this.background?.setTexture(background).setDisplaySize(WIDTH, HEIGHT);
    // No scenario is in play: the pictures it drew go.
    this.releasePictures([background]);
    describePictures(this.canvas, this.pictures?.held ?? 0);
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
