// Glue for the demo page only: switching views and reacting to the elements' events, as a host page would.
const provider = document.querySelector('wharf-provider');
const views = document.querySelectorAll('[data-view]:not(button)');
const tabs = document.querySelectorAll('nav button[data-view]');

function show(view) {
  for (const el of views) el.hidden = el.dataset.view !== view;
  for (const tab of tabs) tab.setAttribute('aria-pressed', String(tab.dataset.view === view));
}
for (const tab of tabs) tab.addEventListener('click', () => show(tab.dataset.view));

// Signed in: the enterprise's pages, or setting one up first.
const setup = document.querySelector('#setup');
const enterprise = document.querySelector('#enterprise');
const panes = enterprise.querySelectorAll('[data-tab]:not(button)');
const paneTabs = enterprise.querySelectorAll('nav button[data-tab]');
let setupChosen = false;
function showPane(tab) {
  setupChosen = tab === 'setup';
  for (const el of panes) el.hidden = el.dataset.tab !== tab;
  for (const button of paneTabs) button.setAttribute('aria-pressed', String(button.dataset.tab === tab));
  setup.hidden = tab !== 'setup';
  if (tab === 'setup') setup.reset();
}
for (const button of paneTabs) button.addEventListener('click', () => showPane(button.dataset.tab));

function render(session) {
  const signedIn = session.status === 'signed-in';
  document.querySelector('#signed-in').hidden = !signedIn;
  document.querySelector('#signed-out').hidden = signedIn;
  document.querySelector('#who').textContent = signedIn ? session.user.email : '';
  if (session.status === 'signed-out') show('login');
  if (!signedIn || !session.memberships) return;
  const member = session.enterprise && session.enterprise.role !== 'pending';
  enterprise.hidden = !member;
  // No enterprise yet (or only waiting for approval): setting one up is the next step. Someone who chose to join
  // another one keeps seeing how that went.
  if (!member) setup.hidden = false;
  else if (!setupChosen) setup.hidden = true;
  if (member) {
    refreshBadge();
    openLinkedTicket();
  }
}

// Mail links end in ?ticket=OD…: open that ticket once signed in.
const widget = document.querySelector('wharf-ticket-widget');
let linkedTicket = new URLSearchParams(location.search).get('ticket');
function openLinkedTicket() {
  if (!linkedTicket) return;
  showPane('support');
  widget.ticket = linkedTicket;
  linkedTicket = null;
  history.replaceState(null, '', location.pathname);
}

// The host's own badge: open tickets, kept current by the widget's events (as a host's menu would).
const badge = document.querySelector('#open-tickets');
async function refreshBadge() {
  try {
    const { open } = await provider.client.tickets.summary();
    badge.textContent = String(open);
    badge.hidden = open === 0;
  } catch {
    badge.hidden = true;
  }
}
document.addEventListener('wharf-ticket-created', refreshBadge);
// Imported products are in the list the next time it is opened; imported declarations, sent for filing.
const productList = document.querySelector('wharf-product-list');
document.addEventListener('wharf-import-committed', () => productList.refresh?.());
document.addEventListener('wharf-ticket-updated', refreshBadge);
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
// The host page's own words, in the same three languages as the elements.
const TEXT = {
  'zh-CN': { language: '语言', login: '登录', register: '注册', reset: '忘记密码', signedInAs: '当前登录账号：', signOut: '退出登录', profile: '企业资料', members: '成员', security: '安全设置', products: '产品', productUpload: '产品批量上传', declarationUpload: '申报要素上传', support: '客服工单', another: '加入其他企业' },
  'zh-HK': { language: '語言', login: '登入', register: '註冊', reset: '忘記密碼', signedInAs: '目前登入帳戶：', signOut: '登出', profile: '企業資料', members: '成員', security: '安全設定', products: '產品', productUpload: '產品批量上載', declarationUpload: '申報要素上載', support: '客服工單', another: '加入其他企業' },
  en: { language: 'Language', login: 'Sign in', register: 'Register', reset: 'Forgot password', signedInAs: 'You are signed in as ', signOut: 'Sign out', profile: 'Enterprise', members: 'Members', security: 'Security', products: 'Products', productUpload: 'Upload products', declarationUpload: 'Upload declaration elements', support: 'Support', another: 'Join another enterprise' },
};
function localize(locale) {
  provider.locale = locale;
  document.documentElement.lang = locale;
  for (const el of document.querySelectorAll('[data-text]')) el.textContent = TEXT[locale][el.dataset.text];
}
document.querySelector('#locale').addEventListener('change', (event) => localize(event.target.value));
