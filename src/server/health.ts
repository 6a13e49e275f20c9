// `/healthz`: is this instance fit to take traffic. A load balancer or `npm start`'s user reads it;
// in local mode the emulator's database is part of the answer.
import type { RequestHandler } from 'express';
import type { ServerConfig } from './config';

/** one dependency the instance needs; resolves true when it answers */
export interface HealthCheck {
  name: string;
  check(): Promise<boolean>;
}

export interface HealthReport {
  status: 'ok' | 'unavailable';
  mode: ServerConfig['mode'];
  version: string;
  /** seconds since the server started */
  uptime: number;
  checks: Record<string, 'ok' | 'failing'>;
}

const CHECK_TIMEOUT_MS = 2000;

async function passes(check: HealthCheck): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([check.check().catch(() => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function healthRoute(config: ServerConfig, checks: readonly HealthCheck[], startedAt: number = Date.now()): RequestHandler {
  return async (_req, res) => {
    const results = await Promise.all(checks.map(async (c) => [c.name, (await passes(c)) ? 'ok' : 'failing'] as const));
    const healthy = results.every(([, result]) => result === 'ok');
    const report: HealthReport = {
      status: healthy ? 'ok' : 'unavailable',
      mode: config.mode,
      version: config.appVersion,
      uptime: Math.round((Date.now() - startedAt) / 1000),
      checks: Object.fromEntries(results),
    };
    res.setHeader('Cache-Control', 'no-store');
    res.status(healthy ? 200 : 503).json(report);
  };
}
