// End to end: the built elements on the demo page, against the real server process, in headless Chromium.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, startDemoServer } from './server.ts';

let server: Awaited<ReturnType<typeof startDemoServer>>;
let browser: Browser;

before(async () => {
  server = await startDemoServer();
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

async function latestCode(email: string): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const mailbox = await (await fetch(`${server.url}/v1/dev/mailbox?to=${encodeURIComponent(email)}`)).json();
    if (mailbox.data[0]?.code) return mailbox.data[0].code;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no code for ${email}`);
}

async function codesSent(email: string): Promise<number> {
  return (await (await fetch(`${server.url}/v1/dev/mailbox?to=${encodeURIComponent(email)}`)).json()).data.length;
}

test('register, sign out, get locked out, reset the password, sign in — on the demo page', async () => {
  const page: Page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url);
  await page.locator('#locale').selectOption('en');

  const email = `e2e.${Date.now()}@acme.example`;
  const register = page.locator('wharf-register-form');
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await register.getByLabel('Email').fill(email);
  await register.getByRole('button', { name: 'Send code' }).click();
  await register.getByLabel('Verification code').fill(await latestCode(email));
  await register.getByRole('button', { name: 'Continue' }).click();
  await register.getByLabel('Password', { exact: true }).fill('Hk27300273');
  await register.getByLabel('Confirm password').fill('Hk27300273');
  await register.getByRole('button', { name: 'Create account' }).click();
  await page.getByText(`You are signed in as ${email}`).waitFor();

  await page.getByRole('button', { name: 'Sign out' }).click();
  const login = page.locator('wharf-login-form');
  await login.waitFor();
  await login.getByLabel('Email').fill(email);
  for (let attempt = 1; attempt <= 5; attempt++) {
    await login.getByLabel('Password', { exact: true }).fill(`Wrong-${attempt}xx`);
    await login.getByRole('button', { name: 'Sign in' }).click();
    if (attempt < 5) {
      await login.getByText(`${5 - attempt} ${5 - attempt === 1 ? 'attempt' : 'attempts'} left`).waitFor();
      // From the third failure on, the browser check runs in the background before the next attempt.
      if (attempt >= 3) await login.getByText('Browser check done.').waitFor();
    }
  }
  await login.getByText('This account is locked until').waitFor();
  await login.getByLabel('Password', { exact: true }).fill('Hk27300273');
  await login.getByRole('button', { name: 'Sign in' }).click();
  await login.getByText('This account is locked until').waitFor();

  await login.getByRole('button', { name: 'Reset your password to unlock it now' }).click();
  const reset = page.locator('wharf-password-reset');
  await reset.waitFor({ state: 'visible' });
  assert.equal(await reset.getByLabel('Email').inputValue(), email, 'the login form passes the email on');
  const before = await codesSent(email);
  await reset.getByRole('button', { name: 'Send code' }).click();
  await reset.getByLabel('Verification code').waitFor();
  while ((await codesSent(email)) === before) await new Promise((resolve) => setTimeout(resolve, 100));
  await reset.getByLabel('Verification code').fill(await latestCode(email));
  await reset.getByRole('button', { name: 'Continue' }).click();
  await reset.getByLabel('New password').fill('Harbour-Reset-9');
  await reset.getByLabel('Confirm password').fill('Harbour-Reset-9');
  await reset.getByRole('button', { name: 'Set new password' }).click();
  await reset.getByText('Your password has been changed').waitFor();
  await reset.getByRole('button', { name: 'Back to sign in' }).click();

  await login.waitFor({ state: 'visible' });
  assert.equal(await login.getByLabel('Email').inputValue(), email);
  await login.getByLabel('Password', { exact: true }).fill('Harbour-Reset-9');
  await login.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText(`You are signed in as ${email}`).waitFor();
  assert.deepEqual(errors, []);
});

test('the demo account from the seed signs in, in Chinese', async () => {
  const page = await browser.newPage({ locale: 'zh-CN' });
  await page.goto(server.url);
  const login = page.locator('wharf-login-form');
  await login.getByLabel('邮箱').fill('demo@wharf.local');
  await login.getByLabel('密码', { exact: true }).fill('Harbour-2026');
  await login.getByRole('button', { name: '登录' }).click();
  await page.locator('#signed-in').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#who').textContent(), 'demo@wharf.local');
});
