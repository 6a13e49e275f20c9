// An Outlook invite in compose mode, mocked with office-addin-mock: the subject and HTML body live
// in memory, every call answers through Office.js's callback shape, and a test can make a call
// fail or hang. `host: "outlook"` makes the mock hand out values without load()/sync().
import { randomUUID } from 'node:crypto';
import { OfficeMockObject } from 'office-addin-mock';

// office-addin-mock loads office-addin-manifest, which needs the ESM-only uuid package only to
// make manifest GUIDs; these tests never do, so a CommonJS stand-in keeps jest's config as it is
jest.mock('uuid', () => ({ v4: () => randomUUID() }));
import type { AsyncResult, OfficeApi, OfficeMailboxEvent, SmartAlertsCompletion } from '../../../src/hosts/office/office-api';

export interface InviteState {
  subject: string;
  body: string;
  customProperties: Record<string, string>;
  /** what the saved custom properties hold */
  savedProperties: Record<string, string>;
}

export interface MockMailboxOptions {
  subject?: string;
  body?: string;
  displayLanguage?: string;
  /** the Mailbox requirement set the client supports, e.g. '1.15' */
  mailboxVersion?: string;
  /** calls that fail (`'body.getAsync'`) or never answer (`'hang:body.getAsync'`) */
  faults?: string[];
  /** no item at all (Outlook gave the runtime nothing) */
  noItem?: boolean;
}

export interface MockMailbox {
  office: OfficeApi;
  invite: InviteState;
  /** the handlers registered with Office.actions.associate */
  handlers: Map<string, (event: OfficeMailboxEvent) => void>;
  calls: string[];
}

const ok = <T>(value: T): AsyncResult<T> => ({ status: 'succeeded', value });
const failed = <T>(message: string): AsyncResult<T> => ({ status: 'failed', value: undefined as T, error: { name: 'GenericResponseError', message, code: 9020 } });

function versionAtLeast(have: string, want: string): boolean {
  const [a1, a2] = have.split('.').map(Number);
  const [b1, b2] = want.split('.').map(Number);
  return a1! > b1! || (a1 === b1 && (a2 ?? 0) >= (b2 ?? 0));
}

export function mockMailbox(options: MockMailboxOptions = {}): MockMailbox {
  const invite: InviteState = { subject: options.subject ?? '', body: options.body ?? '<html><body></body></html>', customProperties: {}, savedProperties: {} };
  const handlers = new Map<string, (event: OfficeMailboxEvent) => void>();
  const calls: string[] = [];
  const faults = new Set(options.faults ?? []);
  /** answers a call after a tick, as Office.js does, unless the test made it fail or hang */
  const answer = <T>(name: string, callback: (result: AsyncResult<T>) => void, value: () => T) => {
    calls.push(name);
    if (faults.has(`hang:${name}`)) return;
    setTimeout(() => {
      if (faults.has(name)) return callback(failed<T>(`${name} failed`));
      let result: T;
      try {
        result = value();
      } catch (error) {
        // a thrown value becomes a failed result, as Office.js reports errors
        return callback(failed<T>(error instanceof Error ? error.message : String(error)));
      }
      callback(ok(result));
    }, 0);
  };
  const item = {
    itemType: 'appointment',
    subject: { getAsync: (cb: (r: AsyncResult<string>) => void) => answer('subject.getAsync', cb, () => invite.subject) },
    body: {
      getAsync: (coercion: string, cb: (r: AsyncResult<string>) => void) => answer(`body.getAsync`, cb, () => (coercion === 'html' ? invite.body : invite.body.replace(/<[^>]*>/g, ''))),
      setAsync: (data: string, opts: { coercionType: string }, cb: (r: AsyncResult<void>) => void) =>
        answer('body.setAsync', cb, () => {
          if (opts.coercionType !== 'html') throw new Error('the mock keeps HTML bodies only');
          invite.body = data;
        }),
    },
    start: { getAsync: (cb: (r: AsyncResult<Date>) => void) => answer('start.getAsync', cb, () => new Date('2025-03-04T09:00:00Z')) },
    loadCustomPropertiesAsync: (cb: (r: AsyncResult<unknown>) => void) =>
      answer('loadCustomPropertiesAsync', cb, () => ({
        get: (name: string) => invite.customProperties[name],
        set: (name: string, value: string) => void (invite.customProperties[name] = value),
        saveAsync: (done: (r: AsyncResult<void>) => void) => answer('customProperties.saveAsync', done, () => void (invite.savedProperties = { ...invite.customProperties })),
      })),
  };
  const version = options.mailboxVersion ?? '1.15';
  const data = {
    host: 'outlook',
    context: {
      displayLanguage: options.displayLanguage ?? 'nl-NL',
      requirements: { isSetSupported: (name: string, min?: string) => name === 'Mailbox' && versionAtLeast(version, min ?? '1.1') },
      mailbox: { ...(options.noItem ? {} : { item }), userProfile: { displayName: 'Joris de Vries', emailAddress: 'joris@soest.example' } },
    },
    actions: { associate: (name: string, handler: (event: OfficeMailboxEvent) => void) => void handlers.set(name, handler) },
    onReady: async () => ({ host: 'Outlook', platform: 'OfficeOnline' }),
  };
  const office = new OfficeMockObject(data) as unknown as OfficeApi;
  return { office, invite, handlers, calls };
}

/** an event whose completion the test can await */
export function mockSendEvent(): OfficeMailboxEvent & { completion: Promise<SmartAlertsCompletion | undefined>; times: () => number } {
  let resolve!: (value: SmartAlertsCompletion | undefined) => void;
  const completion = new Promise<SmartAlertsCompletion | undefined>((r) => (resolve = r));
  let count = 0;
  return {
    completion,
    times: () => count,
    completed(options) {
      count++;
      resolve(options);
    },
  };
}
