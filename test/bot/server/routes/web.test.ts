import { afterEach, describe, expect, it } from 'vitest';
import { http, startServer, type Running } from '../harness';

let running: Running | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe('GET /static/:file', () => {
  // Names of Object.prototype members once reached the lookup table's prototype and gave 500.
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'nope.js'])(
    '/static/%s is a 404 with a JSON error',
    async (name) => {
      running = await startServer();
      const res = await http(`${running.url}/static/${name}`);
      expect(res.status).toBe(404);
      expect(res.json.error).toEqual({ code: 'NotFound', message: 'No such file.' });
    },
  );

  it('still serves the page script', async () => {
    running = await startServer();
    const res = await fetch(`${running.url}/static/app.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
  });
});
