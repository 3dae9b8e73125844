/**
 * The editor's login page (/admin without a session): logs in through the
 * JSON API (the server accepts JSON bodies only), then reloads /admin.
 */
import { byId } from './dom';
import { setUpLanguageSwitch, t } from './i18n';

setUpLanguageSwitch();
document.title = t('loginTitle');
const form = byId<HTMLFormElement>('login-form');
const error = byId('login-error');
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  error.textContent = '';
  const res = await fetch('/admin/api/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      user: byId<HTMLInputElement>('user').value,
      password: byId<HTMLInputElement>('password').value,
    }),
  });
  if (res.ok) {
    location.assign('/admin');
    return;
  }
  const body = (await res.json().catch(() => ({}))) as { error?: { message?: string } };
  error.textContent = body.error?.message ?? t('loginFailed', { code: res.status });
});
