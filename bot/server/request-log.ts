/**
 * restify's own logger (pino), configured so that it never writes a token,
 * an Authorization or Cookie header, a query string or a body. restify logs
 * the whole request object on some failures (a response it cannot format),
 * and by default that includes `Authorization: Bearer <token>`.
 */
import restify from 'restify';
import { redactForLog } from '../privacy/for-log';

/** The part of pino's options used here; restify bundles pino and exports it as `restify.logger`. */
interface PinoOptions {
  name: string;
  level?: string;
  serializers: Record<string, (value: unknown) => unknown>;
  redact: { paths: string[]; censor: string };
}
type PinoFactory = (options: PinoOptions, destination?: NodeJS.WritableStream) => unknown;

interface RequestLike {
  method?: string;
  url?: string;
}

/** Method and path only: headers carry tokens and cookies, query strings and bodies carry user input. */
function request(value: unknown): unknown {
  const req = value as RequestLike | undefined;
  if (!req || typeof req !== 'object') return undefined;
  return { method: req.method, path: redactForLog((req.url ?? '').split('?')[0] ?? '', 200) };
}

function error(value: unknown): unknown {
  if (!(value instanceof Error)) return { message: redactForLog(String(value)) };
  // A JSON parse error quotes the body it failed on; the message is redacted and cut short.
  return { type: value.name, message: redactForLog(value.message) };
}

/** The logger to pass as restify's `log` option. */
export function createRequestLogger(destination?: NodeJS.WritableStream): unknown {
  const pino = (restify as unknown as { logger: PinoFactory }).logger;
  const options: PinoOptions = {
    name: 'opastin',
    level: 'warn',
    serializers: { req: request, err: error, res: () => undefined, value: () => '[redacted]' },
    // Belt and braces for anything logged outside the serializers above.
    redact: {
      paths: [
        'headers.authorization',
        'headers.cookie',
        '*.headers.authorization',
        '*.headers.cookie',
        'body',
        '*.body',
        'token',
        '*.token',
      ],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
