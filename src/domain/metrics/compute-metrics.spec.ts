// Expectations here are counted by hand from the eight acknowledgements below (see the comments).
import type { Acknowledgement } from '../acknowledgement';
import { computeMetrics } from './compute-metrics';
import { metricsContent } from './metrics-content';
import type { DecisionCounts } from './types';

const content = metricsContent({
  checklists: [
    { id: 'roads', productGroup: 'roads', items: [{ id: 'roads-1' }, { id: 'roads-2' }] },
    { id: 'green', productGroup: 'green-space', items: [{ id: 'green-1' }] },
    { id: 'meeting', documentTypes: ['meeting'], items: [{ id: 'meet-1' }] },
  ] as never,
  actions: [
    { id: 'a1', phase: 'learn', productGroups: ['roads'], ownerTeam: 'openbare-ruimte' },
    { id: 'a2', phase: 'scale', productGroups: ['roads', 'green-space'], ownerTeam: 'openbare-ruimte' },
    { id: 'a3', phase: 'embed', productGroups: [], ownerTeam: 'programma-duurzaamheid' },
    { id: 'a4', phase: 'scale', productGroups: ['catering'], ownerTeam: 'facilitaire-zaken' },
  ] as never,
});

function ack(ackKey: string, fields: Partial<Acknowledgement>): Acknowledgement {
  return {
    ackKey,
    checklistItemId: '',
    checklistId: '',
    decision: 'applied',
    contextType: 'procurement',
    contextRef: 'doc',
    source: 'tab',
    staffAadId: 'staff',
    contentVersion: '1.0.0',
    appVersion: '0.1.0',
    ackAt: '2026-06-01T09:00:00Z',
    ...fields,
  };
}

const acks: Acknowledgement[] = [
  // doc-A: roads-1 applied; roads-2 first not applicable, then applied (a changed mind)
  ack('k01', { checklistItemId: 'roads-1', checklistId: 'roads', contextRef: 'doc-A', team: 'inkoop', decision: 'applied', ackAt: '2026-06-01T09:00:00Z' }),
  ack('k02', { checklistItemId: 'roads-2', checklistId: 'roads', contextRef: 'doc-A', team: 'inkoop', decision: 'not-applicable', reason: 'Geen budget', ackAt: '2026-06-02T09:00:00Z' }),
  ack('k03', { checklistItemId: 'roads-2', checklistId: 'roads', contextRef: 'doc-A', team: 'inkoop', decision: 'applied', ackAt: '2026-06-10T09:00:00Z' }),
  // doc-B, a project: green-1 not applicable
  ack('k04', { checklistItemId: 'green-1', checklistId: 'green', contextRef: 'doc-B', contextType: 'project', team: 'openbare-ruimte', decision: 'not-applicable', reason: 'geen budget.', ackAt: '2026-06-10T10:00:00Z' }),
  // a meeting: practice item, no product group
  ack('k05', { checklistItemId: 'meet-1', checklistId: 'meeting', contextRef: 'meeting-1', contextType: 'meeting', team: 'openbare-ruimte', decision: 'later', ackAt: '2026-06-17T09:00:00Z' }),
  // a decision on programme action a3 itself
  ack('k06', { actionId: 'a3', contextRef: 'action-a3', contextType: 'other', team: 'programma-duurzaamheid', decision: 'applied', ackAt: '2026-06-17T10:00:00Z' }),
  // doc-C, in March: outside the 90-day window before 2026-06-30
  ack('k07', { checklistItemId: 'green-1', checklistId: 'green', contextRef: 'doc-C', team: 'openbare-ruimte', decision: 'considered', reason: 'Markt is er niet klaar voor', ackAt: '2026-03-01T09:00:00Z' }),
  // doc-D, no team known
  ack('k08', { checklistItemId: 'roads-1', checklistId: 'roads', contextRef: 'doc-D', decision: 'considered', reason: 'Te duur', ackAt: '2026-06-20T09:00:00Z' }),
];

const TODAY = '2026-06-30';

const counts = (partial: Partial<DecisionCounts>): DecisionCounts => ({
  applied: 0,
  considered: 0,
  'not-applicable': 0,
  later: 0,
  attached: 0,
  ...partial,
});

