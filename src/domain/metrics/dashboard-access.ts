// Who sees which figures. Coordinators see every team; other staff see their own team only. This
// is a view of the figures, not a permission: the list's own SharePoint permissions decide who can
// read the rows at all (see docs/metrics.md).

export interface CoordinatorPolicy {
  /** Entra group ids whose members are coordinators (tenant mode) */
  groupIds: readonly string[];
  /** team ids whose members are coordinators (local mode's demo coordinator team) */
  teams: readonly string[];
}

export interface DashboardViewer {
  /** the viewer's team id, when known */
  team?: string;
  /** the Entra groups the viewer is a member of, as far as the app knows */
  groupIds?: readonly string[];
}

export type DashboardScope =
  /** every team's figures, every filter */
  | { kind: 'all' }
  /** one team's figures: the team filter is fixed to it */
  | { kind: 'team'; team: string }
  /** no team known and not a coordinator: nothing to show but how to set one's team */
  | { kind: 'none' };

export function dashboardScope(viewer: DashboardViewer, policy: CoordinatorPolicy): DashboardScope {
  const groups = new Set((viewer.groupIds ?? []).map((g) => g.toLowerCase()));
  if (policy.groupIds.some((g) => groups.has(g.toLowerCase()))) return { kind: 'all' };
  if (viewer.team !== undefined && policy.teams.includes(viewer.team)) return { kind: 'all' };
  if (viewer.team !== undefined && viewer.team !== '') return { kind: 'team', team: viewer.team };
  return { kind: 'none' };
}

/** the team filter a scope allows: a coordinator's choice stands, anyone else gets their own team */
export function scopedTeams(scope: DashboardScope, chosen: readonly string[]): readonly string[] {
  switch (scope.kind) {
    case 'all':
      return chosen;
    case 'team':
      return [scope.team];
    case 'none':
      // no team: a filter that matches nothing, never everything
      return ['\u0000no-team'];
  }
}
