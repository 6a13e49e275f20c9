// What every routed page receives from the router.
export interface PageProps {
  /** the route's `:name` segments */
  params: Record<string, string>;
  query: URLSearchParams;
  /** the page runs as the message extension's dialog */
  dialog: boolean;
}
