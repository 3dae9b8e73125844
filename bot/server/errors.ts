/**
 * One JSON error shape for every failure, `{ error: { code, message } }` (the
 * Direct Line API's shape). Errors from plugins and handlers (see
 * safe-handlers.ts) arrive here; messages of unexpected errors are not sent
 * to clients and are logged redacted: they may quote user input.
 */
import type { Request, Response, Server } from 'restify';
import { redactForLog } from '../privacy/for-log';

export type Log = (line: string) => void;

export function sendError(res: Response, status: number, code: string, message: string): void {
  if (res.headersSent) return;
  res.header('Cache-Control', 'no-store');
  res.send(status, { error: { code, message } });
}

/** Clear messages for the errors restify's own plugins raise. */
const PLUGIN_MESSAGES: Record<string, string> = {
  PayloadTooLarge: 'The request body is too large.',
  InvalidContent: 'The request body is not valid JSON.',
  UnsupportedMediaType: 'Send the body as application/json.',
  ResourceNotFound: 'No such endpoint.',
  MethodNotAllowed: 'This method is not allowed here.',
  BadRequest: 'The request is malformed.',
  NotAcceptable: 'This endpoint answers with JSON or HTML only.',
};

interface RestifyLikeError extends Error {
  statusCode?: number;
  code?: string;
  body?: { code?: string };
  toJSON?: () => unknown;
}

export function installErrorHandling(
  server: Server,
  log: Log,
  redact: (text: string) => string,
): void {
  // Errors passed to next(err) by plugins and handlers: normalise the body.
  server.on(
    'restifyError',
    (_req: Request, _res: Response, err: RestifyLikeError, callback: () => void) => {
      // restify only sends errors that carry a statusCode itself; others it
      // would wrap in a new InternalError showing String(err) to the client.
      if (typeof err.statusCode !== 'number') err.statusCode = 500;
      const status = err.statusCode;
      const code =
        (err.body?.code ?? err.code ?? err.name ?? 'Error').replace(/Error$/, '') || 'Error';
      let message: string;
      if (status >= 500) {
        log(`error ${status} ${err.name}: ${redactForLog(redact(err.message))}`);
        message = 'Something went wrong on our side. Please try again.';
      } else {
        message = (Object.hasOwn(PLUGIN_MESSAGES, code) && PLUGIN_MESSAGES[code]) || err.message;
      }
      err.toJSON = () => ({ error: { code: status >= 500 ? 'InternalError' : code, message } });
      return callback();
    },
  );
}
