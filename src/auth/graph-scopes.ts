// Least privilege: the tab reads and writes list items on the one site it was granted, as the
// signed-in person, and nothing else. `Sites.Selected` is a delegated Graph permission since
// SharePoint added delegated support for it; it is requested by its full resource URI so the token
// is for Graph (a bare 'Sites.Selected' would also resolve to Graph, the URI makes it explicit).
export const GRAPH_SCOPES: readonly string[] = ['https://graph.microsoft.com/Sites.Selected'];

/** the Graph root that tenant mode calls */
export const GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';
