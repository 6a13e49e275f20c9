// How the Teams SDK's route lands on our Express app. Like the SDK's ExpressAdapter, but a request
// the token guard accepted reaches the SDK with its caller as a pre-authenticated token (the SDK's
// own seam for transports that authenticate before it), so the SDK does not validate it a second
// time with its own, looser policy and its own key fetches. A request the guard did not vouch for
// (none should arrive) still meets the SDK's validation. An activity whose service URL no token
// vouched for (an Entra token names none) reaches the SDK without it, so nothing the bot sends
// can go to an address the caller chose.
import type { HttpMethod, HttpRouteHandler, IHttpServerAdapter } from '@microsoft/teams.apps';
import type { IToken } from '@microsoft/teams.api';
import type { Express } from 'express';
import { callerOf, type Caller } from './token-guard';

/** whether the bot may post to this activity's service URL (a welcome, a help card): only when it kept one */
export const mayReplyTo = (activity: { serviceUrl?: unknown }): boolean => typeof activity.serviceUrl === 'string' && activity.serviceUrl.length > 0;

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
        const caller = callerOf(res.locals as Record<PropertyKey, unknown>);
        const vouched = this.unauthenticated || caller?.serviceUrl !== undefined;
        const received = req.body as { serviceUrl?: unknown } | undefined;
        const body = vouched || !received ? received : { ...received, serviceUrl: '' };
        const serviceUrl = typeof body?.serviceUrl === 'string' ? body.serviceUrl : '';
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
