import { dashboardScope, scopedTeams, type CoordinatorPolicy } from './dashboard-access';

const policy: CoordinatorPolicy = { groupIds: ['6F1C6E0B-0000-4000-8000-00000000C00D'], teams: ['programma-duurzaamheid'] };

describe('dashboardScope', () => {
  it('gives a member of the coordinator group every team, whatever the case of the id', () => {
    expect(dashboardScope({ team: 'inkoop', groupIds: ['6f1c6e0b-0000-4000-8000-00000000c00d'] }, policy)).toEqual({ kind: 'all' });
  });

  it('gives a member of a coordinator team every team', () => {
    expect(dashboardScope({ team: 'programma-duurzaamheid' }, policy)).toEqual({ kind: 'all' });
  });

  it('gives other staff their own team', () => {
    expect(dashboardScope({ team: 'inkoop', groupIds: ['other'] }, policy)).toEqual({ kind: 'team', team: 'inkoop' });
  });

  it('gives someone without a team nothing', () => {
    expect(dashboardScope({}, policy)).toEqual({ kind: 'none' });
  });
});

describe('scopedTeams', () => {
  it('lets a coordinator choose and fixes everyone else to their team', () => {
    expect(scopedTeams({ kind: 'all' }, ['ict'])).toEqual(['ict']);
    expect(scopedTeams({ kind: 'all' }, [])).toEqual([]);
    expect(scopedTeams({ kind: 'team', team: 'inkoop' }, ['ict'])).toEqual(['inkoop']);
  });

  it('never turns a missing team into every team', () => {
    expect(scopedTeams({ kind: 'none' }, [])).toHaveLength(1);
  });
});
