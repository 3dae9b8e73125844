/**
 * A handler that throws must answer 500, never crash the server. restify can
 * do this with `handleUncaughtExceptions`, but that runs every request in a
 * Node domain (deprecated, and it cost about a tenth of the server's CPU in
 * bench:bot). Instead, every handler registered on this server is wrapped:
 * a synchronous throw is passed to next(err), and async handlers' rejections
 * are already passed on by restify. Both end in the 'restifyError' handler.
 */
import type { Next, Request, Response, Server } from 'restify';

type Handler = (req: Request, res: Response, next: Next) => unknown;

const ROUTE_METHODS = ['get', 'post', 'put', 'patch', 'del', 'opts', 'head', 'use', 'pre'] as const;

function wrap(handler: unknown): unknown {
  if (Array.isArray(handler)) return handler.map(wrap);
  if (typeof handler !== 'function') return handler; // a route path or options object
  // restify tells async handlers (≤2 parameters) from callback ones by arity: keep both shapes.
  if (handler.constructor.name === 'AsyncFunction' || handler.length < 3) return handler;
  const callbackHandler = handler as Handler;
  const safe = function (this: unknown, req: Request, res: Response, next: Next) {
    try {
      return callbackHandler.call(this, req, res, next);
    } catch (err) {
      return next(err instanceof Error ? err : new Error(String(err)));
    }
  };
  Object.defineProperty(safe, 'name', { value: callbackHandler.name || 'handler' });
  return safe;
}

/** Makes every handler registered from now on throw-safe. */
export function makeHandlersThrowSafe(server: Server): void {
  for (const method of ROUTE_METHODS) {
    const original = (server[method] as (...args: unknown[]) => unknown).bind(server);
    (server as unknown as Record<string, unknown>)[method] = (...args: unknown[]) =>
      original(...args.map(wrap));
  }
}
