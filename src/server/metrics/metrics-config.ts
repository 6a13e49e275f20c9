// ── Metrics and privacy settings (issue 13, read path) ──────────────────────────────────────────
// Kept apart from config.ts on purpose (another change reworks the modes there): read from the
// same environment, checked the same way, and a bad value stops the start with ConfigError.
import { join, resolve } from 'node:path';
import { ConfigError, PROJECT_ROOT, type ServerConfig } from '../config';
import { DEFAULT_MIN_CONTRIBUTORS } from '../../domain/metrics';

export interface MetricsConfig {
  /** the SQLite file of the server's copy of the Acknowledgements list */
  cacheFile: string;
  /** how often the copy is brought up to date with items/delta */
  refreshSeconds: number;
  /** a team's own figures need at least this many different people (CC_PRIVACY_MIN_CONTRIBUTORS) */
  minContributors: number;
  /** whether the server keeps the shared Adoption list in SharePoint (CC_ADOPTION_LIST=off turns it off) */
  adoptionList: boolean;
}

export const DEFAULT_METRICS_REFRESH_SECONDS = 30;

/** the defaults for a configuration: the cache beside the emulator's file locally, under .local otherwise */
export function defaultMetricsConfig(config: ServerConfig): MetricsConfig {
  const folder = config.mode === 'local' ? config.dataDir : resolve(PROJECT_ROOT, '.local');
  return { cacheFile: join(folder, 'metrics-cache.sqlite'), refreshSeconds: DEFAULT_METRICS_REFRESH_SECONDS, minContributors: DEFAULT_MIN_CONTRIBUTORS, adoptionList: true };
}

function wholeNumber(env: Record<string, string | undefined>, name: string, min: number, max: number): number | string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) return `malformed: expected a whole number from ${min} to ${max}`;
  return Number(raw);
}

/** CC_METRICS_CACHE_FILE, CC_METRICS_REFRESH_SECONDS, CC_PRIVACY_MIN_CONTRIBUTORS and CC_ADOPTION_LIST over the defaults */
export function loadMetricsConfig(env: Record<string, string | undefined>, config: ServerConfig): MetricsConfig {
  const metrics = defaultMetricsConfig(config);
  const problems: { variable: string; problem: string }[] = [];
  const file = env.CC_METRICS_CACHE_FILE?.trim();
  if (file) metrics.cacheFile = resolve(file);
  const refresh = wholeNumber(env, 'CC_METRICS_REFRESH_SECONDS', 1, 86_400);
  if (typeof refresh === 'string') problems.push({ variable: 'CC_METRICS_REFRESH_SECONDS', problem: refresh });
  else if (refresh !== undefined) metrics.refreshSeconds = refresh;
  const min = wholeNumber(env, 'CC_PRIVACY_MIN_CONTRIBUTORS', 2, 1000);
  if (typeof min === 'string') problems.push({ variable: 'CC_PRIVACY_MIN_CONTRIBUTORS', problem: min });
  else if (min !== undefined) metrics.minContributors = min;
  const adoption = env.CC_ADOPTION_LIST?.trim().toLowerCase();
  if (adoption === 'off') metrics.adoptionList = false;
  else if (adoption && adoption !== 'on') problems.push({ variable: 'CC_ADOPTION_LIST', problem: "malformed: expected 'on' (the default) or 'off'" });
  if (problems.length > 0) throw new ConfigError(config.mode, problems);
  return metrics;
}