describe('computeMetrics on no data', () => {
  const metrics = computeMetrics([], content, { today: TODAY });

  it('counts nothing and has no rate', () => {
    expect(metrics.total).toBe(0);
    expect(metrics.byWeek).toEqual([]);
    expect(metrics.byTeam).toEqual([]);
    expect(metrics.byProductGroup).toEqual([]);
    expect(metrics.byChecklistItem).toEqual([]);
    expect(metrics.byAction).toEqual([]);
    expect(metrics.decisions).toEqual({ recorded: counts({}), current: counts({}) });
    expect(metrics.adoption).toEqual({ checkedDocuments: 0, documentsWithApplied: 0, appliedShare: null });
    expect(metrics.byPhase).toEqual([
      { phase: 'learn', count: 0 },
      { phase: 'scale', count: 0 },
      { phase: 'embed', count: 0 },
      { phase: 'none', count: 0 },
    ]);
    expect(metrics.reasons.notApplicable).toEqual({ groups: [], total: 0, otherCount: 0, distinctGroups: 0 });
  });

  it('still lists the programme actions per phase, none of them active', () => {
    expect(metrics.actionCoverage.phases).toEqual([
      { phase: 'learn', actions: 1, active: 0, activeDirect: 0, activeShare: 0 },
      { phase: 'scale', actions: 2, active: 0, activeDirect: 0, activeShare: 0 },
      { phase: 'embed', actions: 1, active: 0, activeDirect: 0, activeShare: 0 },
    ]);
  });

  it('shows every week of a chosen period, empty', () => {
    const inPeriod = computeMetrics([], content, { today: TODAY, filters: { from: '2026-06-01', to: '2026-06-14' } });
    expect(inPeriod.byWeek.map((w) => [w.key, w.weekStart, w.count])).toEqual([
      ['2026-W23', '2026-06-01', 0],
      ['2026-W24', '2026-06-08', 0],
    ]);
  });
});

describe('computeMetrics on one acknowledgement', () => {
  const one = [acks[0]!];
  const metrics = computeMetrics(one, content, { today: TODAY });

  it('counts it once everywhere it belongs', () => {
    expect(metrics.total).toBe(1);
    expect(metrics.byWeek).toEqual([{ key: '2026-W23', weekStart: '2026-06-01', count: 1, decisions: counts({ applied: 1 }) }]);
    expect(metrics.byTeam).toEqual([{ key: 'inkoop', count: 1, decisions: counts({ applied: 1 }) }]);
    expect(metrics.byProductGroup).toEqual([{ key: 'roads', count: 1, decisions: counts({ applied: 1 }) }]);
    expect(metrics.byChecklistItem).toEqual([{ key: 'roads-1', count: 1, decisions: counts({ applied: 1 }) }]);
    expect(metrics.byAction).toEqual([]);
    // roads reaches a1 (learn) and a2 (scale)
    expect(metrics.byPhase.map((p) => p.count)).toEqual([1, 1, 0, 0]);
  });

  it('makes one checked document with an applied criterion', () => {
    expect(metrics.adoption).toEqual({ checkedDocuments: 1, documentsWithApplied: 1, appliedShare: 1 });
  });

  it('marks the actions of its product group active', () => {
    expect(metrics.actionCoverage.activeActionIds).toEqual(['a1', 'a2']);
    expect(metrics.actionCoverage.phases.map((p) => [p.phase, p.active, p.activeDirect])).toEqual([
      ['learn', 1, 0],
      ['scale', 1, 0],
      ['embed', 0, 0],
    ]);
  });
});

