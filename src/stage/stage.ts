/**
 * Starts Phaser with the conversation scene. This module and Phaser load as
 * their own chunk after the DOM has shown the first text and choices.
 */
import * as Phaser from 'phaser';
import type { SessionView } from '../sim/session/session.ts';
import { CONVERSATION_SCENE, ConversationScene } from './conversation-scene.ts';
import type { Stage, StageDisplay } from './stage-types.ts';

/** `onTrouble` hears of a picture that could not be drawn (the app says so and offers Try again). */
export function createStage(
  host: HTMLElement,
  onTrouble: (error: unknown) => void,
  display: StageDisplay,
): Promise<Stage> {
  return new Promise((resolve) => {
    const game = new Phaser.Game({
      type: Phaser.AUTO,
      parent: host,
      width: 1280,
      height: 720,
      backgroundColor: '#e9e4dc',
      banner: false,
      audio: { noAudio: true },
      scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
      scene: [ConversationScene],
      callbacks: {
        postBoot: () => {
          game.canvas.setAttribute('aria-hidden', 'true');
          const scene = game.scene.getScene(CONVERSATION_SCENE) as ConversationScene;
          scene.onTrouble = onTrouble;
          scene.display = display;
          // The loop sleeps while the picture is still; a new size must be drawn.
          const redraw = () => scene.keepDrawing();
          window.addEventListener('resize', redraw);
          resolve({
            show: (view: SessionView) => void scene.show(view).catch(onTrouble),
            showTitle: () => void scene.showTitle().catch(onTrouble),
            setDisplay: (next: StageDisplay) => {
              scene.display = next;
              // The bubble's words follow a text size changed in Settings at once.
              scene.relayout();
            },
            refresh: () => {
              game.scale.refresh();
              scene.keepDrawing();
            },
            destroy: () => {
              window.removeEventListener('resize', redraw);
              game.destroy(true);
            },
          });
        },
      },
    });
  });
}
