/**
 * The classroom server: Fastify serving the built game (dist/), a small JSON
 * API to start a class, and one WebSocket route for the projector and the
 * phones. Fastify with @fastify/websocket rather than Socket.IO: learners'
 * phones and the projector use the browser's own WebSocket, so nothing is
 * added to the game's bundle, and Fastify brings static files, body limits
 * and logging in one small dependency tree. The rules live in ClassHub.
 */
import { networkInterfaces } from 'node:os';
import fastifyStatic from '@fastify/static';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance } from 'fastify';
import QRCode from 'qrcode';
import type { WebSocket } from 'ws';
import { policyFromEnvironment } from '../build/csp.ts';
import { HEARTBEAT, checkedHeartbeat } from '../sim/classroom/class-heartbeat.ts';
import { registerAttemptRoutes } from './attempts.ts';
import { ClassHub, type HubOptions, type Peer } from './class-hub.ts';
import { MAX_MESSAGE_BYTES, createClassSchema } from './messages.ts';
import { ClassStore } from './store.ts';

export interface ClassServerOptions extends HubOptions {
  readonly dist: string;
  readonly database: string;
  readonly port?: number;
  readonly host?: string;
  readonly logger?: boolean;
  /**
   * Where the LRS and LMS origins for `connect-src` come from (SERVICE_CHAIN_CONNECT_ORIGINS,
   * as for the build): the process's environment unless given.
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface ClassServer {
  readonly app: FastifyInstance;
  readonly hub: ClassHub;
  readonly url: string;
  readonly lanUrl: string;
  close(): Promise<void>;
}

/** The machine's first LAN IPv4 address, which phones on the same Wi-Fi can reach. */
function lanAddress(): string | null {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal) return address.address;
    }
  }
  return null;
}

/**
 * How long a stopping server waits for browsers to answer its close before it drops their
 * connections: a browser answers at once, a sleeping phone never does, and ws would otherwise
 * wait up to 30 s for it (and a restart with it).
 */
const CLOSE_GRACE_MS = 500;

/** Say goodbye to every socket, and drop those that have not answered within the grace. */
async function closeSockets(sockets: Set<WebSocket>): Promise<void> {
  const open = [...sockets];
  for (const socket of open) socket.close(1012, 'the classroom server is restarting');
  const closed = Promise.all(
    open
      .filter((socket) => socket.readyState !== socket.CLOSED)
      .map((socket) => new Promise((resolve) => socket.once('close', resolve))),
  );
  let timer: NodeJS.Timeout | undefined;
  const grace = new Promise((resolve) => {
    timer = setTimeout(resolve, CLOSE_GRACE_MS);
  });
  await Promise.race([closed, grace]);
  clearTimeout(timer);
  for (const socket of open) if (socket.readyState !== socket.CLOSED) socket.terminate();
}

export async function startClassServer(options: ClassServerOptions): Promise<ClassServer> {
  // Read first: an origin that is not one stops the server before it serves a wrong policy.
  const policy = policyFromEnvironment(options.env ?? process.env);
  // And a heartbeat that would drop every link again and again (class-heartbeat.ts).
  const heartbeat = checkedHeartbeat(options.heartbeat ?? HEARTBEAT);
  const store = new ClassStore(options.database);
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 4096 });
  const log = options.log ?? ((message: string) => app.log.warn(message));
  const hub = new ClassHub(store, { ...options, log });
  // Every response, the game's files and the API alike, carries the strict policy the game is
  // built for, with the LRS origins a cmi5 launch talks to.
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('content-security-policy', policy);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    return payload;
  });
  await app.register(fastifyWebsocket, {
    options: { maxPayload: MAX_MESSAGE_BYTES },
    // Instead of the plugin's, which asks each socket to close and returns at once: Fastify's
    // http.Server.close then waits on the upgraded sockets, and ws gives a silent one 30 s.
    // The plugin's also removed its 'upgrade' listener and closed the ws server; left out, as
    // harmless while nothing upgrades after this (Fastify answers 503 once it is closing).
    preClose: () => closeSockets(app.websocketServer.clients),
  });
  await app.register(fastifyStatic, { root: options.dist, index: 'index.html' });

  let lanUrl = '';
  app.get('/api/health', () => ({ ok: true }));
  app.post('/api/classes', async (request, reply) => {
    const parsed = createClassSchema.safeParse(request.body);
    if (!parsed.success) return reply.code(400).send({ error: 'scenarioId and seed are needed' });
    const created = hub.createClass(parsed.data.scenarioId, parsed.data.seed);
    const joinUrl = `${lanUrl}/?join=${created.code}`;
    const qr = await QRCode.toDataURL(joinUrl, { margin: 1, width: 320 });
    return { code: created.code, tutorToken: created.tutorToken, joinUrl, lanUrl, qr };
  });
  registerAttemptRoutes(app, store, options.now);
  app.get('/ws', { websocket: true }, (socket) => {
    const peer: Peer = {
      send: (message) => {
        if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
      },
      close: () => socket.close(1008, 'too many refused messages'),
      terminate: () => socket.terminate(),
      ping: () => {
        if (socket.readyState === socket.OPEN) socket.ping();
      },
    };
    hub.connect(peer);
    socket.on('message', (data: Buffer, binary: boolean) => {
      hub.receive(peer, binary ? '' : data.toString('utf8'));
    });
    socket.on('pong', () => hub.heard(peer));
    socket.on('close', () => hub.disconnect(peer));
    socket.on('error', (error: Error) => log(`classroom: socket error ${error.message}`));
  });

  const host = options.host ?? '0.0.0.0';
  await app.listen({ port: options.port ?? 0, host });
  const beats = setInterval(() => hub.heartbeat(), heartbeat.everyMs);
  const address = app.server.address();
  const port = address && typeof address !== 'string' ? address.port : (options.port ?? 0);
  lanUrl = `http://${host === '0.0.0.0' ? (lanAddress() ?? '127.0.0.1') : host}:${port}`;
  return {
    app,
    hub,
    url: `http://127.0.0.1:${port}`,
    lanUrl,
    close: async () => {
      clearInterval(beats);
      await app.close();
      store.close();
    },
  };
}
