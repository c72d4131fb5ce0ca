// Glue for the demo agents' desk: the operator token is kept in this tab only and handed to <wharf-ticket-desk>.
const provider = document.querySelector('wharf-provider');
const desk = document.querySelector('wharf-ticket-desk');
const form = document.querySelector('#operator');
const input = document.querySelector('#operator-token');
const forget = document.querySelector('#forget');
const KEY = 'wharf-demo-operator-token';

function use(token) {
  if (token) {
    sessionStorage.setItem(KEY, token);
    desk.operatorToken = token;
  } else {
    sessionStorage.removeItem(KEY);
    desk.operatorToken = undefined;
  }
  input.value = '';
  forget.hidden = !token;
}
form.addEventListener('submit', (event) => {
  event.preventDefault();
  use(input.value.trim());
});
forget.addEventListener('click', () => use(undefined));
use(sessionStorage.getItem(KEY) ?? undefined);

const TEXT = {
  'zh-CN': { language: '语言', desk: '客服工作台', token: '操作员令牌', use: '使用', forget: '清除令牌' },
  'zh-HK': { language: '語言', desk: '客服工作台', token: '操作員令牌', use: '使用', forget: '清除令牌' },
  en: { language: 'Language', desk: "Agents' desk", token: 'Operator token', use: 'Use', forget: 'Forget token' },
};
document.querySelector('#locale').addEventListener('change', (event) => {
  const locale = event.target.value;
  provider.locale = locale;
  document.documentElement.lang = locale;
  for (const el of document.querySelectorAll('[data-text]')) el.textContent = TEXT[locale][el.dataset.text];
});
