import { afterEach, describe, expect, it } from 'vitest';
import { conversationStateKey } from '../../../../bot/server/direct-line/bot-bridge';
import { startRealServer, type RealServer } from '../../real-server';
import { http } from '../harness';

let running: RealServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe('the Direct Line with the real Opastin bot', () => {
  it('answers with the dental card, and forgets the conversation state when the conversation expires', async () => {
    let now = Date.now();
    running = await startRealServer({ now: () => now, directLine: { conversationIdleMs: 60_000 } });
    const start = await http(`${running.url}/v3/directline/conversations`, {
      body: { locale: 'fi-FI' },
    });
    const { conversationId, token } = start.json;
    const activities = `${running.url}/v3/directline/conversations/${conversationId}/activities`;
    await http(activities, {
      token,
      body: {
        type: 'message',
        from: { id: 'u' },
        text: 'tarvitsen hammaslääkärin',
        locale: 'fi-FI',
      },
    });
    const stream = (await http(activities, { token })).json.activities;
    expect(JSON.stringify(stream)).toContain(
      running.kb.services.find((s) => s.id === 'dental-care')?.name.fi,
    );
    const key = conversationStateKey(conversationId);
    expect(Object.keys(await running.storage.read([key]))).toEqual([key]);

    now += 61_000;
    await http(`${running.url}/v3/directline/conversations`, { method: 'POST' }); // a start sweeps idle conversations
    expect(Object.keys(await running.storage.read([key]))).toEqual([]);
    expect((await http(activities, { token })).status).toBe(404);
  });
});
