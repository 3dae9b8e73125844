/**
 * How long after an editor's save on one instance the other instances serve
 * the new knowledge version: the time the Redis publish notice plus their
 * reload (validation and a rebuilt search index) take.
 */
import { performance } from 'node:perf_hooks';
import type { Instance } from '../../../test/support/instance';

const DENTAL = 'services/dental-care.yaml';

async function json(url: string, init: RequestInit = {}): Promise<Record<string, unknown>> {
  const res = await fetch(url, init);
  return (await res.json()) as Record<string, unknown>;
}

/** Saves `rounds` edits on `editorOn` and returns, per save, ms until every one of `others` serves it. */
export async function measurePublish(
  editorOn: Instance,
  others: Instance[],
  editor: { user: string; password: string },
  rounds: number,
): Promise<number[]> {
  const login = await fetch(`${editorOn.url}/admin/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(editor),
  });
  if (login.status !== 200) throw new Error(`editor login failed: ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrf } = (await login.json()) as { csrf: string };
  const headers = { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' };
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const file = await json(`${editorOn.url}/admin/api/file?path=${DENTAL}`, { headers });
    const saved = await fetch(`${editorOn.url}/admin/api/file`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({
        path: DENTAL,
        etag: file.etag,
        edits: { 'summary.fi': `Hampaiden hoito, kierros ${round + 1} (${Date.now()}).` },
      }),
    });
    if (saved.status !== 200) throw new Error(`save failed: ${saved.status} ${await saved.text()}`);
    const t0 = performance.now();
    const { knowledgeVersion } = await json(`${editorOn.url}/healthz`);
    for (const other of others) {
      while ((await json(`${other.url}/healthz`)).knowledgeVersion !== knowledgeVersion) {
        if (performance.now() - t0 > 30_000)
          throw new Error('another instance never served the save');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
    times.push(performance.now() - t0);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return times;
}
