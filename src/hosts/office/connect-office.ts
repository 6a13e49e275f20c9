// Which Office application a page runs in, by the host's own answer (Office.onReady's `host`, also
// Office.context.host), never by whether Office.js is on the page: a page that loads Office.js
// outside Office gets no host here and the caller looks further (Teams, then the plain web).
import type { HostContext } from '../host-context';
import { officeReady, type OfficeApi } from './office-api';
import { outlookHostFromOffice } from './outlook/outlook-host';
import { wordHostFromOffice, type WordWindow } from './word/word-host';

/** the Office host the page runs in, or undefined when Office says it is none of ours */
export async function connectOffice(office: OfficeApi, win: WordWindow, timeoutMs = 10_000): Promise<HostContext | undefined> {
  const host = await officeReady(office, timeoutMs);
  if (host === 'Outlook') return outlookHostFromOffice(office);
  if (host === 'Word') return wordHostFromOffice(office, win);
  return undefined;
}
