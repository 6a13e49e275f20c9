// Long message texts for the message action: a generated tender's prose plus a thousand made-up
// words of its own, so that each text brings new words to analyse (no cache helps).
import { generatedTender, random } from '../bench/generated-tender';

const SYLLABLES = ['ver', 'be', 'ont', 'aan', 'stra', 'ten', 'hout', 'wijk', 'lan', 'ge', 'rin', 'del', 'mo', 'kas', 'pel', 'dor', 'zee', 'ber'];

/** 5,000 words, different for each `n` */
export function messageOfWords(n: number): string {
  const next = random(1000 + n);
  const own = Array.from({ length: 1000 }, () => Array.from({ length: 2 + Math.floor(next() * 3) }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join(''));
  return `${generatedTender(4000, 3000 + n)} ${own.join(' ')}`;
}

/** a message action on `text`, in its own conversation (the rate limit is per conversation) */
export function checkMessageActivity(text: string, n: number) {
  return {
    type: 'invoke',
    name: 'composeExtension/submitAction',
    id: `activity-${n}`,
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    locale: 'nl-NL',
    from: { id: `user-${n}`, aadObjectId: '00000000-0000-4000-8000-000000000002', name: 'Joris' },
    recipient: { id: 'bot' },
    conversation: { id: `conversation-${n}` },
    value: { commandId: 'checkMessage', commandContext: 'message', messagePayload: { id: `m${n}`, body: { contentType: 'text', content: text } } },
  };
}
