// Why something failed, in words the person can act on. Server, Graph and host messages are English
// by design (they are for administrators and logs); the app never puts them into its own sentences
// but says what kind of failure it was, and shows the raw message only as a line for the administrator.
// The kind comes from what the error carries: its HTTP status and the server's `error.code`
// (ApiRequestError, GraphRequestError, the queue's AppendFailedError), or what fetch and the
// browser throw when no answer came.
import type { MessageKey } from './i18n';

export type ErrorKind = 'offline' | 'timeout' | 'signIn' | 'forbidden' | 'refused' | 'serverFailed' | 'unknown';

export interface ErrorExplanation {
  kind: ErrorKind;
  /** the localised sentence for the person */
  key: Extract<MessageKey, `error.${ErrorKind}`>;
  /** the raw message, for the administrator line; empty when there is none */
  detail: string;
}

/** the server's codes that say more than the status does (src/server/error-answers.ts and the API's handlers) */
const KIND_OF_CODE: Record<string, ErrorKind> = {
  networkError: 'offline',
  noAnswer: 'offline',
  unauthorized: 'signIn',
  forbidden: 'forbidden',
  noTeam: 'forbidden',
  notReady: 'serverFailed',
  tooMany: 'serverFailed',
  internalError: 'serverFailed',
};

function kindOfStatus(status: number): ErrorKind | undefined {
  if (status === 0) return 'offline';
  if (status === 401) return 'signIn';
  if (status === 403) return 'forbidden';
  if (status === 408 || status === 504) return 'timeout';
  if (status === 429 || status >= 500) return 'serverFailed';
  if (status >= 400) return 'refused';
  return undefined;
}

interface Answered {
  status: number;
  code?: unknown;
}

/** the status and code an error carries: its own (ApiRequestError, GraphRequestError) or its first failure's (AppendFailedError) */
function answerOf(error: object): Answered | undefined {
  const own = error as { status?: unknown; code?: unknown; failures?: { error?: { status?: unknown; code?: unknown } }[] };
  if (typeof own.status === 'number') return { status: own.status, code: own.code };
  const first = Array.isArray(own.failures) ? own.failures[0]?.error : undefined;
  if (first && typeof first.status === 'number') return { status: first.status, code: first.code };
  return undefined;
}

/** the browsers' words for a fetch that got no answer (Chrome, Firefox, Safari, Node) */
const NO_ANSWER = /failed to fetch|networkerror|load failed|fetch failed|network request failed/i;

export function errorKindOf(error: unknown): ErrorKind {
  if (error instanceof Error || (typeof error === 'object' && error !== null)) {
    const name = (error as { name?: unknown }).name;
    if (name === 'SignInRequiredError' || name === 'SignedInAsAnotherError') return 'signIn';
    if (name === 'TimeoutError' || name === 'NoAnswerError') return 'timeout';
    if (name === 'InvalidAcknowledgementError') return 'refused';
    const answer = answerOf(error);
    if (answer) {
      const byCode = typeof answer.code === 'string' ? KIND_OF_CODE[answer.code] : undefined;
      const kind = byCode ?? kindOfStatus(answer.status);
      if (kind) return kind;
    }
    if (name === 'TypeError' && NO_ANSWER.test(String((error as { message?: unknown }).message))) return 'offline';
  }
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline';
  return 'unknown';
}

/** the raw message of an error (or the text itself), for the administrator */
export function errorDetailOf(error: unknown): string {
  if (error === undefined || error === null) return '';
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string') return (error as { message: string }).message;
  return String(error);
}

export function explainError(error: unknown): ErrorExplanation {
  const kind = errorKindOf(error);
  return { kind, key: `error.${kind}`, detail: errorDetailOf(error) };
}
