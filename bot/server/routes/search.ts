/**
 * `GET /api/search?q=&lang=`: the same JSON as `npm run search`, for the
 * editor preview and anyone building on the county's public service data.
 */
import type { Server } from 'restify';
import { LANGUAGES, type Language } from '../../../knowledge/schema';
import type { KnowledgeSource } from '../../../knowledge/live';
import { sendError } from '../errors';
import { limitByIp, type RateLimiter } from '../rate-limit';

export const MAX_QUERY_LENGTH = 500;

export function registerSearchRoutes(
  server: Server,
  deps: { knowledge: KnowledgeSource; limiter: RateLimiter },
): void {
  server.get('/api/search', limitByIp(deps.limiter), async (req, res) => {
    res.header('Access-Control-Allow-Origin', '*');
    const q = req.query?.q;
    const lang = req.query?.lang;
    if (typeof q !== 'string' || q.trim() === '') {
      sendError(
        res,
        400,
        'MissingQuery',
        'Give the question as ?q=, for example /api/search?q=hammaslääkäri',
      );
      return;
    }
    if (q.length > MAX_QUERY_LENGTH) {
      sendError(res, 400, 'QueryTooLong', `q must be at most ${MAX_QUERY_LENGTH} characters.`);
      return;
    }
    if (
      lang !== undefined &&
      (typeof lang !== 'string' || !(LANGUAGES as readonly string[]).includes(lang))
    ) {
      sendError(res, 400, 'BadLanguage', `lang must be one of ${LANGUAGES.join(', ')}.`);
      return;
    }
    const { engine } = deps.knowledge.current();
    const options = lang ? { lang: lang as Language, limit: 10 } : { limit: 10 };
    res.header('Cache-Control', 'no-store');
    res.send(200, engine.search(q, options));
  });
}
