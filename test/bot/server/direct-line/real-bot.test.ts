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

/** The bot's replies to one message, in order, over the real Direct Line endpoint. */
async function repliesTo(server: RealServer, locale: string, text: string) {
  const start = await http(`${server.url}/v3/directline/conversations`, { body: { locale } });
  const { conversationId, token } = start.json;
  const activities = `${server.url}/v3/directline/conversations/${conversationId}/activities`;
  const sent = await http(activities, {
    token,
    body: { type: 'message', from: { id: 'u' }, text, locale },
  });
  const stream: WireActivity[] = (await http(activities, { token })).json.activities;
  return stream.filter((a) => a.replyToId === sent.json.id && a.from?.id !== 'u');
}

interface WireActivity {
  from?: { id: string };
  replyToId?: string;
  text?: string;
  attachments?: { content?: unknown }[];
}

describe('emergencies over the Direct Line', () => {
  it.each([
    ['fi-FI', 'mieheni rintaa puristaa ja hän hikoilee', /Soita heti 112\./, 'tel:112'],
    ['sv-FI', 'min man har ont i bröstet och svettas', /Ring genast 112\./, 'tel:112'],
    ['en-US', 'my husband has chest pain and is sweating', /Call 112 now\./, 'tel:112'],
    ['en-US', 'my child swallowed detergent', /Call 0800 147 111 now\./, 'tel:0800147111'],
  ])(
    '%s "%s": the first reply says what to do and carries the number',
    async (locale, text, lead, tel) => {
      running = await startRealServer();
      const [first] = await repliesTo(running, locale, text);
      expect(first?.text).toMatch(lead);
      expect(JSON.stringify(first?.attachments)).toContain(tel);
    },
  );

  it('gives a Swedish speaker the Swedish crisis line when the knowledge base has one', async () => {
    running = await startRealServer();
    const numbers = running.kb.emergency.numbers;
    const crisis =
      numbers.find((n) => n.id === 'crisis-line-sv') ??
      numbers.find((n) => n.id === 'crisis-line-fi');
    const [first] = await repliesTo(running, 'sv-FI', 'jag vill ta livet av mig');
    expect(first?.text).toContain(crisis?.number);
    expect(first?.text).not.toMatch(/Ketä|Vem gäller det/);
  });
});
