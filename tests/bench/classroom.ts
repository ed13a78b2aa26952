/**
 * `npm run bench:classroom` (a benchmark, not a test): the classroom server in
 * its own process, a projector and 200 simulated learners on loopback
 * WebSockets. The class plays one scenario to the end: at every decision the
 * tutor opens the vote, every learner votes (spread over a couple of seconds,
 * as a class would), a tenth of them change their vote, the tutor closes the
 * vote and confirms the majority. Halfway through, mid-vote, the server is
 * killed (SIGKILL) and started again on the same port and database; everyone
 * reconnects. Reports the time from a vote to the projector's tally (p50,
 * p95), messages refused, votes lost, the server's memory, and what the
 * restart kept. Targets (issue 14): p95 < 250 ms, 0 votes lost.
 *
 * Usage: npm run bench:classroom [-- <scenario> <learners>]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { loadCast } from '../../src/build/cast-file.ts';
import { compileStory } from '../../src/build/compile-story.ts';
import { majorityOf } from '../../src/sim/classroom/class-votes.ts';
import { Session } from '../../src/sim/session/session.ts';

const SCENARIO = process.argv[2] ?? 'late-supplier';
const LEARNERS = Number(process.argv[3] ?? 200);
/** Learners vote within this many milliseconds of the vote opening. */
const SPREAD_MS = 2000;
const CHANGE_SHARE = 0.1;
const ROOT = join(import.meta.dirname, '..', '..');

