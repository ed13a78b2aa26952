/**
 * The settings dialog: labelled radio groups, checkboxes and sliders over the
 * settings store, in a native <dialog> that closes with Escape and gives focus
 * back to the button that opened it.
 */
import { h } from '../shell/dom.ts';
import { checkbox, radioGroup, slider, uid } from './settings-controls.ts';
import type { Settings, SettingsStore } from './settings.ts';
import { TEXT_SIZES, TEXT_SPEEDS, type TextSize, type TextSpeed } from './stored-settings.ts';

const TEXT_SIZE_LABELS: Readonly<Record<TextSize, string>> = {
  100: '100%',
  125: '125%',
  150: '150%',
  200: '200%',
};

const TEXT_SPEED_LABELS: Readonly<Record<TextSpeed, string>> = {
  slow: 'Slow',
  normal: 'Normal',
  fast: 'Fast',
  instant: 'Instant',
};

/**
 * The settings dialog: a native modal <dialog> headed "Settings". Every change applies and is
 * saved at once (then `onChange` is called), so there is nothing to confirm; Escape or Close shut
 * it and focus goes back to whatever opened it. Open it with `dialog.showModal()` (the top
 * bar's button, settings-button.ts, loads this module first). Keys pressed inside it do not reach the game's shortcuts.
 */
export function renderSettingsDialog(
  store: SettingsStore,
  onChange: (settings: Settings) => void,
): HTMLDialogElement {
  const changed = (settings: Settings): void => onChange(settings);

  const textSize = radioGroup(
    'Text size',
    null,
    TEXT_SIZES.map((value) => ({ value, label: TEXT_SIZE_LABELS[value] })),
    (value) => changed(store.set('textSize', value)),
  );
  const textSpeed = radioGroup(
    'Text speed',
    'How quickly words appear in the picture. The full text is always in the conversation.',
    TEXT_SPEEDS.map((value) => ({ value, label: TEXT_SPEED_LABELS[value] })),
    (value) => changed(store.set('textSpeed', value)),
  );
  const highContrast = checkbox('High contrast colours', null, (on) =>
    changed(store.set('highContrast', on)),
  );
  const dyslexicFont = checkbox(
    'Dyslexia-friendly font',
    'Uses the OpenDyslexic typeface, with more space between lines.',
    (on) => changed(store.set('dyslexicFont', on)),
  );
  const reducedMotion = checkbox(
    'Reduce motion',
    'Stops fades and movement. Starts as your device’s setting.',
    (on) => changed(store.set('reducedMotion', on)),
  );
  const captions = checkbox(
    'Show captions for sounds',
    'Sounds that tell you something, such as a customer’s mood changing, are also written on screen.',
    (on) => changed(store.set('captions', on)),
  );
  const choiceTimers = checkbox(
    'Show choice timers',
    'Some decisions show how long a customer would be waiting. The timer never makes the choice for you.',
    (on) => changed(store.set('choiceTimers', on)),
  );
  const choiceKeys = checkbox(
    'Number keys choose an option',
    'Pressing 1 to 9 picks the option with that number. Switch this off if you use speech input or press keys by accident; Tab and Enter still work.',
    (on) => changed(store.set('choiceKeys', on)),
  );
  const muted = checkbox('Mute all sound', null, (on) => changed(store.setMuted(on)));
  const master = slider('Overall volume', (v) => changed(store.setVolume('master', v)));
  const music = slider('Background sound', (v) => changed(store.setVolume('music', v)));
  const effects = slider('Sound effects', (v) => changed(store.setVolume('effects', v)));

  const sync = (settings: Settings): void => {
    textSize.sync(settings.textSize);
    textSpeed.sync(settings.textSpeed);
    highContrast.sync(settings.highContrast);
    dyslexicFont.sync(settings.dyslexicFont);
    reducedMotion.sync(settings.reducedMotion);
    captions.sync(settings.captions);
    choiceTimers.sync(settings.choiceTimers);
    choiceKeys.sync(settings.choiceKeys);
    muted.sync(settings.audio.muted);
    master.sync(settings.audio.master);
    music.sync(settings.audio.music);
    effects.sync(settings.audio.effects);
  };

  const headingId = uid('heading');
  const close = (): void => dialog.close();
  const dialog = h(
    'dialog',
    { className: 'settings', 'aria-labelledby': headingId },
    h(
      'div',
      { className: 'settings-body' },
      h('h2', { id: headingId, className: 'settings-title' }, 'Settings'),
      h(
        'p',
        { className: 'settings-hint' },
        'Changes take effect at once and are remembered on this device.',
      ),
      h(
        'section',
        { className: 'settings-section', 'aria-labelledby': `${headingId}-reading` },
        h('h3', { id: `${headingId}-reading` }, 'Reading'),
        textSize.element,
        highContrast.element,
        dyslexicFont.element,
        reducedMotion.element,
        textSpeed.element,
        choiceTimers.element,
        choiceKeys.element,
      ),
      h(
        'section',
        { className: 'settings-section', 'aria-labelledby': `${headingId}-sound` },
        h('h3', { id: `${headingId}-sound` }, 'Sound'),
        h(
          'p',
          { className: 'settings-hint' },
          'Sound starts after your first click, tap or key press. Nothing is only said in sound.',
        ),
        captions.element,
        muted.element,
        master.element,
        music.element,
        effects.element,
      ),
      h(
        'div',
        { className: 'settings-reset' },
        h(
          'button',
          {
            type: 'button',
            className: 'settings-secondary',
            onclick: () => changed(store.reset()),
          },
          'Restore defaults',
        ),
      ),
    ),
    h(
      'div',
      { className: 'settings-actions' },
      h('button', { type: 'button', className: 'settings-close', onclick: close }, 'Close'),
    ),
  );

  // Keep the game's keys (1–9 choose, Escape pauses) out while the dialog is open; Escape's own
  // default action (cancel, which closes the dialog) still happens.
  dialog.addEventListener('keydown', (event) => event.stopPropagation());

  // Browsers put focus back on close themselves; this covers those that do not.
  let opener: Element | null = null;
  dialog.addEventListener('beforetoggle', (event) => {
    if (event.newState === 'open') {
      opener = document.activeElement;
      sync(store.get());
    }
  });
  dialog.addEventListener('close', () => {
    const target = opener;
    opener = null;
    const active = document.activeElement;
    if (
      target instanceof HTMLElement &&
      target.isConnected &&
      (active === null || active === document.body || dialog.contains(active))
    )
      target.focus();
  });

  store.subscribe(sync);
  sync(store.get());
  return dialog;
}
