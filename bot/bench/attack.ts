/**
 * bench:bot's attack run: many Direct Line conversations, each posting large
 * typing and event activities (channelData, value and entities at their
 * bounds, 2,000 two-byte characters of text), the most a client may send. Bounded in count and time
 * and aimed only at the loopback server the bench started. What it measures
 * is the server's memory (RSS), which must stay under 600 MB at the
 * conversation cap whatever clients send.
 */
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { MAX_TEXT_LENGTH, MAX_VALUE_BYTES } from '../server/direct-line/activity';

export interface AttackPlan {
  conversations: number;
  postsPerConversation: number;
  /** Conversations attacking at once. */
  concurrency: number;
  /** The run stops starting new work after this long. */
  deadlineMs: number;
}

export interface AttackResult {
  posts: number;
  /** Bytes of each posted activity. */
  activityBytes: number;
  /** Status code → count; 404 means the server had already ended the conversation. */
  statuses: Record<string, number>;
  seconds: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: Infinity });

function send(
  url: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { 'Content-Type': 'application/json', ...headers } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * The largest activity the server accepts: 2,000 two-byte characters of text,
 * and channelData, value and entities each padded to their byte bound.
 */
function hostileActivity(typing: boolean): string {
  const junk = 'x'.repeat(MAX_VALUE_BYTES - 64);
  return JSON.stringify({
    type: typing ? 'typing' : 'event',
    name: typing ? undefined : 'webchat/join',
    from: { id: 'attacker' },
    text: 'ä'.repeat(MAX_TEXT_LENGTH),
    channelData: { clientActivityID: 'a-1', junk },
    value: { junk },
    entities: [{ type: 'junk', junk }],
  });
}

/** Runs the attack against `base` (the bench's own loopback server). */
export async function attack(base: string, plan: AttackPlan): Promise<AttackResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(base))
    throw new Error(`attack only on loopback: ${base}`);
  const began = Date.now();
  const statuses: Record<string, number> = {};
  const count = (status: number) => (statuses[status] = (statuses[status] ?? 0) + 1);
  // Built once: the attacker's own garbage is not what this run measures.
  const bodies = [true, false].map(hostileActivity);
  let next = 0;
  let posts = 0;
  const worker = async () => {
    while (next < plan.conversations && Date.now() - began < plan.deadlineMs) {
      next += 1;
      const start = await send(`${base}/v3/directline/conversations`, '');
      if (start.status !== 201) {
        count(start.status);
        continue;
      }
      const { conversationId, token } = JSON.parse(start.text) as {
        conversationId: string;
        token: string;
      };
      const url = `${base}/v3/directline/conversations/${conversationId}/activities`;
      for (let i = 0; i < plan.postsPerConversation; i++) {
        const res = await send(url, bodies[i % 2] as string, {
          Authorization: `Bearer ${token}`,
        });
        posts += 1;
        count(res.status);
        if (res.status === 404) break; // ended (evicted): nothing more to store there
      }
    }
  };
  await Promise.all(Array.from({ length: plan.concurrency }, worker));
  const activityBytes = Math.max(...bodies.map((body) => Buffer.byteLength(body)));
  return { posts, activityBytes, statuses, seconds: (Date.now() - began) / 1000 };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [base = '', plan = '{}'] = process.argv.slice(2);
  process.stdout.write(`${JSON.stringify(await attack(base, JSON.parse(plan) as AttackPlan))}\n`);
}
