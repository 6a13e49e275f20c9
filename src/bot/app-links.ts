// Links into the app. The web app routes by hash: `/#/criteria/{itemId}`, `/#/actions/{actionId}`
// and `/#/meetings/{meetingId}` (a meeting's page, the link the organizer shares in the meeting
// chat); the message extension unfurls exactly those links. Inside Teams a card links to the app's
// tab through a Teams deep link when the Teams app id is known.

export type AppLinkTarget = { kind: 'criterion' | 'action'; id: string };

/** any page a link of the app can point to: a criterion, an action or a meeting */
export type LinkTarget = AppLinkTarget | { kind: 'meeting'; id: string };

/** the tab's entityId in the manifest; the tab reads the target from the deep link's subEntityId */
export const TAB_ENTITY_ID = 'circular-choices';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * a meeting key: Teams meeting ids are base64 (`+`, `/`, `=`), keys made in Outlook are
 * `outlook-<hex>`; at most 255 characters, the length of the list's MeetingId column
 */
const MEETING_ID = /^[A-Za-z0-9+/=_-]{1,255}$/;
const ROUTE: Record<LinkTarget['kind'], string> = { criterion: 'criteria', action: 'actions', meeting: 'meetings' };

const trimmedBase = (publicBaseUrl: string) => publicBaseUrl.replace(/\/+$/, '');

/** whether a text can be the id of a criterion or an action: a slug of at most 100 characters */
export const isContentId = (id: string): boolean => id.length <= 100 && SLUG.test(id);

/** whether a text can be a meeting's key in a link (and so on a card) */
export const isMeetingId = (id: string): boolean => MEETING_ID.test(id);

/** the web app's address of a criterion, an action or a meeting */
export function appLink(publicBaseUrl: string, target: LinkTarget): string {
  return `${trimmedBase(publicBaseUrl)}/#/${ROUTE[target.kind]}/${encodeURIComponent(target.id)}`;
}

/** the address of the document check page, opened as a dialog from the compose box */
export function draftCheckDialogUrl(publicBaseUrl: string): string {
  return `${trimmedBase(publicBaseUrl)}/#/check?host=dialog`;
}

/** a Teams deep link to the tab showing the target, or the web address when there is no app id */
export function tabLink(publicBaseUrl: string, target: LinkTarget, teamsAppId?: string): string {
  const webUrl = appLink(publicBaseUrl, target);
  if (!teamsAppId) return webUrl;
  const context = JSON.stringify({ subEntityId: `${ROUTE[target.kind]}/${target.id}` });
  return (
    `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/${TAB_ENTITY_ID}` +
    `?webUrl=${encodeURIComponent(webUrl)}&context=${encodeURIComponent(context)}`
  );
}

/** the criterion, action or meeting an app link points to; undefined for any other link */
export function parseAppLink(publicBaseUrl: string, link: string): LinkTarget | undefined {
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
  const match = /^#\/(criteria|actions|meetings)\/([^/?#]+)\/?(?:\?.*)?$/.exec(url.hash);
  if (!match) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(match[2]!);
  } catch {
    return undefined;
  }
  if (match[1] === 'meetings') return isMeetingId(id) ? { kind: 'meeting', id } : undefined;
  if (!isContentId(id)) return undefined;
  return { kind: match[1] === 'criteria' ? 'criterion' : 'action', id };
}