describe('computeMetrics on a small realistic set', () => {
  const metrics = computeMetrics(acks, content, { today: TODAY });

  it('counts every acknowledgement by decision as recorded', () => {
    expect(metrics.total).toBe(8);
    expect(metrics.skipped).toBe(0);
    expect(metrics.decisions.recorded).toEqual(counts({ applied: 3, considered: 2, 'not-applicable': 2, later: 1 }));
  });

  it('counts current decisions: the later decision on doc-A roads-2 replaces the earlier one', () => {
    // 7 item-context pairs: doc-A/roads-1, doc-A/roads-2 (k03 replaces k02), doc-B, meeting-1, action-a3, doc-C, doc-D
    expect(metrics.decisions.current).toEqual(counts({ applied: 3, considered: 2, 'not-applicable': 1, later: 1 }));
  });

  it('computes the share of checked documents with an applied criterion', () => {
    // documents: doc-A (applied), doc-B (not applicable), doc-C (considered), doc-D (considered)
    expect(metrics.adoption).toEqual({ checkedDocuments: 4, documentsWithApplied: 1, appliedShare: 0.25 });
  });

  it('counts a document once however many versions were checked', () => {
    // doc-A again, as its second and third version, renamed: still four documents
    const versions = [
      ack('k09', { checklistItemId: 'roads-1', checklistId: 'roads', contextRef: 'doc-A', contextTitle: 'Bestek v2', documentVersion: 2, team: 'inkoop', ackAt: '2026-06-21T09:00:00Z' }),
      ack('k10', { checklistItemId: 'roads-2', checklistId: 'roads', contextRef: 'doc-A', contextTitle: 'Bestek v3', documentVersion: 3, team: 'inkoop', decision: 'later', ackAt: '2026-06-22T09:00:00Z' }),
    ];
    expect(computeMetrics([...acks, ...versions], content, { today: TODAY }).adoption).toEqual({ checkedDocuments: 4, documentsWithApplied: 1, appliedShare: 0.25 });
  });

  it('counts by team, most first, the unknown team as an empty key', () => {
    expect(metrics.byTeam.map((b) => [b.key, b.count])).toEqual([
      ['inkoop', 3],
      ['openbare-ruimte', 3],
      ['', 1],
      ['programma-duurzaamheid', 1],
    ]);
    expect(metrics.byTeam[0]!.decisions).toEqual(counts({ applied: 2, 'not-applicable': 1 }));
  });

  it('counts by product group, taking the group from the checklist', () => {
    expect(metrics.byProductGroup.map((b) => [b.key, b.count])).toEqual([
      ['roads', 4],
      ['', 2],
      ['green-space', 2],
    ]);
  });

  it('counts by checklist item and by action', () => {
    expect(metrics.byChecklistItem.map((b) => [b.key, b.count])).toEqual([
      ['green-1', 2],
      ['roads-1', 2],
      ['roads-2', 2],
      ['meet-1', 1],
    ]);
    expect(metrics.byAction.map((b) => [b.key, b.count])).toEqual([['a3', 1]]);
  });

  it('counts by phase: through the named action, or through the product group\'s actions', () => {
    // roads (4 acks) → learn + scale; green-space (2) → scale; a3 (1) → embed; the meeting item (1) → none
    expect(metrics.byPhase).toEqual([
      { phase: 'learn', count: 4 },
      { phase: 'scale', count: 6 },
      { phase: 'embed', count: 1 },
      { phase: 'none', count: 1 },
    ]);
  });

  it('counts by ISO week, with the empty weeks between March and June', () => {
    // 2026-03-01 is a Sunday in W09; W10..W22 are empty; W23: k01 k02; W24: k03 k04; W25: k05 k06 k08
    expect(metrics.byWeek).toHaveLength(17);
    const nonEmpty = metrics.byWeek.filter((w) => w.count > 0).map((w) => [w.key, w.weekStart, w.count]);
    expect(nonEmpty).toEqual([
      ['2026-W09', '2026-02-23', 1],
      ['2026-W23', '2026-06-01', 2],
      ['2026-W24', '2026-06-08', 2],
      ['2026-W25', '2026-06-15', 3],
    ]);
  });

  it('finds the actions with activity in the last 90 days', () => {
    // window 2026-04-02..2026-06-30; a1, a2 through roads and green-space, a3 named directly; a4 (catering) idle
    expect(metrics.actionCoverage.windowStart).toBe('2026-04-02');
    expect(metrics.actionCoverage.windowEnd).toBe('2026-06-30');
    expect(metrics.actionCoverage.phases).toEqual([
      { phase: 'learn', actions: 1, active: 1, activeDirect: 0, activeShare: 1 },
      { phase: 'scale', actions: 2, active: 1, activeDirect: 0, activeShare: 0.5 },
      { phase: 'embed', actions: 1, active: 1, activeDirect: 1, activeShare: 1 },
    ]);
  });

  it('groups the reasons for not applicable and for considered', () => {
    expect(metrics.reasons.notApplicable.groups).toEqual([{ key: 'geen budget', label: 'Geen budget', count: 2, variants: 2 }]);
    expect(metrics.reasons.considered.groups.map((g) => [g.label, g.count])).toEqual([
      ['Te duur', 1],
      ['Markt is er niet klaar voor', 1],
    ]);
  });
});

