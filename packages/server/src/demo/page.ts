import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

type Markup = HtmlEscapedString | Promise<HtmlEscapedString>;

/** What both demo pages share: the elements' bundle, the stylesheet, the bar with the language switch, the provider. */
function demoShell(page: { title: string; brand: Markup; main: Markup; script: string }) {
  return html`<!doctype html>
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${page.title}</title>
        <script type="module" src="/assets/wharf-elements.js"></script>
        <link rel="stylesheet" href="/assets/demo.css" />
        <link rel="icon" href="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 16 16%22%3E%3Crect width=%2216%22 height=%2216%22 rx=%223%22 fill=%22%230f2d52%22/%3E%3C/svg%3E" />
      </head>
      <body>
        <wharf-provider base-url="" locale="zh-CN">
          <header class="bar">
            <strong>${page.brand}</strong>
            <label><span data-text="language">语言</span>
              <select id="locale" autocomplete="language">
                <option value="zh-CN" selected>简体中文</option>
                <option value="zh-HK">繁體中文（香港）</option>
                <option value="en">English</option>
              </select>
            </label>
          </header>
          ${page.main}
        </wharf-provider>
        <script type="module" src="${page.script}"></script>
      </body>
    </html>`;
}

/**
 * The demo portal at `/`: the built elements (one CDN bundle) running against this server, the way a host
 * page embeds them.
 */
export function renderDemoPage(options: { demoEmail: string; demoPassword: string; openAccount?: { accountNumber: string; billingEmail: string } }) {
  return demoShell({
    title: 'Wharf demo portal',
    brand: html`Wharf`,
    script: '/assets/demo.js',
    main: html`<main>
            <section id="signed-in" hidden>
              <div class="who">
                <p><span data-text="signedInAs">当前登录账号：</span><strong id="who"></strong></p>
                <wharf-account-menu></wharf-account-menu>
                <button id="sign-out" type="button" data-text="signOut">退出登录</button>
              </div>
              <wharf-enterprise-setup id="setup" hidden></wharf-enterprise-setup>
              <div id="enterprise" hidden>
                <nav aria-label="Enterprise">
                  <button type="button" data-tab="profile" data-text="profile" aria-pressed="true">企业资料</button>
                  <button type="button" data-tab="members" data-text="members" aria-pressed="false">成员</button>
                  <button type="button" data-tab="security" data-text="security" aria-pressed="false">安全设置</button>
                  <button type="button" data-tab="products" data-text="products" aria-pressed="false">产品</button>
                  <button type="button" data-tab="product-upload" data-text="productUpload" aria-pressed="false">产品批量上传</button>
                  <button type="button" data-tab="declaration-upload" data-text="declarationUpload" aria-pressed="false">申报要素上传</button>
                  <button type="button" data-tab="support" aria-pressed="false"><span data-text="support">客服工单</span><span class="badge" id="open-tickets" hidden></span></button>
                  <button type="button" data-tab="setup" data-text="another" aria-pressed="false">加入其他企业</button>
                </nav>
                <wharf-enterprise-profile data-tab="profile"></wharf-enterprise-profile>
                <wharf-members data-tab="members" hidden></wharf-members>
                <wharf-security-settings data-tab="security" hidden></wharf-security-settings>
                <wharf-product-list data-tab="products" hidden></wharf-product-list>
                <wharf-batch-upload data-tab="product-upload" kind="products" hidden></wharf-batch-upload>
                <wharf-batch-upload data-tab="declaration-upload" kind="declarations" hidden></wharf-batch-upload>
                <wharf-ticket-widget data-tab="support" hidden></wharf-ticket-widget>
              </div>
              <p class="hint">Support agents answer tickets in the <a href="/desk">agents' desk</a>.
                ${options.openAccount
                ? html`To try joining an existing customer account, use <code>${options.openAccount.accountNumber}</code>; its code goes to
                    <code>${options.openAccount.billingEmail}</code> in the <a href="/v1/dev/mailbox">dev mailbox</a>.`
                : ''}</p>
            </section>
            <section id="signed-out">
              <nav aria-label="Account">
                <button type="button" data-view="login" data-text="login" aria-pressed="true">登录</button>
                <button type="button" data-view="register" data-text="register" aria-pressed="false">注册</button>
                <button type="button" data-view="reset" data-text="reset" aria-pressed="false">忘记密码</button>
              </nav>
              <wharf-login-form data-view="login"></wharf-login-form>
              <wharf-register-form data-view="register" hidden></wharf-register-form>
              <wharf-password-reset data-view="reset" hidden></wharf-password-reset>
              <p class="hint">Demo account: <code>${options.demoEmail}</code> / <code>${options.demoPassword}</code>.
                Codes sent while no SMTP server is configured appear in the <a href="/v1/dev/mailbox">dev mailbox</a>.
                API reference: <a href="/reference">/reference</a>.</p>
            </section>
          </main>`,
  });
}

/**
 * The agents' desk at `/desk`: <wharf-ticket-desk> for the provider's support staff. The operator token is typed
 * in by the agent and kept only in this tab (sessionStorage); it is never part of a customer-facing page.
 */
export function renderDeskPage() {
  return demoShell({
    title: "Wharf agents' desk",
    brand: html`Wharf · <span data-text="desk">客服工作台</span>`,
    script: '/assets/desk.js',
    main: html`<main class="desk">
            <form id="operator" class="who">
              <label for="operator-token" data-text="token">操作员令牌</label>
              <input id="operator-token" type="password" autocomplete="off" spellcheck="false" required />
              <button type="submit" data-text="use">使用</button>
              <button type="button" id="forget" data-text="forget" hidden>清除令牌</button>
            </form>
            <wharf-ticket-desk></wharf-ticket-desk>
            <p class="hint">The demo printed one token per operator role when it seeded its data (use the support one), or set
              <code>WHARF_OPERATOR_TOKEN</code>. The customers' side is the <a href="/">demo portal</a>.</p>
          </main>`,
  });
}
