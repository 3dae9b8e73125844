/**
 * One timed editor save for bench:publish: the save is sent to instance A
 * while instance B is watched, so B serving the new text before A has even
 * answered the editor is seen too. Times are wall-clock milliseconds
 * (Date.now()) because the commit time comes from A's history row.
 */
import type pg from 'pg';
import type { Instance } from '../../support/instance';

export const DENTAL = 'services/dental-care.yaml';

export interface Editor {
  headers: Record<string, string>;
}

export interface RoundTiming {
  /** From sending the save until A answered it. */
  saveMs: number;
  /** From A's commit until B's /api/search found the new word. */
  searchMs: number;
  /** From A's commit until B's /api/knowledge held the new word. */
  knowledgeMs: number;
  /** From sending the save until A committed it. */
  commitMs: number;
}

/** Logs into A's editor and returns the headers a save needs. */
export async function login(
  instance: Instance,
  account: { user: string; password: string },
): Promise<Editor> {
  const res = await fetch(`${instance.url}/admin/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  });
  if (res.status !== 200) throw new Error(`editor login failed: ${res.status}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrf } = (await res.json()) as { csrf: string };
  return { headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' } };
}

/** A word no earlier round used and no typo correction turns into another round's word. */
export function uniqueWord(round: number): string {
  const consonants = 'bdfghjklmnprstv';
  const vowels = 'aeiouy';
  let word = 'zq';
  for (let i = 0; i < 8; i++) {
    const pool = i % 2 ? vowels : consonants;
    word += pool[Math.floor(Math.random() * pool.length)];
  }
  // The round in letters too, so two rounds never share a word by chance.
  return `${word}${String.fromCharCode(97 + (round % 26))}${String.fromCharCode(97 + Math.floor(round / 26))}`;
}

async function json(url: string, init: RequestInit = {}): Promise<Record<string, unknown>> {
  const res = await fetch(url, init);
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

/** Resolves with the time B's search and snapshot first hold `word`. */
async function watchServed(
  b: Instance,
  before: string,
  word: string,
  deadline: number,
): Promise<{ searchAt: number; knowledgeAt: number }> {
  // /healthz is not rate limited, so it can be polled tightly; the API is asked once it moved.
  while ((await json(`${b.url}/healthz`)).knowledgeVersion === before) {
    if (Date.now() > deadline) throw new Error('B never served the save');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  let searchAt = 0;
  while (!searchAt) {
    const found = (await json(`${b.url}/api/search?q=${word}&lang=fi`)) as {
      results: { id: string; why: { kind: string; matched: string }[] }[];
    };
    const top = found.results[0];
    if (top?.id === 'dental-care' && top.why.some((w) => w.kind === 'exact' && w.matched === word))
      searchAt = Date.now();
    else if (Date.now() > deadline) throw new Error(`B's search never found ${word}`);
  }
  let knowledgeAt = 0;
  while (!knowledgeAt) {
    const res = await fetch(`${b.url}/api/knowledge`);
    if ((await res.text()).includes(word)) knowledgeAt = Date.now();
    else if (Date.now() > deadline) throw new Error(`B's snapshot never held ${word}`);
  }
  return { searchAt, knowledgeAt };
}

/** Saves a new summary with a unique word on A and times until B serves it. */
export async function timedSave(
  a: Instance,
  b: Instance,
  editor: Editor,
  pool: pg.Pool,
  round: number,
): Promise<RoundTiming> {
  const file = await json(`${a.url}/admin/api/file?path=${DENTAL}`, { headers: editor.headers });
  const before = (await json(`${b.url}/healthz`)).knowledgeVersion as string;
  const word = uniqueWord(round);
  const sentAt = Date.now();
  const served = watchServed(b, before, word, sentAt + 30_000);
  const saved = await fetch(`${a.url}/admin/api/file`, {
    method: 'PUT',
    headers: editor.headers,
    body: JSON.stringify({
      path: DENTAL,
      etag: file.etag,
      edits: { 'summary.fi': `Hampaiden hoito ja ${word}.` },
    }),
  });
  const answeredAt = Date.now();
  if (saved.status !== 200) throw new Error(`save failed: ${saved.status} ${await saved.text()}`);
  const { searchAt, knowledgeAt } = await served;
  // The history row's time is taken on A just before COMMIT: the commit as A's clock saw it.
  const { rows } = await pool.query<{ at: Date }>(
    'SELECT at FROM knowledge_history ORDER BY seq DESC LIMIT 1',
  );
  const committedAt = rows[0]!.at.getTime();
  return {
    saveMs: answeredAt - sentAt,
    searchMs: searchAt - committedAt,
    knowledgeMs: knowledgeAt - committedAt,
    commitMs: committedAt - sentAt,
  };
}
