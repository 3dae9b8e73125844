/**
 * A small round-robin HTTP proxy on loopback for bench:cluster, standing in
 * for a county's load balancer: no sticky sessions, each request goes to the
 * next instance. A request is retried on another instance only when the
 * connection was refused (that instance is down and nothing was sent), never
 * after it may have reached one. Requests leave from the client's own
 * loopback address, so instances see one IP per resident, as behind a
 * transparent load balancer.
 */
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Backend {
  host: string;
  port: number;
}

export interface RoundRobinProxy {
  url: string;
  /** Requests re-sent to another instance after a refused connection. */
  retried(): number;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startProxy(backends: Backend[]): Promise<RoundRobinProxy> {
  let next = 0;
  let retries = 0;
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const localAddress = req.socket.remoteAddress?.replace(/^::ffff:/, '');
    const send = (attempt: number): void => {
      const backend = backends[next++ % backends.length] as Backend;
      const upstream = request(
        {
          host: backend.host,
          port: backend.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, connection: 'close' },
          localAddress,
          agent: false,
        },
        (response) => {
          res.writeHead(response.statusCode ?? 502, response.headers);
          response.pipe(res);
        },
      );
      upstream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'ECONNREFUSED' && attempt + 1 < backends.length) {
          retries += 1;
          send(attempt + 1);
          return;
        }
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'BadGateway', message: String(error.code) } }));
      });
      upstream.end(body);
    };
    send(0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    retried: () => retries,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
