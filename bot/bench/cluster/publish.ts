/**
 * How long after an editor's save on one instance the other instances serve
 * the new knowledge version: the time the Redis publish notice plus their
 * reload (validation and a rebuilt search index) take.
 */
import { performance } from 'node:perf_hooks';
import type { Instance } from '../../support/instance';
import { connectRedis } from '../../redis/client';
import { KNOWLEDGE_CHANNEL } from '../../redis/knowledge-notices';
import { login } from '../publish/round';

const DENTAL = 'services/dental-care.yaml';

async function json(url: string, init: RequestInit = {}): Promise<Record<string, unknown>> {
  const res = await fetch(url, init);
  return (await res.json()) as Record<string, unknown>;
}

export interface PublishTiming {
  /** From sending the save until the publish notice arrived through Redis. */
  noticeMs: number;
  /** From sending the save until every other instance served the new version. */
  servedMs: number;
}

/** Saves `rounds` edits on `editorOn` and times the notice and the other instances' swap. */
export async function measurePublish(
  redisUrl: string,
  editorOn: Instance,
  others: Instance[],
  editor: { user: string; password: string },
  rounds: number,
): Promise<PublishTiming[]> {
  // Listens like an instance would, to time the notice itself apart from the reload.
  const listener = await connectRedis(redisUrl, () => undefined);
  let noticed: (() => void) | undefined;
  await listener.subscribe(KNOWLEDGE_CHANNEL, () => noticed?.());
  const { headers } = await login(editorOn, editor);
  const times: PublishTiming[] = [];
  for (let round = 0; round < rounds; round++) {
    const file = await json(`${editorOn.url}/admin/api/file?path=${DENTAL}`, { headers });
    const t0 = performance.now();
    let noticeMs = Number.NaN;
    noticed = () => (noticeMs = performance.now() - t0);
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
    const { knowledgeVersion } = await json(`${editorOn.url}/healthz`);
    for (const other of others) {
      while ((await json(`${other.url}/healthz`)).knowledgeVersion !== knowledgeVersion) {
        if (performance.now() - t0 > 30_000)
          throw new Error('another instance never served the save');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
    times.push({ noticeMs, servedMs: performance.now() - t0 });
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await listener.close();
  return times;
}
