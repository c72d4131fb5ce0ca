import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { OTHER_GOOD_PASSWORD, registerUser, requestCode } from '../../testing/accounts.ts';
import { uniqueClient, type TestResponse } from '../../testing/harness.ts';
import { useTestServer } from '../../testing/suite.ts';

const GUESSES = 30;

/** 29 wrong six-digit codes, none equal to `code`, then `code` itself. */
function guessesEndingWith(code: string): string[] {
  const wrong: string[] = [];
  for (let n = 0; wrong.length < GUESSES - 1; n++) {
    const guess = String((Number(code) + 1 + n) % 1_000_000).padStart(6, '0');
    if (guess !== code) wrong.push(guess);
  }
  return [...wrong, code];
}

/** The field error codes of the answers, with how often each came. */
function tally(responses: TestResponse[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { status, body } of responses) {
    const key = `${status} ${body?.errors?.[0]?.code ?? ''}`.trim();
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

// ISSUE: guesses sent all at once must not slip past an attempt limit — each is counted before it is checked.
describe('attempt limits hold when the guesses arrive at once', () => {
  const server = useTestServer();

  test('sign-in: 29 wrong passwords and the right one at once → at most 5 checked, the right one refused (423)', async () => {
    const account = await registerUser(server);
    const passwords = [...Array.from({ length: GUESSES - 1 }, (_, i) => `Wrong-password-${i}`), account.password];
    // Each from its own client, as an attacker spreading them over addresses would: no captcha in the way.
    const responses = await Promise.all(
      passwords.map((password) => server.call('POST', '/v1/auth/login', { body: { email: account.email, password }, client: uniqueClient() })),
    );
    const right = responses.at(-1)!;
    assert.equal(right.status, 423, `the right password came after the limit: ${JSON.stringify(tally(responses))}`);
    const refusedAfterCheck = responses.filter((response) => response.status === 401).map((response) => response.body.remainingAttempts);
    assert.deepEqual(refusedAfterCheck.sort(), [1, 2, 3, 4], `each checked guess counted once: ${JSON.stringify(tally(responses))}`);
    assert.equal(responses.filter((response) => response.status === 200).length, 0);
    assert.equal(responses.filter((response) => response.status === 423).length, GUESSES - 4);
  });

  test('emailed code check: 29 wrong codes and the right one at once → 4 counted wrong, then exhausted, the right one too', async () => {
    const account = await registerUser(server);
    const code = await requestCode(server, account.email, 'reset-password');
    const responses = await Promise.all(
      guessesEndingWith(code).map((guess) =>
        server.call('POST', '/v1/auth/email-codes/check', { body: { email: account.email, purpose: 'reset-password', code: guess } }),
      ),
    );
    const counts = tally(responses);
    assert.equal(responses.at(-1)!.status, 422, JSON.stringify(counts));
    assert.equal(responses.at(-1)!.body.errors[0].code, 'code_attempts_exceeded', JSON.stringify(counts));
    assert.deepEqual(counts, { '422 code_wrong': 4, '422 code_attempts_exceeded': GUESSES - 4 });
  });

  test('password reset: 29 wrong codes and the right one at once → the password is not changed', async () => {
    const account = await registerUser(server);
    const code = await requestCode(server, account.email, 'reset-password');
    const responses = await Promise.all(
      guessesEndingWith(code).map((guess) =>
        server.call('POST', '/v1/auth/password-reset', { body: { email: account.email, code: guess, newPassword: OTHER_GOOD_PASSWORD } }),
      ),
    );
    const counts = tally(responses);
    assert.equal(responses.filter((response) => response.status === 204).length, 0, `no reset went through: ${JSON.stringify(counts)}`);
    assert.deepEqual(counts, { '422 code_wrong': 4, '422 code_attempts_exceeded': GUESSES - 4 });
    const signIn = await server.call('POST', '/v1/auth/login', { body: { email: account.email, password: account.password }, client: uniqueClient() });
    assert.equal(signIn.status, 200, 'the old password still signs in');
  });

  test('a right guess among the first five still works, and the count it used is given back', async () => {
    const account = await registerUser(server);
    const code = await requestCode(server, account.email, 'reset-password');
    const check = (guess: string) =>
      server.call('POST', '/v1/auth/email-codes/check', { body: { email: account.email, purpose: 'reset-password', code: guess } });
    const [wrong, right] = await Promise.all([check(guessesEndingWith(code)[0]!), check(code)]);
    assert.equal(wrong!.body.errors[0].code, 'code_wrong');
    assert.equal(right!.status, 204);
    assert.equal((await check(code)).status, 204, 'checking the right code again does not use up the tries');
    const next = await check(guessesEndingWith(code)[1]!);
    assert.equal(next.body.errors[0].message, 'This code is not correct. 3 tries left.');
  });
});
