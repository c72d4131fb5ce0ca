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
import { createMemoryBlobStore, type BlobStore } from './blobs/blob-store.ts';
import type { Connection } from './db/database.ts';
import { createEventHub, type EventHub } from './events/hub.ts';
import { createSessionCache, forgettingAfterTransactions, type SessionCache } from './events/session-cache.ts';
import { readMultipartBuffered, type MultipartReader } from './http/multipart.ts';
import type { Executor } from './db/database.ts';
import type { OutboxTopic } from './mail/outbox.ts';
import type { WharfEvent } from '@wharf/domain';
import type { RequestLogEntry } from './http/request-log.ts';

/**
 * The dependencies and services a feature module adds, declared by the module itself (`declare module` on this
 * file), so that this file names no module: the imports module adds how uploaded sheets are read.
 */
export interface ModuleDeps {}
export interface ModuleServices {}

/** What the app is built from. Only `db` is required; everything else has a working default. */
export interface WharfDeps extends ModuleDeps {
  db: Database;
  mailer?: MailTransport;
  clock?: Clock;
  hasher?: PasswordHasher;
  captcha?: CaptchaProvider;
  config?: Partial<WharfConfig>;
  log?: (message: string, error?: unknown) => void;
  /** Attachment bytes; memory by default (the Node CLI uses the filesystem). */
  blobs?: BlobStore;
  /** The connection's LISTEN, so live events arrive at once (`connection.listen`); without it streams poll. */
  listen?: Connection['listen'];
  /** How webhooks are sent (the global fetch by default; Node passes one that checks every resolved address). */
  fetch?: typeof fetch;
  /** How multipart uploads are read: buffered by the platform by default; Node streams them (http/multipart-node.ts). */
  multipart?: MultipartReader;
  /** Where each request's log line goes (the CLI writes JSON lines to stdout); none by default, so tests are quiet. */
  requestLog?: (entry: RequestLogEntry) => void;
}

export interface Services extends ModuleServices {
  db: Database;
  mailer: MailTransport;
  clock: Clock;
  hasher: PasswordHasher;
  captcha: CaptchaProvider;
  outbox: Outbox;
  blobs: BlobStore;
  /** Enterprise events: the live stream and what webhooks carry. */
  events: EventHub;
  /** Sessions, their users and memberships, remembered for a few seconds and forgotten when they change. */
  sessionCache: SessionCache;
  /** Which origins some enterprise lets embed it (CORS). */
  origins: OriginCheck;
  /** What else an event recorded in a transaction sets going there (its webhooks queued). */
  afterEvent: (tx: Executor, event: WharfEvent) => Promise<void>;
  config: WharfConfig;
  multipart: MultipartReader;
  /** Work the app started and has not finished (an upload being checked), awaited by `stop`. */
  background: Set<Promise<unknown>>;
  log: (message: string, error?: unknown) => void;
  messages: typeof messagesFor;
}

/** Which origins some enterprise lets embed it, remembered for a while; `forget` after a list changes. */
export interface OriginCheck {
  isRegistered(origin: string): Promise<boolean>;
  /** Whether `origin` is on the list of an enterprise this user belongs to (only `enterpriseId` when given). */
  listedForUser(origin: string, userId: string, enterpriseId?: string | null): Promise<boolean>;
  forget(): void;
}

/**
 * What feature modules lend the infrastructure, wired by app.ts, so that nothing here imports a module: how their
 * outbox topics are delivered, which origins they let in, what follows an event, the services they add.
 */
export interface ModuleParts {
  outboxTopics(core: { db: Database; clock: Clock; fetch: typeof fetch; config: WharfConfig }): Record<string, OutboxTopic>;
  origins(db: Database, now: () => number): OriginCheck;
  afterEvent(tx: Executor, event: WharfEvent, outbox: Outbox): Promise<void>;
  services(deps: WharfDeps): ModuleServices;
}

export function createServices(deps: WharfDeps, modules: ModuleParts): Services {
  const clock = deps.clock ?? systemClock;
  const mailer = deps.mailer ?? createDevMailbox(deps.db, clock);
  const config = defaultConfig({ ...deps.config, devMailbox: (deps.config?.devMailbox ?? true) && mailer.kind === 'dev-mailbox' });
  const log = deps.log ?? ((message: string, error?: unknown) => console.error(`[wharf] ${message}`, error ?? ''));
  const outbox = createOutbox({
    db: deps.db,
    clock,
    handlers: {
      mail: (payload) => mailer.send(payload as MailMessage),
      ...modules.outboxTopics({ db: deps.db, clock, fetch: deps.fetch ?? ((input, init) => fetch(input, init)), config }),
    },
    onError: (error, topic) => log(`delivery of ${topic} failed; it will be retried`, error),
  });
  const sessionCache = createSessionCache({ clock, listen: deps.listen, log });
  return {
    ...modules.services(deps),
    db: forgettingAfterTransactions(deps.db, sessionCache),
    mailer,
    clock,
    hasher: deps.hasher ?? createPbkdf2Hasher(),
    captcha:
      deps.captcha ??
      createProofOfWorkCaptcha({ db: deps.db, clock, secret: config.secret, difficulty: config.captchaDifficulty }),
    outbox,
    blobs: deps.blobs ?? createMemoryBlobStore(),
    events: createEventHub({ db: deps.db, clock, listen: deps.listen, log }),
    sessionCache,
    origins: modules.origins(deps.db, () => clock.now().getTime()),
    afterEvent: (tx, event) => modules.afterEvent(tx, event, outbox),
    config,
    multipart: deps.multipart ?? readMultipartBuffered,
    background: new Set(),
    log,
    messages: messagesFor,
  };
}
