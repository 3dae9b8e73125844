/**
 * The resident page at `/` and its static files. Web Chat is served from the
 * installed npm package (no CDN: the page works on a closed network and no
 * third party sees who talks to the bot). Every page load gets a fresh CSP
 * nonce, which Web Chat puts on the <style> elements it injects.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { BUNDLE_DIR } from '../../web/bundles';
import { sendError } from '../errors';

const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));
// The package's "exports" hide dist/, so find the package root from its main entry.
const WEBCHAT_JS = path.join(
  path.dirname(createRequire(import.meta.url).resolve('botframework-webchat')),
  '..',
  'dist',
  'webchat.js',
);

interface StaticFile {
  path: string;
  type: string;
  body?: Buffer;
  gzipped?: Buffer;
}

// A Map, not an object literal: a request for /static/constructor must not find Object.prototype's.
const STATIC = new Map<string, StaticFile>([
  ['webchat.js', { path: WEBCHAT_JS, type: 'text/javascript; charset=utf-8' }],
  // Built from bot/web/src by Vite (npm run build:web; prestart and the tests run it).
  ['app.js', { path: path.join(BUNDLE_DIR, 'app.js'), type: 'text/javascript; charset=utf-8' }],
  ['style.css', { path: path.join(WEB_DIR, 'style.css'), type: 'text/css; charset=utf-8' }],
  ['favicon.svg', { path: path.join(WEB_DIR, 'favicon.svg'), type: 'image/svg+xml' }],
]);

/**
 * Web Chat injects its <style> elements with our nonce and uses blob: URLs for
 * images and a worker. It also sets empty `style=""` attributes; the hash of
 * the empty string allows exactly those and no other inline style.
 */
const EMPTY_STYLE_HASH = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';

export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}' 'unsafe-hashes' '${EMPTY_STYLE_HASH}'`,
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function securityHeaders(res: Response): void {
  res.header('X-Content-Type-Options', 'nosniff');
  res.header('Referrer-Policy', 'no-referrer');
  res.header('X-Frame-Options', 'DENY');
}

/** Reads a file once (the page files are small; webchat.js is compressed once, on first use). */
function load(file: StaticFile): StaticFile | undefined {
  if (!file.body && !existsSync(file.path)) return undefined;
  file.body ??= readFileSync(file.path);
  return file;
}

export function registerWebRoutes(server: Server): void {
  const page = readFileSync(path.join(WEB_DIR, 'index.html'), 'utf8');

  const servePage = async (_req: Request, res: Response) => {
    const nonce = randomBytes(16).toString('base64');
    const html = page.replaceAll('{{nonce}}', nonce);
    securityHeaders(res);
    res.header('Content-Security-Policy', contentSecurityPolicy(nonce));
    res.header('Cache-Control', 'no-store');
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': Buffer.byteLength(html),
    });
    res.end(html);
  };
  // HEAD too: uptime monitors and link checkers probe the front page that way (Node drops the body).
  server.get('/', servePage);
  server.head('/', servePage);

  server.get('/static/:file', async (req: Request, res: Response) => {
    const entry = STATIC.get(String(req.params.file));
    if (!entry) {
      sendError(res, 404, 'NotFound', 'No such file.');
      return;
    }
    const file = load(entry);
    if (!file) {
      // Only when the browser code was never built (a start that skipped `prestart`).
      sendError(res, 503, 'NotBuilt', 'The page script is not built: run `npm run build:web`.');
      return;
    }
    const body = file.body as Buffer;
    securityHeaders(res);
    res.header('Cache-Control', 'public, max-age=300');
    const gzip = /\bgzip\b/.test(req.header('accept-encoding') ?? '') && body.length > 1024;
    if (gzip) {
      file.gzipped ??= gzipSync(body);
      res.writeHead(200, {
        'Content-Type': file.type,
        'Content-Encoding': 'gzip',
        'Content-Length': file.gzipped.length,
        Vary: 'Accept-Encoding',
      });
      res.end(file.gzipped);
      return;
    }
    res.writeHead(200, {
      'Content-Type': file.type,
      'Content-Length': body.length,
      Vary: 'Accept-Encoding',
    });
    res.end(body);
  });
}
