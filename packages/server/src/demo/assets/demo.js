// Glue for the demo page only: switching views and reacting to the elements' events, as a host page would.
const provider = document.querySelector('wharf-provider');
const views = document.querySelectorAll('[data-view]:not(button)');
const tabs = document.querySelectorAll('nav button[data-view]');

function show(view) {
  for (const el of views) el.hidden = el.dataset.view !== view;
  for (const tab of tabs) tab.setAttribute('aria-pressed', String(tab.dataset.view === view));
}
for (const tab of tabs) tab.addEventListener('click', () => show(tab.dataset.view));

function render(session) {
  document.querySelector('#signed-in').hidden = !session;
  document.querySelector('#signed-out').hidden = Boolean(session);
  document.querySelector('#who').textContent = session?.user.email ?? '';
}
provider.addEventListener('wharf-session-change', (event) => render(event.session));
document.addEventListener('wharf-forgot-password', () => show('reset'));
document.addEventListener('wharf-password-reset', () => show('login'));
document.querySelector('#sign-out').addEventListener('click', () => provider.signOut());
document.querySelector('#locale').addEventListener('change', (event) => (provider.locale = event.target.value));
