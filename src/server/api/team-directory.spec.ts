import { DEMO_STAFF } from '../../auth/demo-staff';
import type { ResolveCaller } from './caller';
import { createTeamDirectory, rememberingTeams } from './team-directory';

const PERSON = 'AAAAAAAA-0000-4000-8000-000000000001';

describe('the team directory', () => {
  it('locally, knows the demo staff by their object id', () => {
    const teams = createTeamDirectory('local');
    expect(teams.teamOf(DEMO_STAFF[1]!.oid)).toBe(DEMO_STAFF[1]!.team);
    expect(teams.teamOf(PERSON)).toBeUndefined();
  });

  it("in a tenant, knows the team of a person's latest validated call, and forgets one they left", async () => {
    const teams = createTeamDirectory('tenant');
    let team: string | undefined = 'inkoop';
    const resolve: ResolveCaller = async () => ({ personId: PERSON.toLowerCase(), name: 'Sanne', isCoordinator: false, ...(team ? { team } : {}) });
    const remembering = rememberingTeams(resolve, teams);
    expect(teams.teamOf(PERSON)).toBeUndefined();
    await remembering({ get: () => undefined });
    expect(teams.teamOf(PERSON)).toBe('inkoop');
    team = undefined;
    await remembering({ get: () => undefined });
    expect(teams.teamOf(PERSON)).toBeUndefined();
  });

  it('keeps at most the given number of people, dropping the one seen longest ago', () => {
    const teams = createTeamDirectory('tenant', 2);
    teams.remember({ personId: 'a', team: 'inkoop' });
    teams.remember({ personId: 'b', team: 'vastgoed' });
    teams.remember({ personId: 'a', team: 'inkoop' });
    teams.remember({ personId: 'c', team: 'openbare-ruimte' });
    expect([teams.teamOf('a'), teams.teamOf('b'), teams.teamOf('c')]).toEqual(['inkoop', undefined, 'openbare-ruimte']);
  });

  it('does not remember a caller whose token was refused', async () => {
    const teams = createTeamDirectory('tenant');
    const refused = rememberingTeams(async () => Promise.reject(new Error('refused')), teams);
    await expect(refused({ get: () => undefined })).rejects.toThrow('refused');
  });
});
