// Where a Teams deep link into the tab leads: the bot's cards put the page in the deep link's
// subEntityId (`criteria/{id}`, `actions/{id}`, `meetings/{meeting id}`), and the tab opens it.
// Anything else is ignored: the subEntityId is part of a link anyone can make.
import { pageHash, pageOfRoute } from '../../domain/app-pages';

/** the hash of the page a deep link's subEntityId asks for, or undefined */
export function deepLinkHash(subPageId: string | undefined): string | undefined {
  const page = subPageId ? pageOfRoute(subPageId) : undefined;
  return page ? pageHash(page) : undefined;
}
