import { coordinatorPolicy, loadCoordinatorPolicy } from './coordinator-policy';

describe('coordinatorPolicy', () => {
  it('reads the groups and teams the server names', () => {
    expect(coordinatorPolicy({ coordinators: { groupIds: [' g-1 ', ''], teams: ['programma-duurzaamheid'] } }, 'tenant')).toEqual({
      groupIds: ['g-1'],
      teams: ['programma-duurzaamheid'],
    });
  });

  it('falls back to the demo coordinator team locally and to nobody in a tenant', () => {
    expect(coordinatorPolicy({ mode: 'local' }, 'local')).toEqual({ groupIds: [], teams: ['programma-duurzaamheid'] });
    expect(coordinatorPolicy({ mode: 'tenant' }, 'tenant')).toEqual({ groupIds: [], teams: [] });
    expect(coordinatorPolicy({ coordinators: { groupIds: 'not a list' } }, 'tenant')).toEqual({ groupIds: [], teams: [] });
  });

  it('uses the fallback when the configuration cannot be read', async () => {
    const failing = (async () => {
      throw new Error('offline');
    }) as unknown as typeof fetch;
    expect(await loadCoordinatorPolicy('local', failing)).toEqual({ groupIds: [], teams: ['programma-duurzaamheid'] });
    const answering = (async () => new Response(JSON.stringify({ coordinators: { groupIds: ['g-9'] } }), { status: 200 })) as unknown as typeof fetch;
    expect(await loadCoordinatorPolicy('tenant', answering)).toEqual({ groupIds: ['g-9'], teams: [] });
  });
});
