import { messagesFor } from '@wharf/domain/messages';
import type { CaptchaProvider } from './captcha/provider.ts';
import { createProofOfWorkCaptcha } from './captcha/proof-of-work.ts';
import { systemClock, type Clock } from './clock.ts';
import { defaultConfig, type WharfConfig } from './config.ts';
import { createPbkdf2Hasher, type PasswordHasher } from './crypto/password-hasher.ts';
import type { Database } from './db/database.ts';
import { createDevMailbox } from './mail/dev-mailbox.ts';
import { createOutbox, type Outbox } from './mail/outbox.ts';
import type { MailMessage, MailTransport } from './mail/transport.ts';
import { createOriginRegistry, type OriginRegistry } from './modules/enterprises/origins.ts';

/** What the app is built from. Only `db` is required; everything else has a working default. */
export interface WharfDeps {
  db: Database;
  mailer?: MailTransport;
  clock?: Clock;
  hasher?: PasswordHasher;
  captcha?: CaptchaProvider;
  config?: Partial<WharfConfig>;
  log?: (message: string, error?: unknown) => void;
}

export interface Services {
  db: Database;
  mailer: MailTransport;
  clock: Clock;
  hasher: PasswordHasher;
  captcha: CaptchaProvider;
  outbox: Outbox;
  /** Which origins some enterprise lets embed it (CORS). */
  origins: OriginRegistry;
  config: WharfConfig;
  log: (message: string, error?: unknown) => void;
  messages: typeof messagesFor;
}

export function createServices(deps: WharfDeps): Services {
  const clock = deps.clock ?? systemClock;
  const mailer = deps.mailer ?? createDevMailbox(deps.db, clock);
  const config = defaultConfig({ ...deps.config, devMailbox: (deps.config?.devMailbox ?? true) && mailer.kind === 'dev-mailbox' });
  const log = deps.log ?? ((message: string, error?: unknown) => console.error(`[wharf] ${message}`, error ?? ''));
  const outbox = createOutbox({
    db: deps.db,
    clock,
    handlers: { mail: (payload) => mailer.send(payload as MailMessage) },
    onError: (error, topic) => log(`delivery of ${topic} failed; it will be retried`, error),
  });
  return {
    db: deps.db,
    mailer,
    clock,
    hasher: deps.hasher ?? createPbkdf2Hasher(),
    captcha:
      deps.captcha ??
      createProofOfWorkCaptcha({ db: deps.db, clock, secret: config.secret, difficulty: config.captchaDifficulty }),
    outbox,
    origins: createOriginRegistry(deps.db, () => clock.now().getTime()),
    config,
    log,
    messages: messagesFor,
  };
}
