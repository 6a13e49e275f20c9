// Least privilege: the tab reads and writes list items on the one site it was granted, as the
// signed-in person, and nothing else. `Sites.Selected` is a delegated Graph permission since
// SharePoint added delegated support for it; it is requested by its full resource URI so the token
// is for Graph (a bare 'Sites.Selected' would also resolve to Graph, the URI makes it explicit).
export const GRAPH_SCOPES: readonly string[] = ['https://graph.microsoft.com/Sites.Selected'];

/** the Graph root that tenant mode calls */
export const GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';

/** the delegated scope of the app's own API (the server's /api), exposed on the app registration */
export const API_SCOPE_NAME = 'access_as_user';

/**
 * the scope the tab asks for to call the server: on the application id URI
 * `api://<host the app is served from>/<client id>` (docs/deploy.md, Expose an API)
 */
export function apiScopeFor(host: string, clientId: string): string {
  return `api://${host}/${clientId}/${API_SCOPE_NAME}`;
}
