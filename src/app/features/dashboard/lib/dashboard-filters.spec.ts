import { filtersFromQuery, filtersToQuery, metricsFilters, presetPeriod } from './dashboard-filters';

const TODAY = '2026-06-30';

describe('dashboard filters', () => {
  it('opens on the last 12 months', () => {
    expect(filtersFromQuery(new URLSearchParams(''), TODAY)).toEqual({ preset: '12m', from: '2025-07-01', to: '2026-06-30', team: '', group: '' });
  });

  it('reads presets and an own period from the address, and writes them back', () => {
    expect(presetPeriod('90d', TODAY)).toEqual({ from: '2026-04-02', to: TODAY });
    const custom = filtersFromQuery(new URLSearchParams('period=custom&from=2026-01-01&to=2026-03-31&team=inkoop&group=roads'), TODAY);
    expect(custom).toEqual({ preset: 'custom', from: '2026-01-01', to: '2026-03-31', team: 'inkoop', group: 'roads' });
    expect(filtersToQuery(custom)).toEqual({ period: 'custom', from: '2026-01-01', to: '2026-03-31', team: 'inkoop', group: 'roads' });
    expect(filtersToQuery(filtersFromQuery(new URLSearchParams('period=all'), TODAY))).toEqual({ period: 'all', from: undefined, to: undefined, team: undefined, group: undefined });
  });

  it('turns the state into the metrics filters', () => {
    expect(metricsFilters({ preset: 'custom', from: '2026-01-01', to: '2026-03-31', team: 'inkoop', group: 'roads' })).toEqual({
      filters: { from: '2026-01-01', to: '2026-03-31', teams: ['inkoop'], productGroups: ['roads'] },
    });
    expect(metricsFilters({ preset: 'all', from: '', to: '', team: '', group: '' })).toEqual({ filters: {} });
  });

  it('reports a bad period instead of showing everything', () => {
    expect(metricsFilters({ preset: 'custom', from: '2026-04-01', to: '2026-03-01', team: '', group: '' })).toEqual({ problem: 'badPeriod' });
    expect(metricsFilters({ preset: 'custom', from: '2026-02-30', to: '', team: '', group: '' })).toEqual({ problem: 'badDay' });
  });

  it('lets an unknown product group match nothing rather than everything', () => {
    const result = metricsFilters({ preset: 'all', from: '', to: '', team: '', group: 'Space ships!' });
    expect('filters' in result && result.filters.productGroups).toHaveLength(1);
    expect('filters' in result && result.filters.productGroups?.[0]).not.toBe('Space ships!');
    // product groups are content: a group a coordinator added is a filter like any other
    expect(metricsFilters({ preset: 'all', from: '', to: '', team: '', group: 'winter-road-maintenance' })).toEqual({ filters: { productGroups: ['winter-road-maintenance'] } });
  });
});
