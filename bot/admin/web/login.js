// Logs in through the JSON API (the server accepts JSON bodies only), then reloads /admin.
const form = document.getElementById('login-form');
const error = document.getElementById('login-error');
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  error.textContent = '';
  const res = await fetch('/admin/api/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user: form.user.value, password: form.password.value }),
  });
  if (res.ok) {
    location.assign('/admin');
    return;
  }
  const body = await res.json().catch(() => ({}));
  error.textContent = body.error?.message ?? `Login failed (${res.status})`;
});
