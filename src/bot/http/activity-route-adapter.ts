// How the Teams SDK's route lands on our Express app. Like the SDK's ExpressAdapter, but a request
// the token guard accepted reaches the SDK with its caller as a pre-authenticated token (the SDK's
// own seam for transports that authenticate before it), so the SDK does not validate it a second
// time with its own, looser policy and its own key fetches. A request the guard did not vouch for
// (none should arrive) still meets the SDK's validation.
import type { HttpMethod, HttpRouteHandler, IHttpServerAdapter } from '@microsoft/teams.apps';
import type { IToken } from '@microsoft/teams.api';
import type { Express } from 'express';
import { callerOf, type Caller } from './token-guard';

/** activities whose service URL a token vouched for (or that came in local mode without one): the bot may send to it */
const repliable = new WeakSet<object>();

/** whether the bot may post to this activity's service URL (a welcome, a help card) */
export const mayReplyTo = (activity: object): boolean => repliable.has(activity);

function tokenOf(caller: Caller, serviceUrl: string): IToken {
  const token: IToken = {
    appId: caller.appId,
    from: 'azure',
    fromId: caller.subject,
    serviceUrl,
    isExpired: (bufferMs = 0) => caller.expiresAt !== undefined && caller.expiresAt * 1000 - bufferMs < Date.now(),
    toString: () => caller.raw,
  };
  if (caller.tenantId) token.tenantId = caller.tenantId;
  if (caller.expiresAt !== undefined) token.expiration = caller.expiresAt * 1000;
  return token;
}

export class ActivityRouteAdapter implements IHttpServerAdapter {
  constructor(
    private readonly app: Express,
    /** true in local mode without a bot id: nobody authenticates, and there is no credential to leak */
    private readonly unauthenticated: boolean,
  ) {}

  registerRoute(method: HttpMethod, path: string, handler: HttpRouteHandler): void {
    if (method !== 'POST') throw new Error(`unsupported method ${method as string}`);
    this.app.post(path, async (req, res, next) => {
      try {
        const body = req.body as { serviceUrl?: unknown } | undefined;
        const caller = callerOf(res.locals as Record<PropertyKey, unknown>);
        const serviceUrl = typeof body?.serviceUrl === 'string' ? body.serviceUrl : '';
        if (body && typeof body === 'object' && (this.unauthenticated || caller?.serviceUrl !== undefined)) repliable.add(body);
        const response = await handler({
          body,
          headers: req.headers as Record<string, string | string[]>,
          ...(caller ? { token: tokenOf(caller, serviceUrl) } : {}),
        });
        res.status(response.status).send(response.body);
      } catch (error) {
        next(error);
      }
    });
  }
}
