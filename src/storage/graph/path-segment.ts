// A path segment of a Graph URL, in a module of its own: the tab's file picker needs it at start,
// and site.ts would bring the whole Graph client into the tab's first script with it.

/** a path segment: encoded, except the commas of a SharePoint site id (`host,guid,guid`) */
export function pathSegment(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',');
}
