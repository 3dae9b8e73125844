/**
 * A local page server and a recording proxy for the end-to-end test. Chromium
 * is started with every request (loopback included) routed through the proxy,
 * so the test sees all traffic that leaves the browser, not only what the
 * page API reports.
 */
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  method: string;
  url: string;
  headers: string;
  body: string;
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    });
  });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

/** Serves fixed pages by path; anything else is 404. */
export async function servePages(
  pages: Record<string, string>,
): Promise<{ origin: string; close(): void }> {
  const server = createServer((req, res) => {
    const page = pages[req.url ?? ''];
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page ?? 'not found');
  });
  return { origin: await listen(server), close: () => server.close() };
}

/** An HTTP proxy that records every request and forwards only those for `allowedOrigin`. */
export async function recordingProxy(allowedOrigin: string): Promise<{
  url: string;
  seen: SeenRequest[];
  close(): void;
}> {
  const seen: SeenRequest[] = [];
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const url = req.url ?? '';
    seen.push({ method: req.method ?? '', url, headers: JSON.stringify(req.headers), body });
    if (!url.startsWith(`${allowedOrigin}/`)) {
      res.writeHead(502).end();
      return;
    }
    const upstream = request(url, { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    upstream.end(body);
  });
  // HTTPS tunnels: recorded (host only; the body would be encrypted) and refused.
  server.on('connect', (req, socket) => {
    seen.push({
      method: 'CONNECT',
      url: req.url ?? '',
      headers: JSON.stringify(req.headers),
      body: '',
    });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  return { url: await listen(server), seen, close: () => server.close() };
}
