// Where a Teams deep link into the tab leads: the bot's cards put the page in the deep link's
// subEntityId (`criteria/{id}`, `actions/{id}`, `meetings/{meeting id}`), and the tab opens it.
// Anything else is ignored: the subEntityId is part of a link anyone can make.
import { CONTENT_ID } from '../../domain/ids';

const CONTENT_PAGE = /^(criteria|actions)\/(.+)$/;
// a Teams meeting id is base64; a key made in Outlook is `outlook-<hex>` (see src/bot/app-links)
const MEETING_PAGE = /^meetings\/([A-Za-z0-9+/=_-]{1,255})$/;

/** the hash of the page a deep link's subEntityId asks for, or undefined */
export function deepLinkHash(subPageId: string | undefined): string | undefined {
  if (!subPageId) return undefined;
  const page = CONTENT_PAGE.exec(subPageId);
  if (page && CONTENT_ID.test(page[2]!)) return `#/${page[1]}/${page[2]}`;
  const meeting = MEETING_PAGE.exec(subPageId);
  return meeting ? `#/meetings/${encodeURIComponent(meeting[1]!)}` : undefined;
}
