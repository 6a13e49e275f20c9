import type { Request, Response } from 'express';
import type { ContentRefresh } from '../server-content';
import type { Caller } from './caller';
import { postContentRefreshHandler } from './post-content-refresh';

const coordinator: Caller = { personId: 'noor', name: 'Noor', isCoordinator: true };
const staff: Caller = { personId: 'sanne', name: 'Sanne', isCoordinator: false };

/** calls the handler as `caller` and gives the answer's status, body and Retry-After */
async function call(handler: ReturnType<typeof postContentRefreshHandler>, caller: Caller) {
  const answer: { status: number; body?: unknown; headers: Record<string, string> } = { status: 200, headers: {} };
  await new Promise<void>((resolve, reject) => {
    const res = {
      locals: { caller },
      getHeader: () => undefined,
      setHeader: (name: string, value: string) => void (answer.headers[name.toLowerCase()] = value),
      status(code: number) {
        answer.status = code;
        return res;
      },
      json(body: unknown) {
        answer.body = body;
        resolve();
        return res;
      },
    };
    handler({ get: () => undefined, headers: {} } as unknown as Request, res as unknown as Response, reject);
  });
  return answer;
}

describe('POST /api/content/refresh', () => {
  const refreshed: ContentRefresh = { changed: false, origin: 'lists', problems: [], at: '2026-12-04T00:00:00.000Z' };

  it('reads the lists for a coordinator, and refuses anyone else (403) without reading them', async () => {
    const refresh = jest.fn(async () => refreshed);
    const handler = postContentRefreshHandler({ content: { refresh } });
    const refused = await call(handler, staff);
    expect(refused).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    expect(refresh).not.toHaveBeenCalled();
    expect(await call(handler, coordinator)).toMatchObject({ status: 200, body: refreshed });
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('reads them at most a few times a minute per coordinator, then answers 429 with when to ask again', async () => {
    let clock = 0;
    const refresh = jest.fn(async () => refreshed);
    const handler = postContentRefreshHandler({ content: { refresh }, limit: { requests: 2, windowMs: 60_000 }, now: () => clock });
    expect((await call(handler, coordinator)).status).toBe(200);
    clock += 10_000;
    expect((await call(handler, coordinator)).status).toBe(200);
    const third = await call(handler, coordinator);
    expect(third).toMatchObject({ status: 429, body: { error: { code: 'tooManyRefreshes' } }, headers: { 'retry-after': '50' } });
    expect(refresh).toHaveBeenCalledTimes(2);
    clock += 50_001;
    expect((await call(handler, coordinator)).status).toBe(200);
  });
});
