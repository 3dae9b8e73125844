/**
 * The one way text reaches a log line: personal data redacted (redact.ts),
 * credentials removed, and cut short. Error messages can quote request
 * bodies (a JSON parse error does) and headers.
 */
import { redact } from './redact';

/** Bearer/Basic credentials, and base64url runs as long as a Direct Line token, secret or session id. */
const SECRETS = /\b(?:Bearer|Basic)\s+\S+|[A-Za-z0-9_-]{32,}/gi;

/** `text` without personal data or credentials, at most `max` characters. */
export function redactForLog(text: string, max = 300): string {
  return redact(text).replace(SECRETS, '[redacted]').slice(0, max);
}
