// What a decision made on a card is about: the message the card sits in (or the message that was
// checked). Acknowledgement context refs are at most 255 characters; Teams conversation ids can be
// long, so an over-long one is replaced by a stable hash of itself.
import { ackKeyFor } from '../domain/acknowledgement';

const MAX_CONTEXT_REF = 255;

export function messageContextRef(conversationId: string, messageId: string): string {
  const ref = `teams:${conversationId}:${messageId}`;
  if (ref.length <= MAX_CONTEXT_REF) return ref;
  const shortMessage = messageId.length > 100 ? ackKeyFor(messageId) : messageId;
  return `teams:${ackKeyFor(conversationId)}:${shortMessage}`;
}
