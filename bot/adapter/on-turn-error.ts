/**
 * The one turn-error handler: logs the error redacted (an exception message may
 * quote the resident's text) and tells the resident something safe in their language.
 */
import type { TurnContext } from 'botbuilder';
import { translator } from '../i18n';
import { parseLanguage } from '../conversation/language';
import { redactForLog } from '../privacy/for-log';

export type Log = (message: string) => void;

export async function handleTurnError(
  context: TurnContext,
  error: unknown,
  log: Log,
): Promise<void> {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  log(`[onTurnError] ${redactForLog(message, 500)}`);
  try {
    const t = translator(parseLanguage(context.activity.locale) ?? 'fi');
    await context.sendActivity(t('error.generic'));
  } catch (sendError) {
    log(`[onTurnError] could not send the error message: ${redactForLog(String(sendError), 200)}`);
  }
}

/** For `adapter.onTurnError = turnErrorHandler(log)` in the composition root. */
export function turnErrorHandler(log: Log): (context: TurnContext, error: Error) => Promise<void> {
  return (context, error) => handleTurnError(context, error, log);
}
