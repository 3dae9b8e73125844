/**
 * `npm run bench:bot`: simulated residents talking to the real bot over the
 * built-in Direct Line on loopback. Each resident starts a conversation, reads
 * the welcome, then does 5 turns: post a message, poll until the bot's reply
 * to it is visible (the turn latency), then reads and types for a while
 * (think time) before the next turn. Prints turns/s, p50/p99 turn latency,
 * errors and the server's RSS for 50 and 200 concurrent residents, and a
 * saturation run without think time (maximum turns/s; latency there is
 * queueing). Target: 200 concurrent, p99 < 100 ms, zero errors.
 *
 * The server runs on the main thread; the residents run in a worker thread so
 * that the client's own work does not stall the server's event loop.
 *
 * Last, an attack run (attack.ts) fills the server to its conversation cap
 * with the largest typing and event activities a client may send, and prints
 * the server's peak RSS (the attacker is a child process). Target: under 600 MB.
 */
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  MemoryStorage,
} from 'botbuilder';
import { loadKnowledgeDir } from '../../knowledge/loader';
import { LiveKnowledge } from '../../knowledge/live';
import { createSearchEngine } from '../../knowledge/search';
import { OpastinBot } from '../adapter/opastin-bot';
import { turnErrorHandler } from '../adapter/on-turn-error';
import { MemoryInsightStore } from '../insight/insight-store';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createServer } from '../server/create-server';
import { DEFAULT_DIRECT_LINE_LIMITS } from '../server/direct-line/store';
import type { AttackPlan, AttackResult } from './attack';

const TURNS = 5;
/** Residents, and the think time between their turns (ms, uniform). A real resident takes far longer. */
const PHASES: { residents: number; thinkMs: [number, number]; label: string }[] = [
  { residents: 10, thinkMs: [0, 0], label: 'warm-up' },
  { residents: 50, thinkMs: [500, 2000], label: 'think 0.5-2 s' },
  { residents: 200, thinkMs: [500, 2000], label: 'think 0.5-2 s' },
  { residents: 200, thinkMs: [0, 0], label: 'saturation, no think time' },
];
const REPLY_TIMEOUT_MS = 10_000;
// Three posts fill a conversation's stream to about its share of the store's byte budget at the
// cap; more only makes the store end conversations sooner (least recently active first).
const ATTACK: AttackPlan = {
  conversations: DEFAULT_DIRECT_LINE_LIMITS.maxConversations,
  postsPerConversation: 3,
  concurrency: 32,
  deadlineMs: 300_000,
};
const MESSAGES = [
  'tarvitsen hammaslääkärin',
  'lapseni tarvitsee neuvolaa',
  'äitini tarvitsee kotihoitoa',
  'tandvärk',
  'jag behöver läkartid',
  'I need a dentist',
  'where can I get help with mental health',
  'toimeentulotuki',
  'Espoo',
  'apua',
];

interface Wire {
  id?: string;
  replyToId?: string;
  from?: { role?: string };
}

