// Fault injection: throttling (429/503 with Retry-After), dropped connections and latency,
// switchable at run time. A throttled request does no work, as on SharePoint.
import { badRequest, GraphError } from './graph-error';
import type { FaultConfig } from './types';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** a FaultConfig from untrusted JSON (the control route), checked */
export function parseFaultConfig(body: unknown): FaultConfig {
  if (!isObject(body)) throw badRequest('The fault configuration must be a JSON object.');
  const config: FaultConfig = {};
  const share = (key: 'throttleRate' | 'dropRate'): void => {
    const value = body[key];
    if (value === undefined) return;
    if (typeof value !== 'number' || !(value >= 0 && value <= 1)) throw badRequest(`'${key}' must be a number from 0 to 1.`);
    config[key] = value;
  };
  const amount = (key: 'retryAfterSeconds' | 'latencyMs', max: number): void => {
    const value = body[key];
    if (value === undefined) return;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) throw badRequest(`'${key}' must be a whole number from 0 to ${max}.`);
    config[key] = value;
  };
  for (const key of Object.keys(body)) {
    if (!['throttleRate', 'retryAfterSeconds', 'dropRate', 'dropPhase', 'latencyMs'].includes(key)) throw badRequest(`'${key}' is not a fault setting.`);
  }
  share('throttleRate');
  share('dropRate');
  amount('retryAfterSeconds', 3600);
  amount('latencyMs', 60_000);
  if (body.dropPhase !== undefined) {
    if (body.dropPhase !== 'before' && body.dropPhase !== 'after' && body.dropPhase !== 'either') throw badRequest("'dropPhase' must be 'before', 'after' or 'either'.");
    config.dropPhase = body.dropPhase;
  }
  return config;
}

export class FaultController {
  private config: FaultConfig;

  constructor(
    initial: FaultConfig = {},
    private readonly random: () => number = Math.random,
  ) {
    this.config = parseFaultConfig(initial);
  }

  set(config: FaultConfig): void {
    this.config = parseFaultConfig(config);
  }

  get(): FaultConfig {
    return { ...this.config };
  }

  get latencyMs(): number {
    return this.config.latencyMs ?? 0;
  }

  /** the throttling answer for this request, when its roll says so */
  throttle(): GraphError | undefined {
    const rate = this.config.throttleRate ?? 0;
    if (rate <= 0 || this.random() >= rate) return undefined;
    const retryAfter = String(this.config.retryAfterSeconds ?? 1);
    return this.random() < 0.5
      ? new GraphError(429, 'activityLimitReached', 'The request has been throttled', 'throttledRequest', { 'Retry-After': retryAfter })
      : new GraphError(503, 'serviceNotAvailable', 'The service is temporarily unavailable; retry after the time given in Retry-After.', undefined, { 'Retry-After': retryAfter });
  }

  /** whether this request's connection is cut, and when */
  drop(): 'before' | 'after' | undefined {
    const rate = this.config.dropRate ?? 0;
    if (rate <= 0 || this.random() >= rate) return undefined;
    const phase = this.config.dropPhase ?? 'either';
    if (phase !== 'either') return phase;
    return this.random() < 0.5 ? 'before' : 'after';
  }
}
