import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../../../knowledge/search';
import { parseSnapshot } from '../../../../knowledge/snapshot';
import { LiveKnowledge } from '../../../../knowledge/live';
import { fakeKnowledgeBase, fakeService } from '../../../factories/knowledge';
import { startRealServer, type RealServer } from '../../real-server';
import { fakeKnowledge, http, startServer } from '../harness';

let real: RealServer;
beforeAll(async () => {
  real = await startRealServer();
});
afterAll(async () => {
  await real?.close();
});

describe('the resident page', () => {
  it('answers HEAD / like GET /, without a body', async () => {
    const res = await fetch(`${real.url}/`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toBe('');
  });
});

describe('GET /api/search', () => {
  it('returns the same JSON as the search engine (what the CLI prints)', async () => {
    const res = await http(
      `${real.url}/api/search?q=${encodeURIComponent('tarvitsen hammaslääkärin')}&lang=fi`,
    );
    expect(res.status).toBe(200);
    const expected = createSearchEngine(real.kb).search('tarvitsen hammaslääkärin', {
      lang: 'fi',
      limit: 10,
    });
    expect(res.json).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(res.json.results[0].id).toBe('dental-care');
  });

  it.each([
    ['', 'MissingQuery'],
    ['?q=', 'MissingQuery'],
    ['?q=hammas&lang=de', 'BadLanguage'],
    [`?q=${'a'.repeat(501)}`, 'QueryTooLong'],
  ])('%s → 400 %s', async (query, code) => {
    const res = await http(`${real.url}/api/search${query}`);
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe(code);
  });
});

describe('GET /api/knowledge', () => {
  it('serves the snapshot with the version as ETag, 304 on If-None-Match, readable from any origin', async () => {
    const res = await http(`${real.url}/api/knowledge`);
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe(`"${real.kb.version}"`);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(parseSnapshot(res.json).services.map((s) => s.id)).toEqual(
      real.kb.services.map((s) => s.id),
    );
    const again = await http(`${real.url}/api/knowledge`, {
      headers: { 'If-None-Match': `"${real.kb.version}"` },
    });
    expect(again.status).toBe(304);
    const stale = await http(`${real.url}/api/knowledge`, {
      headers: { 'If-None-Match': '"old-version"' },
    });
    expect(stale.status).toBe(200);
  });

  it('allows the extension’s conditional request through CORS preflight', async () => {
    const res = await fetch(`${real.url}/api/knowledge`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'chrome-extension://abc',
        'Access-Control-Request-Headers': 'if-none-match',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-headers')).toMatch(/If-None-Match/i);
  });

  it('serves a published knowledge base at once, with a new ETag', async () => {
    const knowledge = fakeKnowledge() as LiveKnowledge;
    const running = await startServer({ knowledge });
    try {
      const before = await http(`${running.url}/api/knowledge`);
      const next = fakeKnowledgeBase({ services: [fakeService({ id: 'new-service' })] });
      knowledge.swap({ kb: next, engine: knowledge.current().engine });
      const after = await http(`${running.url}/api/knowledge`, {
        headers: { 'If-None-Match': before.headers.get('etag') ?? '' },
      });
      expect(after.status).toBe(200);
      expect(after.headers.get('etag')).toBe(`"${next.version}"`);
      expect(after.json.services.map((s: { id: string }) => s.id)).toEqual(['new-service']);
    } finally {
      await running.close();
    }
  });
});

describe('GET /healthz', () => {
  it('reports ok and the knowledge version being served', async () => {
    const res = await http(`${real.url}/healthz`);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ status: 'ok', knowledgeVersion: real.kb.version });
  });
});

describe('GET /', () => {
  it('serves the page with a strict Content-Security-Policy and a fresh nonce each time', async () => {
    const a = await fetch(`${real.url}/`);
    const b = await fetch(`${real.url}/`);
    const csp = a.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    const nonceA = /nonce-([^']+)/.exec(csp)?.[1];
    expect(nonceA).toBeTruthy();
    expect(await a.text()).toContain(`data-nonce="${nonceA}"`);
    expect(b.headers.get('content-security-policy')).not.toContain(nonceA);
  });

  it('serves Web Chat from the installed package, compressed', async () => {
    const res = await fetch(`${real.url}/static/webchat.js`, {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(await res.text()).toMatch(/renderWebChat/);
    expect((await fetch(`${real.url}/static/..%2Fpackage.json`)).status).toBe(404);
  });
});