type Message = { type: string; [key: string]: unknown };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(test: () => boolean, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

const children: ChildProcess[] = [];

/** The server process: started, killed and started again on the same port. */
class ServerProcess {
  child: ChildProcess | null = null;
  url = '';
  constructor(private readonly database: string) {}

  async start(port = 0): Promise<void> {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(import.meta.dirname, 'classroom-server.ts'),
        this.database,
        String(port),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'], cwd: ROOT },
    );
    this.child = child;
    children.push(child);
    this.url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const line = out.split('\n').find((l) => l.startsWith('{'));
        if (line) resolve((JSON.parse(line) as { url: string }).url);
      });
      child.on('exit', (code) => reject(new Error(`the server exited (${code})`)));
    });
  }

  /** Resident and peak memory of the server process, in MB (Linux /proc). */
  memory(): { rss: number; peak: number } {
    const status = readFileSync(`/proc/${this.child?.pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  }

  kill(): Promise<void> {
    return new Promise((resolve) => {
      this.child?.once('exit', () => resolve());
      this.child?.kill('SIGKILL');
    });
  }

  get port(): number {
    return Number(new URL(this.url).port);
  }
}

/** One WebSocket client that reconnects by itself and says hello again. */
class Client {
  socket: WebSocket | null = null;
  readonly inbox: Message[] = [];
  refused = 0;
  connects = 0;
  private stopped = false;
  constructor(
    private readonly server: ServerProcess,
    private readonly hello: () => object,
    private readonly onMessage: (message: Message, at: number) => void,
  ) {}

  connect(): Promise<void> {
    return new Promise((resolve) => {
      const socket = new WebSocket(`${this.server.url.replace('http', 'ws')}/ws`);
      this.socket = socket;
      socket.addEventListener('open', () => {
        this.connects += 1;
        socket.send(JSON.stringify(this.hello()));
        resolve();
      });
      socket.addEventListener('message', (event: MessageEvent<string>) => {
        const at = performance.now();
        const message = JSON.parse(event.data) as Message;
        // The server's heartbeat, answered as a browser's class link does (class-link.ts).
        if (message.type === 'ping') {
          socket.send(JSON.stringify({ type: 'pong' }));
          return;
        }
        if (message.type === 'refused') this.refused += 1;
        this.inbox.push(message);
        this.onMessage(message, at);
      });
      // A phone retries every few hundred milliseconds until the server is back. Node 20's
      // WebSocket sends only 'error' (no 'close') when a connection cannot be made.
      let retried = false;
      const retry = () => {
        if (this.stopped || retried) return;
        retried = true;
        setTimeout(() => void this.connect().then(resolve), 200);
      };
      socket.addEventListener('close', retry);
      socket.addEventListener('error', retry);
    });
  }

  send(message: object): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }

  stop(): void {
    this.stopped = true;
    this.socket?.close();
  }
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function loadScenario() {
  const { cast, errors } = loadCast(ROOT);
  if (!cast) throw new Error(errors.join('\n'));
  const file = `stories/${SCENARIO}.ink`;
  const compiled = compileStory(readFileSync(join(ROOT, file), 'utf8'), file, SCENARIO, cast);
  if (!compiled.scenario) throw new Error(compiled.errors.join('\n'));
  return compiled.scenario;
}

async function main(): Promise<void> {
  const scenario = loadScenario();
  const seed = 7;
  const session = Session.start(scenario, seed);
  const dir = mkdtempSync(join(tmpdir(), 'bench-classroom-'));
  const database = join(dir, 'class.sqlite');
  const server = new ServerProcess(database);
  await server.start();
  const idle = server.memory();

  const response = await fetch(`${server.url}/api/classes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ scenarioId: SCENARIO, seed }),
  });
  const created = (await response.json()) as { code: string; tutorToken: string };
  const token = created.tutorToken;

  // The projector: every tally it is sent, with when it arrived.
  const tallies: { at: number; counts: number[]; voters: number }[] = [];
  let classMessage: Message | null = null;
  const tutor = new Client(
    server,
    () => ({ type: 'tutor-hello', code: created.code, token }),
    (message, at) => {
      if (message.type === 'tally')
        tallies.push({
          at,
          counts: message['counts'] as number[],
          voters: message['voters'] as number,
        });
      if (message.type === 'class') classMessage = message;
    },
  );
  await tutor.connect();

  interface Learner {
    client: Client;
    learnerToken: string | undefined;
    /** The vote this learner last sent, and the last the server acknowledged, per decision. */
    sent: Map<number, number>;
    acked: Map<number, number>;
    rejoinedWith: number | null | undefined;
  }
  const learners: Learner[] = [];
  const joinStarted = performance.now();
  for (let i = 0; i < LEARNERS; i += 1) {
    const learner: Learner = {
      client: null as unknown as Client,
      learnerToken: undefined,
      sent: new Map(),
      acked: new Map(),
      rejoinedWith: undefined,
    };
    learner.client = new Client(
      server,
      () => ({
        type: 'join',
        code: created.code,
        ...(i % 3 === 0 ? { name: `Learner ${i}` } : {}),
        ...(learner.learnerToken ? { learnerToken: learner.learnerToken } : {}),
      }),
      (message) => {
        if (message.type === 'joined') {
          learner.learnerToken = message['learnerToken'] as string;
          learner.rejoinedWith = message['yourVote'] as number | null;
        }
        if (message.type === 'voted')
          learner.acked.set(message['decision'] as number, message['option'] as number);
      },
    );
    learners.push(learner);
  }
  await Promise.all(learners.map((l) => l.client.connect()));
  await until(() => learners.every((l) => l.learnerToken), 'every learner to join');
  const joinMs = performance.now() - joinStarted;
  const joined = server.memory();

  const latencies: number[] = [];
  let votesSent = 0;
  let votesLost = 0;
  let decisions = 0;
  let peak = joined.peak;
  let restart: string[] = [];
  const decisionCount = () => session.view.choices.length;

  for (let decision = 0; !session.view.finished && decisionCount() > 0; decision += 1) {
    const view = session.view;
    const shown = {
      decision,
      lines: view.state.transcript
        .slice(-12)
        .filter((entry) => entry.kind !== 'event')
        .map((entry) => ({
          speaker: entry.speaker ?? null,
          text: entry.text.slice(0, 2000),
          kind: entry.kind,
        })),
      options: view.order.map((index) => ({ index, text: view.choices[index] ?? '' })),
    };
    const options = view.choices.length;
    tallies.length = 0;
    tutor.send({ type: 'open', token, shown });
    await until(() => tallies.length > 0, 'the vote to open');
    tallies.length = 0;

    // Every vote sent, in the order it was sent: the i-th tally after the open answers the i-th vote.
    const sends: number[] = [];
    const vote = (learner: Learner, option: number) => {
      learner.sent.set(decision, option);
      sends.push(performance.now());
      votesSent += 1;
      learner.client.send({ type: 'vote', decision, option });
    };
    const killMidVote = decision === 2;
    const firstWave = killMidVote ? learners.slice(0, LEARNERS / 2) : learners;
    await Promise.all(
      firstWave.map(async (learner, i) => {
        await sleep(Math.random() * SPREAD_MS);
        // Two in three vote for the first option on screen, so there is a majority to confirm.
        vote(learner, i % 3 === 0 ? Math.floor(Math.random() * options) : view.order[0]!);
      }),
    );
    await until(() => tallies.length >= sends.length, 'the tallies', 60_000);
    tallies.slice(0, sends.length).forEach((tally, i) => latencies.push(tally.at - sends[i]!));
    peak = Math.max(peak, server.memory().peak);

    if (killMidVote) {
      // Every vote so far has been acknowledged; kill the server with votes still to come.
      const acked = firstWave.filter((l) => l.acked.get(decision) === l.sent.get(decision)).length;
      const killedAt = performance.now();
      await server.kill();
      for (const learner of learners) learner.rejoinedWith = undefined;
      classMessage = null;
      await server.start(server.port);
      await until(
        () => classMessage !== null && learners.every((l) => l.rejoinedWith !== undefined),
        'everyone to reconnect after the restart',
        120_000,
      ).catch((error: unknown) => {
        const back = learners.filter((l) => l.rejoinedWith !== undefined).length;
        console.error(
          `projector back: ${classMessage !== null}; phones back: ${back} of ${LEARNERS}`,
        );
        throw error;
      });
      const back = performance.now() - killedAt;
      const kept = firstWave.filter((l) => l.rejoinedWith === l.sent.get(decision)).length;
      const tally = (classMessage as Message | null)?.['counts'] as number[] | undefined;
      const learnersKept = (classMessage as Message | null)?.['learners'];
      restart = [
        `killed mid-vote on decision ${decision + 1} with ${acked} of ${LEARNERS} votes in (all acknowledged)`,
        `back in ${(back / 1000).toFixed(1)} s: projector and all ${LEARNERS} phones reconnected and rejoined`,
        `kept: the class (code ${created.code}), ${String(learnersKept)} learners, the open vote, ${kept} of ${acked} votes (each phone told its own vote on rejoining), tally ${JSON.stringify(tally)}`,
      ];
      tallies.length = 0;
      sends.length = 0;
      const secondWave = learners.slice(LEARNERS / 2);
      await Promise.all(
        secondWave.map(async (learner) => {
          await sleep(Math.random() * SPREAD_MS);
          vote(learner, view.order[0]!);
        }),
      );
      await until(() => tallies.length >= sends.length, 'the tallies after the restart', 60_000);
      tallies.slice(0, sends.length).forEach((tally, i) => latencies.push(tally.at - sends[i]!));
    }

    // A tenth change their minds while the vote is open.
    tallies.length = 0;
    sends.length = 0;
    const changers = learners.filter((_, i) => i % Math.round(1 / CHANGE_SHARE) === 1);
    await Promise.all(
      changers.map(async (learner) => {
        await sleep(Math.random() * 500);
        vote(learner, ((learner.sent.get(decision) ?? 0) + 1) % options);
      }),
    );
    await until(() => tallies.length >= sends.length, 'the tallies of changed votes', 60_000);
    tallies.slice(0, sends.length).forEach((tally, i) => latencies.push(tally.at - sends[i]!));

    tallies.length = 0;
    tutor.send({ type: 'close', token });
    await until(() => tallies.length > 0, 'the close');
    const counts = tallies.at(-1)!.counts;
    const expected = Array.from({ length: options }, () => 0);
    for (const learner of learners) {
      const option = learner.sent.get(decision);
      if (option !== undefined) expected[option]! += 1;
    }
    votesLost += expected.reduce((lost, n, i) => lost + Math.max(0, n - (counts[i] ?? 0)), 0);

    const chosen = majorityOf(counts) ?? view.order[0]!;
    const record = {
      decision,
      options: [...view.choices],
      votes: counts,
      majority: majorityOf(counts),
      chosen,
      overridden: false,
    };
    session.choose(chosen);
    tutor.send({
      type: 'confirm',
      token,
      record,
      consequence: { lines: [], scores: [], finished: session.view.finished },
    });
    decisions += 1;
  }
  tutor.send({ type: 'end', token });
  await sleep(200);
  const end = server.memory();

  // Every vote the learners last sent is in SQLite.
  const db = new Database(database, { readonly: true });
  const stored = db.prepare('SELECT decision, learner_id, option FROM votes').all();
  db.close();
  const lastVotes = learners.reduce((n, l) => n + l.sent.size, 0);
  const refused = tutor.refused + learners.reduce((n, l) => n + l.client.refused, 0);

  for (const learner of learners) learner.client.stop();
  tutor.stop();
  await server.kill();
  rmSync(dir, { recursive: true, force: true });

  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const p95 = percentile(latencies, 95);
  console.log(
    `Classroom server benchmark: ${SCENARIO}, ${LEARNERS} learners on loopback, one projector`,
  );
  console.log(`  decisions played           ${decisions}`);
  console.log(`  learners joined in         ${(joinMs / 1000).toFixed(2)} s`);
  console.log(
    `  votes sent                 ${votesSent} (incl. ${decisions} rounds of changed votes)`,
  );
  console.log(
    `  vote -> projector's tally  p50 ${ms(percentile(latencies, 50))}  p95 ${ms(p95)}  max ${ms(Math.max(...latencies))}  (${latencies.length} votes)`,
  );
  console.log(`  messages refused           ${refused}`);
  console.log(
    `  votes lost                 ${votesLost} (closing tallies against each learner's last vote)`,
  );
  console.log(`  votes in SQLite            ${stored.length} of ${lastVotes} learner-decisions`);
  console.log(
    `  server memory (RSS)        idle ${idle.rss.toFixed(0)} MB, ${LEARNERS} joined ${joined.rss.toFixed(0)} MB, at the end ${end.rss.toFixed(0)} MB, peak ${Math.max(peak, end.peak).toFixed(0)} MB`,
  );
  console.log('  restart (SIGKILL mid-vote):');
  for (const line of restart) console.log(`    ${line}`);
  console.log(
    `  target p95 < 250 ms: ${p95 < 250 ? 'met' : 'NOT met'}; 0 votes lost: ${votesLost === 0 && stored.length === lastVotes ? 'met' : 'NOT met'}`,
  );
}

await main().catch((error: unknown) => {
  // Never leave a server process behind.
  for (const child of children) child.kill('SIGKILL');
  throw error;
});
