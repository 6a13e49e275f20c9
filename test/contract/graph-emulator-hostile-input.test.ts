// Contract: the emulator under hostile input: a body far over the limit gets 413 (not a 500), a
// deeply nested $filter 400 with the reason, and the control routes of local mode refuse what a
// web page in the user's browser could send them (no Authorization, not JSON, another origin).
import { graphError, startTestEmulator, type TestEmulator } from '../support/emulator-harness';

describe('the emulator under hostile input', () => {
  let emulator: TestEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterEach(() => emulator.server.setFaults({}));
  afterAll(() => emulator.stop());

  it('answers a 12 MB body with 413 and the reason, and keeps serving', async () => {
    const body = JSON.stringify({ displayName: 'x', fields: { Title: 'x'.repeat(12 * 1024 * 1024) } });
    const answer = await emulator.call('POST', '/sites/root/lists', { rawBody: body });
    expect(answer.status).toBe(413);
    expect(graphError(answer)).toMatchObject({ code: 'requestTooLarge', message: expect.stringContaining('larger than') });
    expect((await emulator.call('GET', '/sites/root')).status).toBe(200);
  });

  it('answers 413 to a large body sent in chunks without a Content-Length', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(1024 * 1024));
    let sent = 0;
    const stream = new ReadableStream({
      pull(controller) {
        if (sent++ < 12) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await fetch(`${emulator.baseUrl}/sites/root/lists`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer test' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
  });

  it('answers a $filter nested deeper than the parser allows with 400 and the reason', async () => {
    const filter = `${'('.repeat(200)}fields/Title eq 'x'${')'.repeat(200)}`;
    const answer = await emulator.call('GET', `/sites/root/lists?$filter=${encodeURIComponent(filter)}`);
    expect(answer.status).toBe(400);
    expect(graphError(answer).message).toContain('nested more than 32 deep');
  });

  it('answers 400, not 500, to a deeply nested $filter inside a $batch', async () => {
    const filter = `${'('.repeat(60_000)}fields/Title eq 'x'${')'.repeat(60_000)}`;
    const answer = await emulator.call<{ responses: { status: number; body: { error: { message: string } } }[] }>('POST', '/$batch', {
      body: { requests: [{ id: '1', method: 'GET', url: `/sites/root/lists?$filter=${encodeURIComponent(filter)}` }] },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.responses[0]).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining('nested more than 32 deep') } } });
  });

  describe('the control routes', () => {
    const faults = () => `${emulator.server.controlUrl}/faults`;
    const throttleAll = JSON.stringify({ throttleRate: 1 });

    it.each([
      ['a cross-site form post (text/plain, no Authorization)', { 'content-type': 'text/plain' }, 415],
      ['JSON without an Authorization header', { 'content-type': 'application/json' }, 401],
      ['JSON with a bearer, but from a page of another origin', { 'content-type': 'application/json', authorization: 'Bearer x', origin: 'https://attacker.example' }, 403],
      ['text/plain with a bearer', { 'content-type': 'text/plain', authorization: 'Bearer x' }, 415],
    ])('refuse %s and change nothing', async (_case, headers, status) => {
      const answer = await fetch(faults(), { method: 'POST', headers, body: throttleAll });
      expect(answer.status).toBe(status);
      expect(((await answer.json()) as { error: { message: string } }).error.message.length).toBeGreaterThan(10);
      expect(emulator.server).toBeDefined();
      expect((await emulator.call('GET', '/sites/root')).status).toBe(200);
    });

    it('refuse to show the faults without an Authorization header', async () => {
      expect((await fetch(faults())).status).toBe(401);
    });

    it('take JSON with a bearer, from no origin or their own', async () => {
      const own = new URL(emulator.baseUrl).origin;
      const answer = await fetch(faults(), { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer x', origin: own }, body: JSON.stringify({ latencyMs: 1 }) });
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({ latencyMs: 1 });
    });
  });
});
