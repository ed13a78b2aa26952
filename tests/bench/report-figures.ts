/**
 * The report's stronger choices measured in Node on each scenario's longest
 * path: the whole search as the end screen runs it, and what it would cost
 * instead to keep an Ink snapshot at every decision during play (the other
 * way to stand at a decision again: no walk along the path, but a save on
 * every choice).
 */
import { strongerChoices } from '../../src/sim/scoring/alternatives.ts';
import { Session } from '../../src/sim/session/session.ts';
import type { Scenario } from '../../src/sim/story/scenario.ts';
import { builtScenario } from '../e2e/paths.ts';
import { load, median, type Say } from './figures.ts';
import { loadInk } from '../../src/sim/story/load-ink.ts';

// Stories are made from here on (Node waits for inkjs once; the game loads it later).
await loadInk();

/** The longest of many seeded random walks through the scenario. */
export function longestPath(scenario: Scenario): number[] {
  let longest: number[] = [];
  let state = 7;
  const random = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  for (let walk = 0; walk < 60; walk += 1) {
    const session = Session.start(scenario);
    while (session.options.length > 0) session.choose(random(session.options.length));
    if (session.path.length > longest.length) longest = [...session.path];
  }
  return longest;
}

/** CPU milliseconds `work` takes, the median of five after one warm-up. */
function cpuMs(work: () => void): number {
  work();
  const times: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    const cpu = process.cpuUsage();
    work();
    const used = process.cpuUsage(cpu);
    times.push((used.user + used.system) / 1000);
  }
  return median(times);
}

export async function reportFigures(say: Say, paths: ReadonlyMap<string, number[]>): Promise<void> {
  say("## Report's stronger choices in Node (the built scenario, its longest path found)");
  say();
  say(
    'CPU ms, medians of 5 after a warm-up. **search**: the whole search the end screen runs (`strongerChoices`, three suggestions), which restores Ink state (`state.ToJson`/`LoadJson`) into one story walked along the path. **walk**: the part of it a snapshot kept at every decision during play would save (one replay of the path). **snapshot per choice**: what keeping that snapshot would add to every choice (median over the path). Before issue 17 work, each option tried built a new story and replayed: 60–170 ms per suggestion.',
  );
  say();
  say('| scenario | decisions | search | walk | snapshot per choice | load |');
  say('| --- | ---: | ---: | ---: | ---: | --- |');
  for (const [id, path] of paths) {
    const scenario = await builtScenario(id);
    const view = Session.replay(scenario, path).session.view;
    const search = cpuMs(() => strongerChoices(view));
    const walk = cpuMs(() => Session.replay(scenario, path));
    const session = Session.start(scenario);
    const saves: number[] = [];
    for (const index of path) {
      session.choose(index);
      const cpu = process.cpuUsage();
      session.saveInk();
      const used = process.cpuUsage(cpu);
      saves.push((used.user + used.system) / 1000);
    }
    say(
      `| ${id} | ${path.length} | ${search.toFixed(0)} | ${walk.toFixed(0)} | ${median(saves).toFixed(2)} | ${load()} |`,
    );
  }
  say();
}
