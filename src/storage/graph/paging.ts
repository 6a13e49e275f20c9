// Collection pages: follow `@odata.nextLink` as an opaque URL until there is none.
import type { CallOptions, GraphHttp } from './client';

export interface GraphPage<T> {
  value?: T[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

/** every item of a collection, page after page */
export async function readAllPages<T>(
  http: GraphHttp,
  firstLink: string,
  options?: CallOptions & { onPage?: (itemsSoFar: number) => void },
): Promise<T[]> {
  const items: T[] = [];
  let link: string | undefined = firstLink;
  while (link) {
    const page: GraphPage<T> = await http.get<GraphPage<T>>(link, options);
    items.push(...(page.value ?? []));
    options?.onPage?.(items.length);
    link = page['@odata.nextLink'];
  }
  return items;
}
