// The shapes of ids that more than one part of the app checks.

/** ids of the content pack (checklists, items, actions, teams): lower-case words joined by hyphens */
export const CONTENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Entra and Teams ids: a GUID in its usual 8-4-4-4-12 form */
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
