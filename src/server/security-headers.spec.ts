import { readFileSync } from 'node:fs';
import { contentSecurityPolicy, sharePointOrigins, TEAMS_JS_VALID_DOMAINS } from './security-headers';

const connectSources = (mode: 'local' | 'tenant'): string[] => {
  const directive = contentSecurityPolicy({ mode, graphSiteId: 'contoso.sharepoint.com,a,b' })
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === 'connect-src');
  return directive?.slice(1) ?? [];
};

describe('the content security policy and teams-js', () => {
  it.each(['local', 'tenant'] as const)('lets teams-js fetch its valid-origins list in %s mode, and no other file of that CDN', (mode) => {
    const sources = connectSources(mode);
    expect(sources).toContain('https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json');
    // a path without a trailing slash matches that one file: the rest of the CDN stays closed
    expect(sources.filter((s) => s.includes('res.cdn.office.net'))).toEqual(['https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json']);
    expect(sources.some((s) => s.includes('*.office.net') || s === 'https:')).toBe(false);
  });

  it('allows the address the installed teams-js fetches (its validOriginsCdnEndpoint)', () => {
    const constants = readFileSync(require.resolve('@microsoft/teams-js').replace(/teams-js[\\/]dist[\\/].*$/, 'teams-js/dist/esm/packages/teams-js/src/internal/constants.js'), 'utf8');
    expect(constants).toContain(`new URL("${TEAMS_JS_VALID_DOMAINS}")`);
  });
});

describe('the SharePoint hosts the policy admits', () => {
  it("in a tenant, only the municipality's own site host and its OneDrive for work", () => {
    expect(sharePointOrigins({ mode: 'tenant', graphSiteId: 'Soest.SharePoint.com,1,2' })).toEqual(['https://soest.sharepoint.com', 'https://soest-my.sharepoint.com']);
    const ancestors = contentSecurityPolicy({ mode: 'tenant', graphSiteId: 'soest.sharepoint.com,1,2' }).split('; ').find((d) => d.startsWith('frame-ancestors'))!;
    expect(ancestors).toContain('https://soest.sharepoint.com');
    expect(ancestors).not.toContain('*.sharepoint.com');
  });

  it('a local server, which knows no tenant, any SharePoint host', () => {
    expect(sharePointOrigins({ mode: 'local' })).toEqual(['https://*.sharepoint.com']);
  });
});
