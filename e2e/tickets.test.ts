// End to end: a customer asks for help in the portal's ticket widget while an agent works the desk, each in
// their own browser, against the real server process.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, startDemoServer } from './server.ts';

const OPERATOR_TOKEN = 'wop_e2e-agent-token-0123456789abcdefghijklmnop';
// A 1×1 PNG: what a pasted screenshot is to the server.
const SCREENSHOT = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

let server: Awaited<ReturnType<typeof startDemoServer>>;
let browser: Browser;

before(async () => {
  server = await startDemoServer({ WHARF_OPERATOR_TOKEN: OPERATOR_TOKEN });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

async function mailTo(email: string, subject: RegExp) {
  for (let i = 0; i < 100; i++) {
    const mailbox = (await (await fetch(`${server.url}/v1/dev/mailbox?to=${encodeURIComponent(email)}`)).json()) as { data: { subject: string; text: string }[] };
    const mail = mailbox.data.find((m) => subject.test(m.subject));
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no mail to ${email} matching ${subject}`);
}

async function signIn(page: Page) {
  await page.locator('#locale').selectOption('en');
  const login = page.locator('wharf-login-form');
  await login.getByLabel('Email').fill('demo@wharf.local');
  await login.getByLabel('Password', { exact: true }).fill('Harbour-2026');
  await login.getByRole('button', { name: 'Sign in' }).click();
}

test('a customer asks with a screenshot, follows the agent live in the open widget, and is told by email', async () => {
  const errors: string[] = [];
  const customer = await (await browser.newContext()).newPage();
  customer.on('pageerror', (error) => errors.push(`customer: ${error.message}`));
  await customer.goto(server.url);
  await signIn(customer);
  await customer.getByRole('button', { name: /^Support/ }).click();

  // The seeded demo data: one completed ticket on the overview, one waiting; the host's badge counts it.
  const widget = customer.locator('wharf-ticket-widget');
  await widget.getByText('如何打印入库单标签？').waitFor();
  await customer.locator('#open-tickets').getByText('1', { exact: true }).waitFor();
  await widget.getByText('Live updates on').waitFor();

  await widget.getByRole('button', { name: 'Ask for help' }).click();
  await widget.getByLabel('Contact name').fill('Chan Tai Man');
  await widget.getByLabel('Contact phone').fill('+852 2730 0273');
  await widget.getByLabel('Product').selectOption('Wharf 保税仓储');
  await widget.getByLabel('Category').selectOption('error');
  await widget.getByLabel('Title').fill('Box labels print blank');
  await widget.getByLabel('Description').fill('Since this morning every box label for ASN inbound comes out blank. Screenshot attached.');
  await widget.locator('wharf-attachment-picker input[type=file]').setInputFiles({ name: 'screenshot.png', mimeType: 'image/png', buffer: SCREENSHOT });
  await widget.getByText('screenshot.png attached').waitFor();
  await widget.getByRole('button', { name: 'Submit ticket' }).click();
  const submitted = await widget.getByText(/^Ticket OD\d{9} was submitted/).textContent();
  const number = submitted!.match(/OD\d{9}/)![0];
  await customer.locator('#open-tickets').getByText('2', { exact: true }).waitFor();

  // The agent, in another browser, finds it in the queue and accepts it.
  const agent = await (await browser.newContext()).newPage();
  agent.on('pageerror', (error) => errors.push(`agent: ${error.message}`));
  await agent.goto(`${server.url}/desk`);
  await agent.locator('#locale').selectOption('en');
  await agent.getByLabel('Operator token').fill(OPERATOR_TOKEN);
  await agent.getByRole('button', { name: 'Use', exact: true }).click();
  const desk = agent.locator('wharf-ticket-desk');
  await desk.locator(`tr[data-number=${number}]`).getByText('Box labels print blank').waitFor();
  await desk.getByRole('button', { name: new RegExp(number) }).click();
  await desk.getByLabel('Note to the customer').fill('We are checking the label template.');
  await desk.getByLabel('Expected handling date').fill('2099-12-31');
  await desk.getByRole('button', { name: 'Accept ticket' }).click();
  await desk.getByText(`${number} accepted; the customer was notified.`).waitFor();

  // The customer's widget, still open on the new ticket, shows it without a reload.
  await widget.getByText(`Ticket ${number} is now Accepted.`).waitFor();
  await widget.locator('h2 [data-status=accepted]').waitFor();

  await desk.getByLabel('Category').selectOption('configuration');
  await desk.getByLabel('Result').selectOption('resolved');
  await desk.getByLabel('What was done').fill('The label template lost its fields; restored it.');
  await desk.getByRole('button', { name: 'Add record' }).click();
  await desk.getByText(`${number} is completed; the customer was notified.`).waitFor();

  await widget.locator('h2 [data-status=completed]').waitFor();
  await widget.getByRole('tab', { name: /^Processing records/ }).click();
  await widget.getByText('The label template lost its fields; restored it.').waitFor();
  await widget.getByRole('tab', { name: /^Attachments/ }).click();
  await widget.locator('[role=tabpanel] img[src^="blob:"]').waitFor();
  await customer.locator('#open-tickets').getByText('1', { exact: true }).waitFor();

  // The demo customer reads Chinese: the mail says so in their language.
  const accepted = await mailTo('demo@wharf.local', new RegExp(`${number} 已接单`));
  assert.match(accepted.text, /We are checking the label template\./);
  const completed = await mailTo('demo@wharf.local', new RegExp(`${number} 已处理完成`));
  assert.match(completed.text, /restored it/);
  await mailTo('operator@wharf.local', new RegExp(`New ticket ${number}`));

  // The mail's link opens the ticket in the portal after signing in.
  const link = completed.text.match(/https?:\/\/\S+\?ticket=OD\d{9}/)?.[0];
  assert.ok(link?.endsWith(`?ticket=${number}`), completed.text);
  const fromMail = await (await browser.newContext()).newPage();
  fromMail.on('pageerror', (error) => errors.push(`mail link: ${error.message}`));
  await fromMail.goto(link!);
  await signIn(fromMail);
  await fromMail.locator('wharf-ticket-widget').getByText(`${number}: Box labels print blank`).waitFor();
  assert.deepEqual(errors, []);
});
