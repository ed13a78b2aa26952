/**
 * Starts Phaser with the conversation scene. This module and Phaser load as
 * their own chunk after the DOM has shown the first text and choices.
 */
import * as Phaser from 'phaser';
import { latestAfterPaint } from '../scheduling/after-paint.ts';
import type { SessionView } from '../sim/session/session.ts';
import { CONVERSATION_SCENE, ConversationScene } from './conversation-scene.ts';
import type { Stage, StageDisplay } from './stage-types.ts';

/**
 * WebGL drawn by the CPU (a device with no usable GPU, where Chromium falls
 * back to SwiftShader, or Linux's llvmpipe) costs so much a frame that each
 * choice waited 0.3–1 s for the next line to paint; Phaser's 2D canvas draws
 * this still picture in milliseconds there. Chromium does not always flag
 * SwiftShader as a "major performance caveat", so the renderer's name is read
 * too. Measured by `npm run bench` (choice latency).
 */
const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render/i;

function rendererFor(): number {
  const probe = document.createElement('canvas');
  const gl = probe.getContext('webgl', { failIfMajorPerformanceCaveat: true });
  if (!gl) return Phaser.CANVAS;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return SOFTWARE_GL.test(name) ? Phaser.CANVAS : Phaser.AUTO;
}

/** The longest the stage's drawing waits for idle time after the paint, ms. */
const IDLE_WAIT_MS = 150;

/** `onTrouble` hears of a picture that could not be drawn (the app says so and offers Try again). */
export function createStage(
  host: HTMLElement,
  onTrouble: (error: unknown) => void,
  display: StageDisplay,
): Promise<Stage> {
  return new Promise((resolve) => {
    const game = new Phaser.Game({
      type: rendererFor(),
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
          // A choice's work (the session, the transcript) is in the next frame; the stage's
          // (laying out the speech bubble, drawing: 45-65 ms with the CPU slowed 4x) once came
          // before that paint, and then, as an ordinary task, still ran ahead of the tasks
          // queued behind it (issue 17, choice latency).
          const later = latestAfterPaint({ timeout: IDLE_WAIT_MS });
          resolve({
            show: (view: SessionView) => {
              // The DOM's new line is painted first; the picture follows it.
              scene.hold();
              later.run(() => void scene.show(view).catch(onTrouble));
            },
            showTitle: () => {
              later.cancel();
              void scene.showTitle().catch(onTrouble);
            },
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
              later.cancel();
              window.removeEventListener('resize', redraw);
              game.destroy(true);
            },
          });
        },
      },
    });
  });
}
