// The one local site: its id in Graph's `host,siteCollectionId,webId` form and its body.
import type { SiteIdentity } from './database';

export const SITE_NAME = 'circular-choices';

export class LocalSite {
  readonly id: string;

  constructor(readonly identity: SiteIdentity) {
    this.id = `${identity.hostname},${identity.siteCollectionId},${identity.webId}`;
  }

  /** whether a `{site-id}` path segment names this site: `root`, the full id, or `host:/sites/name` */
  matches(segment: string): boolean {
    const lower = segment.toLowerCase();
    if (lower === 'root' || lower === this.id.toLowerCase()) return true;
    const byPath = /^([^:/]+):\/sites\/([^/:]+):?$/.exec(segment);
    return byPath !== null && byPath[2]?.toLowerCase() === SITE_NAME;
  }

  webUrl(origin: string): string {
    return `${origin}/sites/${SITE_NAME}`;
  }

  body(origin: string): Record<string, unknown> {
    return {
      id: this.id,
      name: SITE_NAME,
      displayName: 'Circular Choices (local)',
      description: 'The local site of the embedded Graph-lists emulator',
      webUrl: this.webUrl(origin),
      createdDateTime: this.identity.createdAt,
      lastModifiedDateTime: this.identity.createdAt,
      siteCollection: { hostname: this.identity.hostname },
      root: {},
    };
  }
}