describe('computeMetrics with filters', () => {
  it('keeps a period and teams', () => {
    const metrics = computeMetrics(acks, content, {
      today: TODAY,
      filters: { from: '2026-06-01', to: '2026-06-14', teams: ['inkoop', 'openbare-ruimte'] },
    });
    // k01 k02 k03 (inkoop) and k04 (openbare-ruimte); k05 is after the 14th, k07 before the 1st
    expect(metrics.total).toBe(4);
    expect(metrics.byWeek.map((w) => [w.key, w.count])).toEqual([
      ['2026-W23', 2],
      ['2026-W24', 2],
    ]);
    expect(metrics.adoption).toEqual({ checkedDocuments: 2, documentsWithApplied: 1, appliedShare: 0.5 });
    // the window ends with the period: 2026-03-17..2026-06-14; k06 (a3) is another team's
    expect(metrics.actionCoverage.windowEnd).toBe('2026-06-14');
    expect(metrics.actionCoverage.windowStart).toBe('2026-03-17');
    expect(metrics.actionCoverage.activeActionIds).toEqual(['a1', 'a2']);
  });

  it('keeps product groups', () => {
    const metrics = computeMetrics(acks, content, { today: TODAY, filters: { productGroups: ['green-space'] } });
    expect(metrics.total).toBe(2);
    expect(metrics.byTeam.map((b) => [b.key, b.count])).toEqual([['openbare-ruimte', 2]]);
    expect(metrics.reasons.considered.groups.map((g) => g.label)).toEqual(['Markt is er niet klaar voor']);
  });

  it('refuses a malformed or reversed period', () => {
    expect(() => computeMetrics(acks, content, { today: TODAY, filters: { from: '2026-02-30' } })).toThrow(/YYYY-MM-DD/);
    expect(() => computeMetrics(acks, content, { today: TODAY, filters: { from: '2026-06-10', to: '2026-06-01' } })).toThrow(/starts .* after it ends/);
    expect(() => computeMetrics(acks, content, { today: TODAY, coverageWindowDays: 0 })).toThrow(/at least 1/);
  });

  it('leaves out a row it cannot read and says so', () => {
    const metrics = computeMetrics([...acks, ack('bad', { ackAt: 'yesterday' })], content, { today: TODAY });
    expect(metrics.total).toBe(8);
    expect(metrics.skipped).toBe(1);
  });

  it('takes the UTC day of a time with an offset', () => {
    // 00:30 in Amsterdam on 8 June is 22:30 UTC on Sunday 7 June: week 23, not 24
    const metrics = computeMetrics([ack('tz', { ackAt: '2026-06-08T00:30:00+02:00' })], content, { today: TODAY });
    expect(metrics.byWeek.map((w) => w.key)).toEqual(['2026-W23']);
  });
});

