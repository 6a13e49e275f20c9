// Links into the app. The web app routes by hash: `/#/criteria/{itemId}`, `/#/actions/{actionId}`
// and `/#/meetings/{meetingId}` (a meeting's page, the link the organizer shares in the meeting
// chat); the message extension unfurls exactly those links. Inside Teams a card links to the app's
// tab through a Teams deep link when the Teams app id is known. The pages are src/domain/app-pages.ts.
import { appHashOf, isPageId, pageHash, pageOfRoute, pageRoute, trimmedBase, type AppPage, type ContentPage } from '../domain/app-pages';

export type AppLinkTarget = ContentPage;

/** any page a link of the app can point to: a criterion, an action or a meeting */
export type LinkTarget = AppPage;

/** the tab's entityId in the manifest; the tab reads the target from the deep link's subEntityId */
export const TAB_ENTITY_ID = 'circular-choices';

/** whether a text can be the id of a criterion or an action: a slug of at most 100 characters */
export const isContentId = (id: string): boolean => isPageId('criterion', id);

/** whether a text can be a meeting's key in a link (and so on a card) */
export const isMeetingId = (id: string): boolean => isPageId('meeting', id);

/** the web app's address of a criterion, an action or a meeting */
export function appLink(publicBaseUrl: string, target: LinkTarget): string {
  return `${trimmedBase(publicBaseUrl)}/${pageHash(target)}`;
}

/** the address of the document check page, opened as a dialog from the compose box */
export function draftCheckDialogUrl(publicBaseUrl: string): string {
  return `${trimmedBase(publicBaseUrl)}/#/check?host=dialog`;
}

/** a Teams deep link to the tab showing the target, or the web address when there is no app id */
export function tabLink(publicBaseUrl: string, target: LinkTarget, teamsAppId?: string): string {
  const webUrl = appLink(publicBaseUrl, target);
  if (!teamsAppId) return webUrl;
  const context = JSON.stringify({ subEntityId: pageRoute(target) });
  return (
    `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/${TAB_ENTITY_ID}` +
    `?webUrl=${encodeURIComponent(webUrl)}&context=${encodeURIComponent(context)}`
  );
}

/** the criterion, action or meeting an app link points to; undefined for any other link */
export function parseAppLink(publicBaseUrl: string, link: string): LinkTarget | undefined {
  const match = /^#\/((?:criteria|actions|meetings)\/[^/?#]+)\/?(?:\?.*)?$/.exec(appHashOf(publicBaseUrl, link) ?? '');
  if (!match) return undefined;
  try {
    const [route, id] = match[1]!.split('/');
    return pageOfRoute(`${route}/${decodeURIComponent(id!)}`);
  } catch {
    return undefined;
  }
}
