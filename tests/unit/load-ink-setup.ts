/** Every unit test may make a story: inkjs is loaded once before them (see load-ink.ts). */
import { loadInk } from '../../src/sim/story/load-ink.ts';

await loadInk();