describe('the programme actions the action rates count (their denominators follow the filters)', () => {
  // [phase, actions in scope, active, active directly] per phase, learn, scale, embed
  const coverageOf = (filters: Parameters<typeof computeMetrics>[2]['filters'], rows: Acknowledgement[] = acks) => {
    const { actionCoverage } = computeMetrics(rows, content, { today: TODAY, filters });
    return {
      phases: actionCoverage.phases.map((p) => [p.phase, p.actions, p.active, p.activeDirect]),
      active: actionCoverage.activeActionIds,
      scopedBy: actionCoverage.scopedBy,
      programme: actionCoverage.programmeActions,
    };
  };

  it('counts every action of the programme without a filter, and says so', () => {
    expect(coverageOf({ from: '2026-01-01', to: '2026-06-30' })).toEqual({
      phases: [
        ['learn', 1, 1, 0],
        ['scale', 2, 1, 0],
        ['embed', 1, 1, 1],
      ],
      active: ['a1', 'a2', 'a3'],
      scopedBy: [],
      programme: 4,
    });
  });

  it('counts only the actions of a chosen product group', () => {
    // green-space is a2's alone; k04 (June) makes it active; a1 shares roads with a2 but not green-space
    expect(coverageOf({ productGroups: ['green-space'] })).toMatchObject({
      phases: [
        ['learn', 0, 0, 0],
        ['scale', 1, 1, 0],
        ['embed', 0, 0, 0],
      ],
      active: ['a2'],
      scopedBy: ['productGroup'],
      programme: 4,
    });
    // catering: a4, which nobody touched: 0 of 1, not 0 of 4
    expect(coverageOf({ productGroups: ['catering'] }).phases).toEqual([
      ['learn', 0, 0, 0],
      ['scale', 1, 0, 0],
      ['embed', 0, 0, 0],
    ]);
  });

  it("counts a team's own actions and those its choices reached", () => {
    // openbare-ruimte owns a1 and a2; its green-space choice in June (k04) makes a2 active; a1 stays idle
    expect(coverageOf({ teams: ['openbare-ruimte'] })).toMatchObject({
      phases: [
        ['learn', 1, 0, 0],
        ['scale', 1, 1, 0],
        ['embed', 0, 0, 0],
      ],
      active: ['a2'],
      scopedBy: ['team'],
    });
    // inkoop owns none, but its roads choices reached a1 and a2
    expect(coverageOf({ teams: ['inkoop'] }).phases).toEqual([
      ['learn', 1, 1, 0],
      ['scale', 1, 1, 0],
      ['embed', 0, 0, 0],
    ]);
    // facilitaire-zaken owns a4 and chose nothing: 0 of its 1
    expect(coverageOf({ teams: ['facilitaire-zaken'] }).phases).toEqual([
      ['learn', 0, 0, 0],
      ['scale', 1, 0, 0],
      ['embed', 0, 0, 0],
    ]);
  });

  it("keeps an action a team reached in the period but not in the last 90 days, as not active", () => {
    const march = ack('m1', { checklistItemId: 'green-1', checklistId: 'green', contextRef: 'doc-M', team: 'facilitaire-zaken', ackAt: '2026-03-02T09:00:00Z' });
    // the period reaches back to March: a2 (green-space) was worked on, but not in the window 2026-04-02..2026-06-30
    expect(coverageOf({ from: '2026-01-01', to: '2026-06-30', teams: ['facilitaire-zaken'] }, [...acks, march]).phases).toEqual([
      ['learn', 0, 0, 0],
      ['scale', 2, 0, 0],
      ['embed', 0, 0, 0],
    ]);
    // a period that starts after March no longer reaches it
    expect(coverageOf({ from: '2026-05-01', to: '2026-06-30', teams: ['facilitaire-zaken'] }, [...acks, march]).phases[1]).toEqual(['scale', 1, 0, 0]);
  });

  it('narrows a team to the actions of a chosen product group, and to a chosen phase or action', () => {
    // openbare-ruimte owns a1 and a2, both of roads; it made no roads choice: 0 of 2
    expect(coverageOf({ teams: ['openbare-ruimte'], productGroups: ['roads'] })).toMatchObject({
      phases: [
        ['learn', 1, 0, 0],
        ['scale', 1, 0, 0],
        ['embed', 0, 0, 0],
      ],
      scopedBy: ['team', 'productGroup'],
    });
    // a roads choice counts in learn (a1) and scale (a2); the learn filter keeps a1 only
    expect(coverageOf({ phases: ['learn'] })).toMatchObject({ phases: [['learn', 1, 1, 0], ['scale', 0, 0, 0], ['embed', 0, 0, 0]], active: ['a1'], scopedBy: ['phase'] });
    expect(coverageOf({ actions: ['a3'] })).toMatchObject({ phases: [['learn', 0, 0, 0], ['scale', 0, 0, 0], ['embed', 1, 1, 1]], active: ['a3'], scopedBy: ['action'] });
  });

  it('never counts more active actions than actions in scope, and has no rate where none is in scope', () => {
    const choices: NonNullable<Parameters<typeof computeMetrics>[2]['filters']>[] = [
      {},
      { teams: ['inkoop'] },
      { teams: ['openbare-ruimte', 'programma-duurzaamheid'], productGroups: ['roads', 'catering'] },
      { productGroups: ['roads'], phases: ['scale'] },
      { teams: ['nobody'] },
    ];
    for (const filters of choices) {
      const { actionCoverage } = computeMetrics(acks, content, { today: TODAY, filters });
      for (const p of actionCoverage.phases) {
        expect(p.active).toBeLessThanOrEqual(p.actions);
        expect(p.activeDirect).toBeLessThanOrEqual(p.active);
        expect(p.activeShare).toBe(p.actions === 0 ? null : p.active / p.actions);
      }
    }
    expect(coverageOf({ teams: ['nobody'] }).phases).toEqual([
      ['learn', 0, 0, 0],
      ['scale', 0, 0, 0],
      ['embed', 0, 0, 0],
    ]);
  });
});
