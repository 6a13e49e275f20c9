// Security headers on every response. Written here rather than with helmet: helmet's defaults
// include X-Frame-Options (which would stop Teams from framing the tab) and cross-origin
// opener/embedder policies that break MSAL's popup fallback, so most of it would be switched off
// again; the handful of headers below is easier to read, and to test, as one list.
import type { RequestHandler } from 'express';
import type { ServerConfig } from './config';

/**
 * the hosts allowed to frame the app, from Microsoft's tab requirements
 * (learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements)
 */
export const FRAME_ANCESTORS: readonly string[] = [
  // the page itself: the same-origin test host page of the end-to-end tests, and the app's own dialogs
  "'self'",
  // Teams on the web and the Teams desktop client's web view
  'https://teams.microsoft.com',
  // Teams' other web origins (e.g. the classic and government-community web clients)
  'https://*.teams.microsoft.com',
  // the cloud.microsoft domain Teams, Outlook and Microsoft 365 are migrating to (teams., outlook., m365.)
  'https://*.cloud.microsoft',
  // the Microsoft 365 app (microsoft365.com) hosting Teams apps
  'https://*.microsoft365.com',
  // the Microsoft 365 app on office.com (www.office.com) and Office on the web
  'https://*.office.com',
  // Outlook on the web for work accounts, both of its documented origins
  'https://outlook.office.com',
  'https://outlook.office365.com',
  // Word on the web: the editor frame that holds the task pane (the SharePoint or OneDrive for work
  // page that opens the document around it is added per tenant: sharePointOrigins)
  'https://*.officeapps.live.com',
  // Left out on purpose: outlook-sdf.* (Microsoft's internal test ring) and outlook.live.com
  // (consumer Outlook); municipal staff use neither, and every extra ancestor widens clickjacking.
];

/** the Office.js CDN: the Outlook task pane loads Office.js from here, never from our origin */
export const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';
export const GRAPH_ORIGIN = 'https://graph.microsoft.com';
export const ENTRA_LOGIN_ORIGIN = 'https://login.microsoftonline.com';
/**
 * the one file teams-js fetches when it starts in a host: its list of valid host origins
 * (validOriginsCdnEndpoint in @microsoft/teams-js's internal constants); only that path is allowed
 */
export const TEAMS_JS_VALID_DOMAINS = 'https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json';
/**
 * the municipality's own SharePoint hosts: its sites (the host of CC_GRAPH_SITE_ID) and its OneDrive
 * for work (`…-my.sharepoint.com`). They frame Word on the web around the task pane (frame-ancestors
 * checks every ancestor) and serve the download URLs of picked files. Any tenant's SharePoint page
 * could otherwise frame the app (clickjacking). A local server knows no tenant and keeps the wildcard
 * for a developer's own tenant.
 */
export function sharePointOrigins(config: Pick<ServerConfig, 'mode'> & { graphSiteId?: string }): string[] {
  const host = config.mode === 'tenant' ? config.graphSiteId?.split(',')[0]?.trim().toLowerCase() : undefined;
  if (!host) return ['https://*.sharepoint.com'];
  const tenant = host.match(/^([a-z0-9-]+)\.sharepoint\.com$/)?.[1];
  return tenant ? [`https://${host}`, `https://${tenant}-my.sharepoint.com`] : [`https://${host}`];
}

/** the Content-Security-Policy value for a server's configuration */
export function contentSecurityPolicy(config: Pick<ServerConfig, 'mode'> & { graphSiteId?: string }): string {
  const tenant = config.mode === 'tenant';
  const sharePoint = sharePointOrigins(config);
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", OFFICE_JS_ORIGIN]],
    // Fluent UI v9 styles through Griffel, which injects <style> elements at run time
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:']],
    // teams-js fetches its valid-origins list in every mode (a local server is framed by Teams through
    // a tunnel too); locally Graph is the same-origin emulator; in a tenant the tab calls Graph, MSAL
    // calls Entra, and a picked SharePoint file downloads from the site's own host
    ['connect-src', tenant ? ["'self'", TEAMS_JS_VALID_DOMAINS, GRAPH_ORIGIN, ENTRA_LOGIN_ORIGIN, ...sharePoint] : ["'self'", TEAMS_JS_VALID_DOMAINS]],
    // outside a host without nested app authentication, MSAL renews tokens silently in a hidden Entra iframe
    ['frame-src', tenant ? ["'self'", ENTRA_LOGIN_ORIGIN] : ["'self'"]],
    ['frame-ancestors', [...FRAME_ANCESTORS, ...sharePoint]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** one year: browsers keep the https-only promise across visits; no includeSubDomains, the
 * municipality's other hosts are not ours to bind */
export const HSTS_VALUE = 'max-age=31536000';

export function securityHeaders(config: ServerConfig): RequestHandler {
  const csp = contentSecurityPolicy(config);
  const publicOverHttps = config.publicUrl?.startsWith('https://') ?? false;
  return (req, res, next) => {
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    // req.secure follows X-Forwarded-Proto only when `trust proxy` admits the proxy that sent it
    if (req.secure || publicOverHttps) res.setHeader('Strict-Transport-Security', HSTS_VALUE);
    next();
  };
}
