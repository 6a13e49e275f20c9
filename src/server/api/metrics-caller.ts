// Who calls the server's API, as /api/metrics needs it. A stand-in until resolveCaller
// (src/server/api/caller.ts, which validates the tab's token) is merged: the lead replaces this file
// with an import of that one. Locally it reads the development token (src/auth/dev-token.ts), as the
// emulator does; in a tenant it knows nobody, so /api/metrics answers 401 there until then.
import type { Request } from 'express';
import { readDevToken } from '../../auth/dev-token';

export interface Caller {
  /** the Entra object id (a demo id locally) */
  personId: string;
  name: string;
  team?: string;
  isCoordinator: boolean;
}

export type ResolveCaller = (req: Request) => Promise<Caller | undefined>;

/** local mode only: the demo person a development token names; coordinators by team */
export function devTokenCaller(coordinatorTeams: readonly string[]): ResolveCaller {
  return async (req) => {
    const match = /^Bearer (.+)$/i.exec(req.get('authorization') ?? '');
    const user = match ? readDevToken(match[1]!.trim()) : undefined;
    if (!user) return undefined;
    return { personId: user.oid, name: user.name, ...(user.team ? { team: user.team } : {}), isCoordinator: user.team !== undefined && coordinatorTeams.includes(user.team) };
  };
}

/** a tenant's callers are known only once the tab's tokens are validated (resolveCaller) */
export const nobody: ResolveCaller = async () => undefined;
