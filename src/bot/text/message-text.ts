// The plain text of a Teams message. A message payload's body is HTML (or plain text); the matcher
// needs the words people wrote (src/domain/html-text.ts).
import { htmlToText } from '../../domain/html-text';

/** the text of a message body in the given content type ('html' unless it says 'text') */
export function textOfMessageBody(content: string, contentType: string | undefined): string {
  return contentType?.toLowerCase() === 'text' ? content.trim() : htmlToText(content);
}
