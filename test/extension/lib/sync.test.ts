import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { toSnapshot } from '../../../knowledge/snapshot';
import {
  KNOWLEDGE_KEY,
  SYNC_KEY,
  type KeyValueStore,
  type StoredKnowledge,
} from '../../../extension/lib/state';
import { refreshKnowledge } from '../../../extension/lib/sync';
import { fakeKnowledgeBase, fakePath, fakeService, fakeStep } from '../../factories/knowledge';

const SERVER = 'http://localhost:3978/';
const NOW = () => new Date('2026-11-24T08:00:00Z');
const storage = fakeBrowser.storage.local as unknown as KeyValueStore;

function serve(...responses: (() => Response)[]) {
  const fetch = vi.fn<typeof globalThis.fetch>(async () =>
    (responses.shift() ?? (() => new Response(null, { status: 500 })))(),
  );
  return fetch;
}

async function stored(): Promise<StoredKnowledge | undefined> {
  return (await storage.get(KNOWLEDGE_KEY))[KNOWLEDGE_KEY] as StoredKnowledge | undefined;
}

const ok =
  (body: string, etag = '"a"') =>
  () =>
    new Response(body, { status: 200, headers: { etag } });

describe('refreshKnowledge', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores a valid snapshot with its ETag, and sends the ETag next time', async () => {
    const kb = fakeKnowledgeBase();
    const fetch = serve(ok(toSnapshot(kb)), () => new Response(null, { status: 304 }));
    const deps = { storage, fetch, now: NOW };

    expect(await refreshKnowledge(SERVER, deps)).toMatchObject({
      state: 'updated',
      version: kb.version,
    });
    expect(await stored()).toMatchObject({
      etag: '"a"',
      serverUrl: SERVER,
      kb: { version: kb.version },
    });

    expect(await refreshKnowledge(SERVER, deps)).toMatchObject({
      state: 'current',
      version: kb.version,
    });
    expect(fetch.mock.calls[1]).toEqual([
      'http://localhost:3978/api/knowledge',
      expect.objectContaining({ headers: { 'If-None-Match': '"a"' }, credentials: 'omit' }),
    ]);
  });

  it.each([
    ['a server error', () => new Response('oops', { status: 503 })],
    ['invalid JSON', ok('{"version": ')],
    ['a document that is not a knowledge base', ok('{"services": 42}')],
    // Matches the schema, but a rule rejects it: a referral path to a service that does not exist.
    [
      'a snapshot the gate rejects',
      ok(
        toSnapshot(
          fakeKnowledgeBase({ paths: [fakePath({ steps: [fakeStep({ service: 'nowhere' })] })] }),
        ),
      ),
    ],
    [
      'a network failure',
      () => {
        throw new TypeError('Failed to fetch');
      },
    ],
  ])('keeps the last good snapshot on %s', async (_what, response) => {
    const good = fakeKnowledgeBase();
    await refreshKnowledge(SERVER, {
      storage,
      fetch: serve(ok(toSnapshot(good))),
      now: NOW,
    });

    const status = await refreshKnowledge(SERVER, {
      storage,
      fetch: serve(response),
      now: NOW,
    });
    expect(status).toMatchObject({ state: 'error', version: good.version });
    expect(status.message).toBeTruthy();
    expect((await stored())?.kb.version).toBe(good.version);
    expect((await storage.get(SYNC_KEY))[SYNC_KEY]).toMatchObject({ state: 'error' });
  });

  it('names the wrong field when a snapshot does not validate', async () => {
    const bad = { ...fakeKnowledgeBase(), services: [{ ...fakeService(), level: 'urgent-ish' }] };
    const status = await refreshKnowledge(SERVER, {
      storage,
      fetch: serve(ok(JSON.stringify(bad))),
      now: NOW,
    });
    expect(status.message).toContain('services.0.level');
    expect(await stored()).toBeUndefined();
  });

  it('does not send an ETag issued by another server', async () => {
    const kb = fakeKnowledgeBase();
    await refreshKnowledge(SERVER, {
      storage,
      fetch: serve(ok(toSnapshot(kb))),
      now: NOW,
    });
    const fetch = serve(ok(toSnapshot(kb), '"b"'));
    await refreshKnowledge('http://localhost:3978/other/', {
      storage,
      fetch,
      now: NOW,
    });
    expect(fetch.mock.calls[0]?.[1]).toMatchObject({ headers: {} });
  });

  it('does nothing but report "off" without a server', async () => {
    const fetch = serve();
    expect(await refreshKnowledge(undefined, { storage, fetch, now: NOW })).toMatchObject({
      state: 'off',
    });
    expect(fetch).not.toHaveBeenCalled();
  });
});
