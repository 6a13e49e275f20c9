// Fault injection: throttling (429/503 with Retry-After), dropped connections and latency,
// switchable at run time. A throttled request does no work, as on SharePoint.
import { badRequest, GraphError } from './graph-error';
import type { FaultConfig } from './types';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

type FaultKey = keyof FaultConfig;

interface FaultSetting {
  key: FaultKey;
  /** its name in CC_FAULTS (`throttle=0.2,drop=0.02`) */
  name: string;
  /** what it takes, for error messages */
  takes: string;
  /** the value if it is one the setting takes */
  check(value: unknown): FaultConfig[FaultKey] | undefined;
}

const share = (value: unknown) => (typeof value === 'number' && value >= 0 && value <= 1 ? value : undefined);
const wholeUpTo = (max: number) => (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max ? value : undefined);
const PHASES = ['before', 'after', 'either'] as const;

/** every fault the emulator knows, once: the control route's JSON and the server's CC_FAULTS both read these */
const FAULT_SETTINGS: readonly FaultSetting[] = [
  { key: 'throttleRate', name: 'throttle', takes: 'a number from 0 to 1', check: share },
  { key: 'dropRate', name: 'drop', takes: 'a number from 0 to 1', check: share },
  { key: 'latencyMs', name: 'latency', takes: 'a whole number of milliseconds from 0 to 60000', check: wholeUpTo(60_000) },
  { key: 'retryAfterSeconds', name: 'retryAfter', takes: 'a whole number of seconds from 0 to 3600', check: wholeUpTo(3600) },
  { key: 'dropPhase', name: 'dropPhase', takes: 'before, after or either', check: (value) => PHASES.find((phase) => phase === value) },
];

const settingsExpected = FAULT_SETTINGS.map((s) => `${s.name}=${s.takes}`).join(', ');

/** a FaultConfig from untrusted JSON (the control route), checked */
export function parseFaultConfig(body: unknown): FaultConfig {
  if (!isObject(body)) throw badRequest('The fault configuration must be a JSON object.');
  const config: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    const setting = FAULT_SETTINGS.find((s) => s.key === key);
    if (!setting) throw badRequest(`'${key}' is not a fault setting.`);
    if (value === undefined) continue;
    const checked = setting.check(value);
    if (checked === undefined) throw badRequest(`'${key}' must be ${setting.takes}.`);
    config[key] = checked;
  }
  return config as FaultConfig;
}

/** `throttle=0.2,drop=0.02,latency=50` (the server's CC_FAULTS) → a FaultConfig, or what is wrong with it */
export function parseFaultText(text: string): FaultConfig | string {
  const config: Record<string, unknown> = {};
  for (const pair of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [name, raw, ...rest] = pair.split('=').map((p) => p.trim());
    if (!name || raw === undefined || raw === '' || rest.length > 0) return `malformed pair '${pair}': expected comma-separated key=value pairs: ${settingsExpected}`;
    const setting = FAULT_SETTINGS.find((s) => s.name === name);
    if (!setting) return `unknown fault '${name}': expected ${settingsExpected}`;
    const checked = setting.check(/^[\d.]+$/.test(raw) ? Number(raw) : raw);
    if (checked === undefined) return `${name} must be ${setting.takes}`;
    config[setting.key] = checked;
  }
  return config as FaultConfig;
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
