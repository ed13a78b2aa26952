/**
 * inkjs, loaded when first needed (issue 17): it is about half of the first screen's
 * JavaScript, and a session from a scenario's opening needs no Ink before its first choice
 * (see ../session/opening.ts). Whatever may make a story (a resume, a replay, a scenario with no
 * opening, the checker, the classroom) awaits `loadInk()` once; the code that then makes stories
 * takes the constructor from `inkStory()`, synchronously.
 */
import type { Story } from 'inkjs';

let loaded: typeof Story | null = null;
let loading: Promise<typeof Story> | null = null;

/** inkjs's Story, loading it on the first call; a failed load is tried again next call. */
export function loadInk(): Promise<typeof Story> {
  loading ??= import('inkjs').then(
    (ink) => (loaded = ink.Story),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Whether inkjs has loaded, so making a story now needs no wait. */
export function inkLoaded(): boolean {
  return loaded !== null;
}

/** inkjs's Story, for code that runs only once `loadInk()` has resolved. */
export function inkStory(): typeof Story {
  if (!loaded) throw new Error('inkjs is not loaded yet: await loadInk() before making a story');
  return loaded;
}
