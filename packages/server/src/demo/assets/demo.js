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
  const signedIn = session.status === 'signed-in';
  document.querySelector('#signed-in').hidden = !signedIn;
  document.querySelector('#signed-out').hidden = signedIn;
  document.querySelector('#who').textContent = signedIn ? session.user.email : '';
  if (session.status === 'signed-out') show('login');
}
provider.addEventListener('wharf-session-change', (event) => render(event.session));
const loginForm = document.querySelector('wharf-login-form');
const resetForm = document.querySelector('wharf-password-reset');
document.addEventListener('wharf-forgot-password', (event) => {
  resetForm.email = event.email;
  show('reset');
});
document.addEventListener('wharf-sign-in-request', (event) => {
  if (event.email) loginForm.email = event.email;
  show('login');
});
document.querySelector('#sign-out').addEventListener('click', () => provider.signOut());
document.querySelector('#locale').addEventListener('change', (event) => (provider.locale = event.target.value));
