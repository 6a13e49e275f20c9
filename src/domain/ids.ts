// The shapes of ids that more than one part of the app checks.

/** ids of the content pack (checklists, items, actions, teams): lower-case words joined by hyphens */
export const CONTENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Entra and Teams ids: a GUID in its usual 8-4-4-4-12 form */
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * a meeting's key: Teams meeting ids are base64 (`+`, `/`, `=`), keys made in Outlook are
 * `outlook-<hex>`; at most 255 characters, the length of the list's MeetingId column
 */
export const MEETING_KEY = /^[A-Za-z0-9+/=_-]{1,255}$/;
