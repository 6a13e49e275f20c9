import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorAnswers } from './error-answers';
import { createLogger, requestLogging } from './request-log';

// a handler that fails the way real code does: with a message that quotes what the user sent
const PERSONAL = 'Jan Jansen <jan.jansen@soest.nl> wrote: vertrouwelijk';

describe('errorAnswers', () => {
  let server: Server;
  let url: string;
  const lines: string[] = [];

  beforeAll(async () => {
    const log = createLogger((line) => lines.push(line));
    const app = express();
    app.use(requestLogging(log));
    app.get('/boom', () => {
      throw new TypeError(PERSONAL);
    });
    app.get('/refused', () => {
      throw Object.assign(new Error(PERSONAL), { status: 422 });
    });
    app.use(errorAnswers(log));
    server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((r) => server.close(r)));

  it('answers an unexpected error with a 500 JSON body naming the request id, and no message or stack', async () => {
    const res = await fetch(`${url}/boom`);
    expect(res.status).toBe(500);
    const body = (await res.json()) as { error: { code: string; message: string; requestId: string } };
    expect(body.error.code).toBe('internalError');
    expect(body.error.requestId).toBe(res.headers.get('x-request-id'));
    expect(body.error.message).toContain(body.error.requestId);
    expect(JSON.stringify(body)).not.toContain('jan.jansen');
    expect(JSON.stringify(body)).not.toContain('error-answers.spec');
  });

  it('logs the error with its request id and where it happened, not its text', async () => {
    const res = await fetch(`${url}/boom`);
    const requestId = res.headers.get('x-request-id');
    await res.text();
    const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === 'unhandled error' && l.requestId === requestId);
    expect(logged).toMatchObject({ level: 'error', error: 'TypeError', path: '/boom', frames: expect.arrayContaining([expect.stringContaining('error-answers.spec')]) });
    expect(lines.join('\n')).not.toContain('jan.jansen');
  });

  it('keeps a 4xx status an error carries, with a generic reason', async () => {
    const res = await fetch(`${url}/refused`);
    expect(res.status).toBe(422);
    expect(await res.text()).not.toContain('vertrouwelijk');
  });
});
