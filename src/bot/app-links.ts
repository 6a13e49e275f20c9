// Links into the app. The web app routes by hash: `/#/criteria/{itemId}` and `/#/actions/{actionId}`;
// the message extension unfurls exactly those links. Inside Teams a card links to the app's tab
// through a Teams deep link when the Teams app id is known.

export type AppLinkTarget = { kind: 'criterion' | 'action'; id: string };

/** the tab's entityId in the manifest; the tab reads the target from the deep link's subEntityId */
export const TAB_ENTITY_ID = 'circular-choices';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ROUTE: Record<AppLinkTarget['kind'], string> = { criterion: 'criteria', action: 'actions' };

const trimmedBase = (publicBaseUrl: string) => publicBaseUrl.replace(/\/+$/, '');

/** the web app's address of a criterion or an action */
export function appLink(publicBaseUrl: string, target: AppLinkTarget): string {
  return `${trimmedBase(publicBaseUrl)}/#/${ROUTE[target.kind]}/${encodeURIComponent(target.id)}`;
}

/** the address of the document check page, opened as a dialog from the compose box */
export function draftCheckDialogUrl(publicBaseUrl: string): string {
  return `${trimmedBase(publicBaseUrl)}/#/check?host=dialog`;
}

/** a Teams deep link to the tab showing the target, or the web address when there is no app id */
export function tabLink(publicBaseUrl: string, target: AppLinkTarget, teamsAppId?: string): string {
  const webUrl = appLink(publicBaseUrl, target);
  if (!teamsAppId) return webUrl;
  const context = JSON.stringify({ subEntityId: `${ROUTE[target.kind]}/${target.id}` });
  return (
    `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/${TAB_ENTITY_ID}` +
    `?webUrl=${encodeURIComponent(webUrl)}&context=${encodeURIComponent(context)}`
  );
}

/** the criterion or action an app link points to; undefined for any other link */
export function parseAppLink(publicBaseUrl: string, link: string): AppLinkTarget | undefined {
  let url: URL;
  let base: URL;
  try {
    url = new URL(link);
    base = new URL(trimmedBase(publicBaseUrl));
  } catch {
    return undefined;
  }
  if (url.origin !== base.origin) return undefined;
  const basePath = base.pathname.replace(/\/+$/, '');
  const path = url.pathname.replace(/\/+$/, '');
  if (path !== basePath && !(path === '' && basePath === '')) return undefined;
  const match = /^#\/(criteria|actions)\/([^/?#]+)\/?(?:\?.*)?$/.exec(url.hash);
  if (!match) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(match[2]!);
  } catch {
    return undefined;
  }
  if (!SLUG.test(id) || id.length > 100) return undefined;
  return { kind: match[1] === 'criteria' ? 'criterion' : 'action', id };
}
