// Who coordinates, as the server says in /app-config.json:
//   "coordinators": { "groupIds": ["<Entra group id>", …], "teams": ["programma-duurzaamheid"] }
// Missing or malformed, local mode falls back to its demo coordinator team and tenant mode to no
// coordinators at all (everyone sees their own team), never to everyone seeing everything.
import type { CoordinatorPolicy } from '../../../../domain/metrics';
import type { AppMode } from '../../../lib/app-config';

/** local mode's demo coordinator: Noor Visser's team */
export const LOCAL_COORDINATOR_TEAMS: readonly string[] = ['programma-duurzaamheid'];

const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((v) => typeof v === 'string') ? value.map((v: string) => v.trim()).filter((v) => v !== '') : undefined;

export function coordinatorPolicy(rawConfig: unknown, mode: AppMode): CoordinatorPolicy {
  const fallback: CoordinatorPolicy = { groupIds: [], teams: mode === 'local' ? LOCAL_COORDINATOR_TEAMS : [] };
  const section = (rawConfig as { coordinators?: unknown } | null | undefined)?.coordinators;
  if (section === null || typeof section !== 'object') return fallback;
  const groupIds = strings((section as { groupIds?: unknown }).groupIds);
  const teams = strings((section as { teams?: unknown }).teams);
  if (groupIds === undefined && teams === undefined) return fallback;
  return { groupIds: groupIds ?? [], teams: teams ?? [] };
}

/** reads the policy from the server; a failed read is the fallback, the page still works */
export async function loadCoordinatorPolicy(mode: AppMode, fetcher: typeof fetch = fetch): Promise<CoordinatorPolicy> {
  try {
    const response = await fetcher('/app-config.json', { headers: { accept: 'application/json' }, cache: 'no-store' });
    return coordinatorPolicy(response.ok ? await response.json() : undefined, mode);
  } catch {
    return coordinatorPolicy(undefined, mode);
  }
}
