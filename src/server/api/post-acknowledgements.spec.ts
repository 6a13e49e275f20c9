import { acknowledgementOf, type Acknowledgement } from '../../domain/acknowledgement';
import { AppendFailedError, InvalidAcknowledgementError } from '../../storage/append-errors';
import { acknowledgementEntrySchema, entryOf, postAcknowledgements } from './post-acknowledgements';

const ack = (key: string): Acknowledgement =>
  acknowledgementOf({
    ackKey: key,
    subject: { checklistItemId: 'roads-reuse', checklistId: 'roads' },
    decision: 'applied',
    context: { contextType: 'procurement', contextRef: 'doc-1' },
    source: 'tab',
    staffAadId: 'someone',
    team: 'inkoop',
    contentVersion: '1',
    appVersion: '1',
    at: new Date('2026-03-01T10:00:00Z'),
  });

const answering = (status: number, body: unknown): typeof fetch => async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const client = (fetcher: typeof fetch) => ({ getToken: async () => 'token', fetch: fetcher });

describe("the browser's call of POST /api/acknowledgements", () => {
  it('sends no person, team or app version, only what the decision is', () => {
    const entry = entryOf(ack('k-0000001'));
    expect(entry).toMatchObject({ idempotencyKey: 'k-0000001', decision: 'applied', source: 'tab' });
    expect(['staffAadId', 'team', 'appVersion', 'ackKey'].filter((field) => field in entry)).toEqual([]);
  });

  it('carries the document version a choice was made on, and a request with a wrong one is refused', () => {
    const entry = entryOf({ ...ack('k-0000001'), documentVersion: 2 });
    expect(acknowledgementEntrySchema.parse(entry).documentVersion).toBe(2);
    expect(acknowledgementEntrySchema.safeParse({ ...entry, documentVersion: 0 }).success).toBe(false);
    expect(acknowledgementEntrySchema.safeParse({ ...entry, documentVersion: '2' }).success).toBe(false);
    // choices made before versions carry none, and stay valid
    expect(acknowledgementEntrySchema.safeParse(entryOf(ack('k-0000002'))).success).toBe(true);
  });

  it('reports the outcome in the client keys', async () => {
    const outcome = await postAcknowledgements(
      client(answering(200, { results: [{ idempotencyKey: 'k-0000001', ackKey: 'p1', status: 'written' }, { idempotencyKey: 'k-0000002', ackKey: 'p2', status: 'alreadyPresent' }] })),
      [ack('k-0000001'), ack('k-0000002')],
    );
    expect(outcome).toEqual({ written: ['k-0000001'], alreadyPresent: ['k-0000002'] });
  });

  it('turns a refusal of the data into InvalidAcknowledgementError, never to be retried', async () => {
    const refused = postAcknowledgements(client(answering(400, { error: { code: 'invalidAcknowledgement', message: 'x' }, problems: [{ idempotencyKey: 'k-0000001', field: 'reason', message: 'needed' }] })), [ack('k-0000001')]);
    await expect(refused).rejects.toBeInstanceOf(InvalidAcknowledgementError);
    await expect(refused).rejects.toMatchObject({ problems: [{ ackKey: 'k-0000001', field: 'reason', message: 'needed' }] });
  });

  it('turns a partial write, a throttle and a lost connection into transient AppendFailedErrors', async () => {
    const partial = postAcknowledgements(
      client(answering(503, { results: [{ idempotencyKey: 'k-0000001', ackKey: 'p1', status: 'written' }], failed: [{ idempotencyKey: 'k-0000002', status: 429, code: 'tooMany', message: 'slow down', transient: true }] })),
      [ack('k-0000001'), ack('k-0000002')],
    );
    await expect(partial).rejects.toMatchObject({ outcome: { written: ['k-0000001'], alreadyPresent: [] }, isTransient: true });
    const offline = postAcknowledgements(client(async () => Promise.reject(new TypeError('Failed to fetch'))), [ack('k-0000001')]);
    await expect(offline).rejects.toBeInstanceOf(AppendFailedError);
    await expect(offline).rejects.toMatchObject({ isTransient: true });
    await expect(postAcknowledgements(client(answering(401, { error: { code: 'unauthorized', message: 'Sign in' } })), [ack('k-0000001')])).rejects.toMatchObject({ isTransient: true });
  });
});
