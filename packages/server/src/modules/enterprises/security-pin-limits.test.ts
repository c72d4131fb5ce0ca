import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createEnterprise } from '../../testing/enterprises.ts';
import { useTestServer } from '../../testing/suite.ts';

const PIN = '270273';

// ISSUE: security PIN guesses sent at once are each counted before they are checked.
describe('security PIN tries at once', () => {
  const server = useTestServer();

  test('29 wrong PINs and the right one at once → 4 wrong, then blocked, the right one too', async () => {
    const admin = await createEnterprise(server);
    await server.call('PUT', '/v1/enterprises/current/security-pin', { token: admin.token, body: { pin: PIN } });
    const pins = [...Array.from({ length: 29 }, (_, i) => String(100000 + i)), PIN];
    const responses = await Promise.all(
      pins.map((pin) => server.call('POST', '/v1/enterprises/current/security-pin/check', { token: admin.token, body: { pin } })),
    );
    const shown = JSON.stringify(responses.map((response) => `${response.status} ${response.body?.errors?.[0]?.code ?? ''}`));
    assert.equal(responses.at(-1)!.status, 423, `the right PIN came after the limit: ${shown}`);
    const wrong = responses.filter((response) => response.status === 422).map((response) => response.body.remainingAttempts);
    assert.deepEqual(wrong.sort(), [1, 2, 3, 4], shown);
    assert.equal(responses.filter((response) => response.status === 423).length, 26, shown);
  });

  test('a right PIN among the first five tries passes and clears the count', async () => {
    const admin = await createEnterprise(server);
    await server.call('PUT', '/v1/enterprises/current/security-pin', { token: admin.token, body: { pin: PIN } });
    const check = (pin: string) => server.call('POST', '/v1/enterprises/current/security-pin/check', { token: admin.token, body: { pin } });
    assert.equal((await check('100001')).body.remainingAttempts, 4);
    assert.equal((await check(PIN)).status, 204);
    assert.equal((await check('100001')).body.remainingAttempts, 4);
  });
});
