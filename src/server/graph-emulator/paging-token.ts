// Opaque tokens for next links and delta links. Item pages use SharePoint's own skip-token form
// (`Paged=TRUE&p_ID=200`, base64); delta tokens carry the file's epoch and the list, so a token
// from another list or an older file is recognised as unusable.

const toBase64Url = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');
const fromBase64Url = (text: string): string | undefined => {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
  return Buffer.from(text, 'base64url').toString('utf8');
};

/** where the next page of an item query starts */
export type ItemPagePosition = { afterId: number } | { offset: number };

export function encodeItemSkipToken(position: ItemPagePosition): string {
  return toBase64Url('afterId' in position ? `Paged=TRUE&p_ID=${position.afterId}` : `Paged=TRUE&p_Offset=${position.offset}`);
}

export function decodeItemSkipToken(token: string): ItemPagePosition | undefined {
  const text = fromBase64Url(token);
  const match = text === undefined ? null : /^Paged=TRUE&p_(ID|Offset)=(\d{1,12})$/.exec(text);
  if (!match) return undefined;
  return match[1] === 'ID' ? { afterId: Number(match[2]) } : { offset: Number(match[2]) };
}

export interface DeltaPosition {
  epoch: string;
  listPk: number;
  /** changes with a higher sequence number are still to come */
  afterSeq: number;
  /**
   * deletions are reported only above this sequence number: the first enumeration shows live
   * items only, but an item deleted while it runs must still be reported
   */
  tombstonesAfter: number;
}

export function encodeDeltaToken(position: DeltaPosition): string {
  return toBase64Url(`${position.epoch}.${position.listPk}.${position.afterSeq}.${position.tombstonesAfter}`);
}

export function decodeDeltaToken(token: string): DeltaPosition | undefined {
  const text = fromBase64Url(token);
  const match = text === undefined ? null : /^([0-9a-f]{8})\.(\d{1,12})\.(\d{1,15})\.(\d{1,15})$/.exec(text);
  if (!match) return undefined;
  return { epoch: match[1] as string, listPk: Number(match[2]), afterSeq: Number(match[3]), tombstonesAfter: Number(match[4]) };
}
