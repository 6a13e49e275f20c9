// Microsoft Graph has no API for a list's permissions, so the lists only the server writes (the
// acknowledgements and the meeting criteria) are locked with
// SharePoint's REST API: break the list's inheritance without copying the site's assignments, then
// give the site's owners group Full Control again. Staff (site members and visitors) then have no
// access to the list; the app keeps its access through its site grant (Sites.Selected), which
// SharePoint evaluates for the whole site, not per list. Running it again changes nothing.

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

export interface LockReport {
  list: string;
  /** false when the list already had unique permissions (nothing broken again) */
  brokeInheritance: boolean;
  ownersGroupId: number;
}

const quoted = (title: string): string => `'${title.replace(/'/g, "''")}'`;

/** the REST paths the lock uses, in order: also what docs/deploy.md shows an administrator */
export function lockCalls(listTitle: string, ownersGroupId: number | '{owners-group-id}' = '{owners-group-id}'): string[] {
  const list = `_api/web/lists/getbytitle(${quoted(listTitle)})`;
  return [
    `GET ${list}?$select=HasUniqueRoleAssignments`,
    `GET _api/web/associatedownergroup?$select=Id`,
    `POST ${list}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`,
    `POST ${list}/roleassignments/addroleassignment(principalid=${ownersGroupId},roledefid=${FULL_CONTROL_ROLE_ID})`,
  ];
}

/** makes `listTitle` reachable by the site's owners (and apps granted on the site) only */
export async function lockListToOwners(rest: SharePointRest, listTitle: string): Promise<LockReport> {
  const list = `_api/web/lists/getbytitle(${quoted(listTitle)})`;
  const state = (await rest('GET', `${list}?$select=HasUniqueRoleAssignments`)) as { HasUniqueRoleAssignments?: unknown };
  const owners = (await rest('GET', '_api/web/associatedownergroup?$select=Id')) as { Id?: unknown };
  if (typeof owners.Id !== 'number') throw new Error('the site has no associated owners group: give the list an owner by hand before locking it');
  const brokeInheritance = state.HasUniqueRoleAssignments !== true;
  if (brokeInheritance) await rest('POST', `${list}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`);
  // adding an assignment that exists is harmless, so an earlier half-done run is completed
  await rest('POST', `${list}/roleassignments/addroleassignment(principalid=${owners.Id},roledefid=${FULL_CONTROL_ROLE_ID})`);
  return { list: listTitle, brokeInheritance, ownersGroupId: owners.Id };
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
