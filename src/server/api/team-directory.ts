// The programme team of a person, for choices that reach the server without a token of the person
// (a card's button comes through the bot with only their Entra object id). Locally the demo staff
// say it, as they do for the API's callers. In a tenant, the team the person's latest validated
// token for the API mapped to (caller.ts) is kept here, so a card choice is filed under the same
// team as the person's choices in the tab, without the bot needing to read the directory (which
// would take User.Read.All and GroupMember.Read.All as application permissions).
import { DEMO_STAFF } from '../../auth/demo-staff';
import type { Caller, ResolveCaller } from './caller';

export interface TeamDirectory {
  /** the person's team; undefined when it is not known (yet) */
  teamOf(personId: string): string | undefined;
  /** keeps the team of a caller the API validated */
  remember(caller: Pick<Caller, 'personId' | 'team'>): void;
}

/** how many people's teams a tenant server keeps in memory; the oldest seen are dropped first */
export const MAX_REMEMBERED_TEAMS = 20_000;

/** the demo staff's team (local mode) */
export function demoTeamOf(personId: string): string | undefined {
  return DEMO_STAFF.find((s) => s.oid === personId.toLowerCase())?.team;
}

export function createTeamDirectory(mode: 'local' | 'tenant', max = MAX_REMEMBERED_TEAMS): TeamDirectory {
  if (mode === 'local') return { teamOf: demoTeamOf, remember: () => undefined };
  const teams = new Map<string, string>();
  return {
    teamOf: (personId) => teams.get(personId.toLowerCase()),
    remember: ({ personId, team }) => {
      const key = personId.toLowerCase();
      teams.delete(key);
      if (!team) return;
      teams.set(key, team);
      if (teams.size > max) teams.delete(teams.keys().next().value!);
    },
  };
}

/** a caller resolver that tells the directory each caller's team as it validates them */
export function rememberingTeams(resolve: ResolveCaller, directory: TeamDirectory): ResolveCaller {
  return async (req) => {
    const caller = await resolve(req);
    directory.remember(caller);
    return caller;
  };
}
