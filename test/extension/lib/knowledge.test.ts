import { describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../../knowledge/snapshot';
import { chooseKnowledge } from '../../../extension/lib/knowledge';
import type { StoredKnowledge } from '../../../extension/lib/state';
import { fakeKnowledgeBase, fakeService } from '../../factories/knowledge';

const SERVER = 'http://localhost:3978/';
const bundled = fakeKnowledgeBase();
const fromServer = fakeKnowledgeBase({ services: [fakeService({ id: 'from-server' })] });
const stored: StoredKnowledge = {
  kb: fromServer,
  serverUrl: SERVER,
  fetchedAt: '2026-11-24T08:00:00Z',
};

describe('chooseKnowledge', () => {
  it('uses the last good snapshot from the configured server', () => {
    expect(chooseKnowledge(stored, SERVER, bundled, parseSnapshot)).toMatchObject({
      source: 'server',
      kb: { version: fromServer.version },
    });
  });

  it('falls back to the bundled snapshot without a server, or for another server', () => {
    expect(chooseKnowledge(stored, undefined, bundled, parseSnapshot).source).toBe('bundled');
    expect(chooseKnowledge(stored, 'http://localhost:3978/x/', bundled, parseSnapshot).source).toBe(
      'bundled',
    );
    expect(chooseKnowledge(undefined, SERVER, bundled, parseSnapshot).source).toBe('bundled');
  });

  it('falls back to the bundled snapshot when the stored one no longer validates', () => {
    const broken = {
      ...stored,
      kb: { ...fromServer, services: 'gone' },
    } as unknown as StoredKnowledge;
    expect(chooseKnowledge(broken, SERVER, bundled, parseSnapshot)).toMatchObject({
      source: 'bundled',
      kb: { version: bundled.version },
    });
  });
});
