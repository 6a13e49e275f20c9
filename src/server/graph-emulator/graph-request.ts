// A request and an answer as the emulator's handlers see them: the same for a request that came
// over HTTP and for a sub-request of a $batch.
import type { RequestIds } from './graph-error';
import type { EmulatorUser } from './types';

export interface GraphRequest {
  method: string;
  /** the path below the v1.0 base, starting with '/', without the query */
  path: string;
  query: URLSearchParams;
  /** header names in lower case */
  headers: Record<string, string>;
  /** the parsed JSON body; undefined when there is none */
  body: unknown;
  user: EmulatorUser;
  /** the absolute base of the v1.0 endpoints, for links */
  baseUrl: string;
  ids: RequestIds;
  inBatch: boolean;
}

export interface GraphResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

/**
 * a body already written as JSON text (a delta page made by SQLite): sent as it is, and read as
 * the value it holds wherever a body is serialised again (a $batch answer)
 */
export class JsonText {
  constructor(readonly text: string) {}

  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): GraphResponse => ({ status, headers, body });
