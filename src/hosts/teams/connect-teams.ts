// Loads TeamsJS (a chunk of its own) and connects to the Teams host.
import type { HostContext } from '../host-context';
import { createTeamsHost } from './teams-host';

export async function connectTeams(timeoutMs: number): Promise<HostContext> {
  const teams = await import(/* webpackChunkName: "teams-js" */ '@microsoft/teams-js');
  return createTeamsHost(teams, timeoutMs);
}
