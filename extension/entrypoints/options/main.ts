/**
 * Options: the knowledge server URL. Saving stores it and asks the background
 * to refresh at once, then shows whether the server's snapshot was accepted.
 */
import { browser } from 'wxt/browser';
import { createTranslator, toLanguage } from '../../i18n';
import { checkServerUrl } from '../../lib/server-url';
import {
  REFRESH_MESSAGE,
  SETTINGS_KEY,
  SYNC_KEY,
  type Settings,
  type SyncStatus,
} from '../../lib/state';

const ALLOWED_ORIGIN = import.meta.env.OPASTIN_SERVER_ORIGIN;

async function start(): Promise<void> {
  const stored = await browser.storage.local.get([SETTINGS_KEY, SYNC_KEY]);
  const settings = (stored[SETTINGS_KEY] as Settings | undefined) ?? {};
  const lang = toLanguage(settings.language);
  const t = createTranslator(lang);
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = t(el.getAttribute('data-i18n') ?? '');
  }
  const input = document.getElementById('server-url') as HTMLInputElement;
  const status = document.getElementById('options-status') as HTMLElement;
  (document.getElementById('server-hint') as HTMLElement).textContent = t('options.serverHint', {
    origin: ALLOWED_ORIGIN,
  });
  input.placeholder = ALLOWED_ORIGIN;
  input.value = settings.serverUrl ?? '';

  const show = (sync: SyncStatus | undefined) => {
    if (sync)
      status.textContent = t(`sync.${sync.state}`, {
        version: sync.version,
        message: sync.message,
      });
  };
  show(stored[SYNC_KEY] as SyncStatus | undefined);

  document.getElementById('options-form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    const checked = checkServerUrl(input.value, ALLOWED_ORIGIN);
    if (!checked.ok) {
      status.textContent = t(`options.${checked.reason}`, { origin: ALLOWED_ORIGIN });
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    input.removeAttribute('aria-invalid');
    input.value = checked.url ?? '';
    void (async () => {
      const current = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as
        Settings | undefined;
      await browser.storage.local.set({ [SETTINGS_KEY]: { ...current, serverUrl: checked.url } });
      show(
        (await browser.runtime.sendMessage({ type: REFRESH_MESSAGE })) as SyncStatus | undefined,
      );
    })();
  });
}

void start();
