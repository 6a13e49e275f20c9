// Local mode serves this machine only. Listening on loopback is not enough: a web page can point a
// name of its own at 127.0.0.1 (DNS rebinding) and read the local emulator and app as its own
// origin. So a request must also be addressed to a loopback name with the server's own port; any
// other Host gets 421 with the reason.
import type { RequestHandler } from 'express';
import { errorBody } from './error-answers';
import { requestIdOf } from './request-log';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** the app's addresses on this machine's loopback names, e.g. http://localhost:3978 */
export function loopbackOrigins(port: number): string[] {
  return [...LOOPBACK_NAMES].map((name) => `http://${name}:${port}`);
}

/** whether a Host header names this machine's loopback on `port` */
export function isLoopbackHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host.trim().toLowerCase());
  if (!match) return false;
  const name = match[1]!.replace(/\.$/, '');
  const hostPort = match[2] === undefined ? 80 : Number(match[2]);
  return LOOPBACK_NAMES.has(name) && hostPort === port;
}

/** `port()` is the port the server listens on, known once it does */
export function loopbackHostOnly(port: () => number): RequestHandler {
  return (req, res, next) => {
    const host = req.headers.host;
    if (isLoopbackHost(host, port())) return next();
    res
      .status(421)
      .json(
        errorBody(
          'misdirectedRequest',
          `Local mode answers only requests addressed to localhost, 127.0.0.1 or [::1] on port ${port()}; this one was addressed to ${JSON.stringify((host ?? '').slice(0, 100))}. To serve other addresses, run in tenant mode.`,
          requestIdOf(req),
        ),
      );
  };
}
