// Microsoft Graph has no API for a list's permissions, so the lists only the server writes are
// locked with SharePoint's REST API: break the list's inheritance without copying the site's
// assignments, then give the site's owners group Full Control again, and for the lists coordinators
// open in SharePoint (Indicators, Adoption) the site's Members group Read. Staff (the site's
// Visitors) then have no access to these lists; the app keeps its access through its site grant
// (Sites.Selected), which SharePoint evaluates for the whole site, not per list. The content lists
// keep the site's rights: Visitors (staff) read, Members (coordinators) edit. Running it again
// changes nothing.
import { APP_ONLY_LISTS, APP_WRITTEN_LISTS } from '../list-definitions';

/** one SharePoint REST call: `path` below the site URL, answered with JSON (odata=nometadata) */
export type SharePointRest = (method: 'GET' | 'POST', path: string) => Promise<unknown>;

/** what locking a list needs of the person signed in, said when SharePoint refuses */
export const LOCK_PERMISSION =
  "Full Control on the site: sign in as a member of the site's Owners group (or a site collection administrator); the app registration needs the delegated SharePoint permission AllSites.FullControl, consented, and 'Allow public client flows'";

/** SharePoint refused a call (401 or 403): the person signed in may not change the list's permissions */
export class SharePointRefusedError extends Error {
  override readonly name = 'SharePointRefusedError';

  constructor(
    readonly status: number,
    readonly call: string,
  ) {
    super(`SharePoint refused ${call} (${status}). Locking a list needs ${LOCK_PERMISSION}.`);
  }
}

/** SharePoint's built-in Full Control role definition */
export const FULL_CONTROL_ROLE_ID = 1073741829;
/** SharePoint's built-in Read role definition */
export const READ_ROLE_ID = 1073741826;

/** one list `lists lock` locks, and whether the site's Members group (the coordinators) keeps Read on it */
export interface ListLock {
  list: string;
  membersRead: boolean;
}

/** what `lists lock` locks: nobody but the owners reaches the record of choices and the meeting criteria; coordinators read the figures the server writes */
export const SITE_LOCKS: readonly ListLock[] = [
  ...APP_ONLY_LISTS.map((l) => ({ list: l.displayName, membersRead: false })),
  ...APP_WRITTEN_LISTS.map((l) => ({ list: l.displayName, membersRead: true })),
];

export interface LockReport {
  list: string;
  /** false when the list already had unique permissions (nothing broken again) */
  brokeInheritance: boolean;
  ownersGroupId: number;
  /** the Members group given Read; undefined where the list is the owners' only, or the site has no Members group */
  membersGroupId?: number;
  /** true when Read for the Members group was asked for but the site has none */
  noMembersGroup?: boolean;
}

const quoted = (title: string): string => `'${title.replace(/'/g, "''")}'`;

/** the REST paths the lock uses, in order: also what docs/deploy.md shows an administrator */
export function lockCalls(
  listTitle: string,
  ownersGroupId: number | '{owners-group-id}' = '{owners-group-id}',
  members?: { groupId: number | '{members-group-id}' },
): string[] {
  const list = `_api/web/lists/getbytitle(${quoted(listTitle)})`;
  return [
    `GET ${list}?$select=HasUniqueRoleAssignments`,
    `GET _api/web/associatedownergroup?$select=Id`,
    `POST ${list}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`,
    `POST ${list}/roleassignments/addroleassignment(principalid=${ownersGroupId},roledefid=${FULL_CONTROL_ROLE_ID})`,
    ...(members
      ? [`GET _api/web/associatedmembergroup?$select=Id`, `POST ${list}/roleassignments/addroleassignment(principalid=${members.groupId},roledefid=${READ_ROLE_ID})`]
      : []),
  ];
}

/** makes `listTitle` reachable by the site's owners (and apps granted on the site) only, and with `membersRead` readable by the site's Members group */
export async function lockListToOwners(rest: SharePointRest, listTitle: string, options: { membersRead?: boolean } = {}): Promise<LockReport> {
  const list = `_api/web/lists/getbytitle(${quoted(listTitle)})`;
  const state = (await rest('GET', `${list}?$select=HasUniqueRoleAssignments`)) as { HasUniqueRoleAssignments?: unknown };
  const owners = (await rest('GET', '_api/web/associatedownergroup?$select=Id')) as { Id?: unknown };
  if (typeof owners.Id !== 'number') throw new Error('the site has no associated owners group: give the list an owner by hand before locking it');
  const brokeInheritance = state.HasUniqueRoleAssignments !== true;
  if (brokeInheritance) await rest('POST', `${list}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`);
  // adding an assignment that exists is harmless, so an earlier half-done run is completed
  await rest('POST', `${list}/roleassignments/addroleassignment(principalid=${owners.Id},roledefid=${FULL_CONTROL_ROLE_ID})`);
  const report: LockReport = { list: listTitle, brokeInheritance, ownersGroupId: owners.Id };
  if (!options.membersRead) return report;
  const members = (await rest('GET', '_api/web/associatedmembergroup?$select=Id')) as { Id?: unknown };
  // the list stays locked without it: coordinators then read the figures in the app only
  if (typeof members.Id !== 'number') return { ...report, noMembersGroup: true };
  await rest('POST', `${list}/roleassignments/addroleassignment(principalid=${members.Id},roledefid=${READ_ROLE_ID})`);
  return { ...report, membersGroupId: members.Id };
}

/** locks every list of SITE_LOCKS, in order; stops at the first refusal */
export async function lockSite(rest: SharePointRest, locks: readonly ListLock[] = SITE_LOCKS): Promise<LockReport[]> {
  const reports: LockReport[] = [];
  for (const lock of locks) reports.push(await lockListToOwners(rest, lock.list, { membersRead: lock.membersRead }));
  return reports;
}

/** what `lists lock` says it did, a line per list */
export function lockReportLines(reports: readonly LockReport[]): string[] {
  return reports.map((r) => {
    const owners = `${r.list}: ${r.brokeInheritance ? 'inheritance broken' : 'already had its own permissions'}; site owners (group ${r.ownersGroupId}) have Full Control`;
    if (r.membersGroupId !== undefined) return `${owners}; site members (group ${r.membersGroupId}, the coordinators) read it`;
    if (r.noMembersGroup) return `${owners}; the site has no Members group: give the coordinators Read on this list by hand`;
    return owners;
  });
}

/** a SharePointRest over fetch, with a token for the SharePoint host (not Graph's) */
export function sharePointRest(siteUrl: string, getToken: () => Promise<string>, fetcher: typeof fetch = fetch): SharePointRest {
  const base = siteUrl.replace(/\/+$/, '');
  return async (method, path) => {
    const response = await fetcher(`${base}/${path}`, {
      method,
      headers: { authorization: `Bearer ${await getToken()}`, accept: 'application/json;odata=nometadata', ...(method === 'POST' ? { 'content-type': 'application/json;odata=nometadata' } : {}) },
    });
    const text = await response.text();
    if (response.status === 401 || response.status === 403) throw new SharePointRefusedError(response.status, `${method} ${path}`);
    if (!response.ok) throw new Error(`SharePoint answered ${response.status} to ${method} ${path}: ${text.slice(0, 300)}`);
    return text ? (JSON.parse(text) as unknown) : {};
  };
}
