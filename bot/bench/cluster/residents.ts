/**
 * The residents of bench:cluster: each starts a Direct Line conversation,
 * then takes turns (post a question, poll until the bot's reply to it shows)
 * with think time between them, as a person reading and typing would. A
 * failed turn is sent again after 1 s and then 2 s, as a resident pressing
 * "retry" would; a conversation whose turn fails three times, or whose token
 * stops working, counts as lost.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface ResidentPlan {
  url: string;
  residents: number;
  turnsEach: number;
  /** Think time between turns, uniformly in [min, max] ms. */
  thinkMs: [number, number];
  /** Residents start spread over this long. */
  rampMs: number;
  /** Hard stop: residents still talking then give up (not counted as lost). */
  deadlineMs: number;
  /** Called after every completed turn with the running count. */
  onTurn?: (completed: number) => void;
}

export interface ResidentResult {
  turns: number;
  latenciesMs: number[];
  errors: Map<string, number>;
  lost: number;
  /** Conversations that saw at least one error but went on. */
  recovered: number;
  started: number;
  elapsedMs: number;
}

const QUESTIONS = [
  'tarvitsen hammaslääkärin',
  'mistä saan lääkäriajan',
  'lapsen neuvola',
  'äiti tarvitsee kotihoitoa',
  'jag behöver tandläkare',
  'mielenterveyspalvelut nuorelle',
  'where can I get a flu vaccine',
  'kiitos',
];

const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Reply {
  status: number;
  json: Record<string, unknown> | undefined;
}

function call(
  url: string,
  init: { method: string; token?: string; body?: unknown; localAddress: string },
): Promise<Reply> {
  return new Promise((resolve) => {
    const body = init.body === undefined ? undefined : JSON.stringify(init.body);
    const req = request(
      url,
      {
        method: init.method,
        agent,
        localAddress: init.localAddress,
        timeout: 20_000,
        headers: {
          ...(body ? { 'content-type': 'application/json' } : {}),
          ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => {
          let json: Record<string, unknown> | undefined;
          try {
            json = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, json });
        });
        res.on('error', () => resolve({ status: 0, json: undefined }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: 0, json: undefined }));
    req.end(body);
  });
}

/** Runs every resident to the end (or the deadline) and sums up. */
export async function runResidents(plan: ResidentPlan): Promise<ResidentResult> {
  const result: ResidentResult = {
    turns: 0,
    latenciesMs: [],
    errors: new Map(),
    lost: 0,
    recovered: 0,
    started: 0,
    elapsedMs: 0,
  };
  const began = performance.now();
  const overdue = () => performance.now() - began > plan.deadlineMs;
  const error = (kind: string) => result.errors.set(kind, (result.errors.get(kind) ?? 0) + 1);
  const think = () => plan.thinkMs[0] + Math.random() * (plan.thinkMs[1] - plan.thinkMs[0]);

  async function resident(i: number): Promise<void> {
    await sleep((plan.rampMs * i) / plan.residents);
    // One loopback address per resident (127.1.x.y): instances see distinct clients.
    const localAddress = `127.1.${Math.floor(i / 250)}.${(i % 250) + 1}`;
    const base = `${plan.url}/v3/directline/conversations`;
    let start = await call(base, { method: 'POST', body: { locale: 'fi-FI' }, localAddress });
    if (start.status !== 201) {
      error(`start ${start.status}`);
      start = await call(base, { method: 'POST', body: { locale: 'fi-FI' }, localAddress });
      if (start.status !== 201) {
        error(`start failed twice ${start.status}`);
        return;
      }
    }
    result.started += 1;
    const { conversationId, token } = start.json as { conversationId: string; token: string };
    const activities = `${base}/${conversationId}/activities`;
    let watermark = '';
    let troubled = false;
    for (let turn = 0; turn < plan.turnsEach; turn++) {
      await sleep(think());
      if (overdue()) return;
      const text = QUESTIONS[(i + turn) % QUESTIONS.length] as string;
      let done = false;
      for (let attempt = 0; attempt < 3 && !done; attempt++) {
        if (attempt > 0) {
          troubled = true;
          await sleep(1000 * attempt);
        }
        const t0 = performance.now();
        const posted = await call(activities, {
          method: 'POST',
          token,
          localAddress,
          body: { type: 'message', from: { id: `resident-${i}` }, text, locale: 'fi-FI' },
        });
        if (posted.status !== 200) {
          error(`post ${posted.status}`);
          if ([401, 403, 404].includes(posted.status)) break; // the conversation is gone
          continue;
        }
        const id = (posted.json as { id: string }).id;
        for (let poll = 0; poll < 40 && !done; poll++) {
          const page = await call(`${activities}?watermark=${watermark}`, {
            method: 'GET',
            token,
            localAddress,
          });
          if (page.status !== 200) {
            error(`poll ${page.status}`);
            if ([401, 403, 404].includes(page.status)) break;
          } else {
            const body = page.json as { activities: { replyToId?: string }[]; watermark: string };
            if (body.activities.some((a) => a.replyToId === id)) {
              watermark = body.watermark;
              done = true;
              result.turns += 1;
              result.latenciesMs.push(performance.now() - t0);
              plan.onTurn?.(result.turns);
            }
          }
          if (!done) await sleep(250);
        }
        if (!done) error('no reply');
      }
      if (!done) {
        result.lost += 1;
        return;
      }
    }
    if (troubled) result.recovered += 1;
  }

  await Promise.all(Array.from({ length: plan.residents }, (_, i) => resident(i)));
  result.elapsedMs = performance.now() - began;
  return result;
}
