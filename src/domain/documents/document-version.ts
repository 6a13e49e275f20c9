// A document's version as a choice records it: the number of the version the choice was made on.

/** the highest version number a choice may carry */
export const MAX_DOCUMENT_VERSION = 10_000;

/** a version number as choices carry it: a whole number from 1 */
export function isDocumentVersion(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_DOCUMENT_VERSION;
}