async function startBot(): Promise<{ url: string; close: () => void }> {
  const { kb, problems } = await loadKnowledgeDir();
  if (!kb) throw new Error(`knowledge does not load: ${problems[0]?.message}`);
  const knowledge = new LiveKnowledge({ kb, engine: createSearchEngine(kb) });
  const botAuth = new ConfigurationBotFrameworkAuthentication({});
  const adapter = new CloudAdapter(botAuth);
  const errors: string[] = [];
  adapter.onTurnError = turnErrorHandler((line) => errors.push(line));
  const bot = new OpastinBot({
    knowledge,
    conversationState: new ConversationState(new MemoryStorage()),
    insight: new MemoryInsightStore(),
    log: () => undefined,
  });
  const server = createServer({
    adapter,
    botAuth,
    bot,
    knowledge,
    log: () => undefined,
    // Every simulated resident comes from 127.0.0.1: lift the per-address start limit
    // (per-conversation limits stay at their production values).
    rateLimits: { conversationStartsPerIp: { burst: 10_000, perSecond: 10_000 } },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

// node:http with keep-alive costs the client far less CPU than fetch, and the
// client shares the machine's cores with the server it measures.
const agent = new HttpAgent({ keepAlive: true, maxSockets: Infinity });

function json(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: init.method ?? 'GET', headers: init.headers, agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          try {
            resolve({
              status: res.statusCode ?? 0,
              body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
            });
          } catch (err) {
            reject(err);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One resident: start, welcome, then TURNS turns. Returns the turn latencies in ms. */
async function resident(base: string, index: number, thinkMs: [number, number]): Promise<number[]> {
  const think = () => sleep(thinkMs[0] + Math.random() * (thinkMs[1] - thinkMs[0]));
  await sleep(Math.random() * thinkMs[1]); // residents arrive over time, not in lockstep
  const start = await json(`${base}/v3/directline/conversations`, { method: 'POST' });
  if (start.status !== 201) throw new Error(`start ${start.status}`);
  const { conversationId, token } = start.body as { conversationId: string; token: string };
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const activities = `${base}/v3/directline/conversations/${conversationId}/activities`;
  let watermark = '';

  const poll = async () => {
    const res = await json(`${activities}?watermark=${watermark}`, { headers });
    if (res.status !== 200) throw new Error(`poll ${res.status}`);
    watermark = String(res.body.watermark);
    return res.body.activities as Wire[];
  };

  await poll(); // the welcome
  const latencies: number[] = [];
  for (let turn = 0; turn < TURNS; turn++) {
    if (turn > 0) await think();
    const text = MESSAGES[(index + turn) % MESSAGES.length];
    const t0 = performance.now();
    const post = await json(activities, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        type: 'message',
        from: { id: `resident-${index}` },
        text,
        locale: 'fi-FI',
      }),
    });
    if (post.status !== 200) throw new Error(`post ${post.status}`);
    const id = String(post.body.id);
    for (;;) {
      const batch = await poll();
      if (batch.some((a) => a.replyToId === id && a.from?.role === 'bot')) break;
      if (performance.now() - t0 > REPLY_TIMEOUT_MS) throw new Error('no reply');
      await sleep(5);
    }
    latencies.push(performance.now() - t0);
  }
  return latencies;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

interface PhaseResult {
  latencies: number[];
  seconds: number;
  failures: string[];
}

async function runPhase(
  base: string,
  residents: number,
  thinkMs: [number, number],
): Promise<PhaseResult> {
  const began = performance.now();
  const results = await Promise.allSettled(
    Array.from({ length: residents }, (_, i) => resident(base, i, thinkMs)),
  );
  const seconds = (performance.now() - began) / 1000;
  const latencies = results.flatMap((r) => (r.status === 'fulfilled' ? r.value : []));
  const failures = results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
  return { latencies, seconds, failures };
}

function report(
  label: string,
  residents: number,
  { latencies, seconds, failures }: PhaseResult,
): void {
  const sorted = [...latencies].sort((a, b) => a - b);
  const rssMb = process.memoryUsage().rss / 1024 / 1024;
  console.log(
    `${String(residents).padStart(4)} residents (${label}): ${sorted.length} turns in ${seconds.toFixed(2)} s = ` +
      `${(sorted.length / seconds).toFixed(0)} turns/s, p50 ${percentile(sorted, 50).toFixed(1)} ms, ` +
      `p99 ${percentile(sorted, 99).toFixed(1)} ms, errors ${failures.length}, RSS ${rssMb.toFixed(0)} MB`,
  );
  for (const failure of failures.slice(0, 3)) console.log(`  error: ${failure}`);
}

// The worker runs this same TypeScript file; workers do not inherit tsx's
// loader (https://github.com/privatenumber/tsx/issues/354), so register it first.
const WORKER_BOOTSTRAP = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); });`;

if (isMainThread) {
  const bot = await startBot();
  console.log(`bench:bot: ${TURNS}-turn conversations over the Direct Line at ${bot.url}`);
  // Other work on the machine shows up directly in the latencies; say how busy it was.
  const load = () => `load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`;
  console.log(`before: ${load()}`);
  for (const { residents, thinkMs, label } of PHASES) {
    const worker = new Worker(WORKER_BOOTSTRAP, {
      eval: true,
      workerData: { base: bot.url, residents, thinkMs },
    });
    // How busy the server's thread was: its CPU cost per turn, welcome and polls included.
    const elu0 = performance.eventLoopUtilization();
    const cpu0 = process.cpuUsage();
    const result = await new Promise<PhaseResult>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    const elu = performance.eventLoopUtilization(elu0);
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    await worker.terminate();
    report(label, residents, result);
    console.log(
      `      server thread busy ${(elu.utilization * 100).toFixed(0)}%, ` +
        `${(elu.active / Math.max(1, result.latencies.length)).toFixed(2)} ms per turn; ` +
        `CPU of server and clients together ${(cpuMs / Math.max(1, result.latencies.length)).toFixed(2)} ms per turn`,
    );
  }
  await attackRun(bot.url);
  console.log(`after: ${load()}`);
  bot.close();
} else {
  const { base, residents, thinkMs } = workerData as {
    base: string;
    residents: number;
    thinkMs: [number, number];
  };
  parentPort?.postMessage(await runPhase(base, residents, thinkMs));
}

/** The attack run: peak and final RSS while hostile clients fill the server to its conversation cap. */
async function attackRun(base: string): Promise<void> {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
  const script = fileURLToPath(new URL('./attack.ts', import.meta.url));
  const result = await new Promise<AttackResult>((resolve, reject) =>
    execFile(
      process.execPath,
      ['--import', 'tsx', script, base, JSON.stringify(ATTACK)],
      { maxBuffer: 1024 * 1024 },
      (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout) as AttackResult)),
    ),
  );
  clearInterval(sampler);
  const health = await json(`${base}/healthz`, {});
  const after = process.memoryUsage().rss;
  peak = Math.max(peak, after);
  console.log(
    `attack: ${ATTACK.conversations} conversations × ${ATTACK.postsPerConversation} typing/event posts of ${(result.activityBytes / 1024).toFixed(1)} kB: ` +
      `${result.posts} posts in ${result.seconds.toFixed(1)} s, statuses ${JSON.stringify(result.statuses)}, ` +
      `${String(health.body.conversations)} conversations live`,
  );
  console.log(
    `      RSS before ${mb(before)}, peak ${mb(peak)}, after ${mb(after)} (target: under 600 MB)`,
  );
}
