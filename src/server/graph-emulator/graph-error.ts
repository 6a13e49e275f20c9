// Graph's error shape, in one place: `{"error":{"code","message","innerError":{…}}}`. Handlers throw
// GraphError; the HTTP and $batch layers turn it into a response.

export class GraphError extends Error {
  override readonly name = 'GraphError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** innerError.code, where Graph gives one (throttledRequest, tooManyResources…) */
    readonly innerCode?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface RequestIds {
  requestId: string;
  clientRequestId: string;
}

export interface GraphErrorBody {
  error: {
    code: string;
    message: string;
    innerError: { code?: string; date: string; 'request-id': string; 'client-request-id': string };
  };
}

export function graphErrorBody(error: GraphError, ids: RequestIds): GraphErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      innerError: {
        ...(error.innerCode ? { code: error.innerCode } : {}),
        date: new Date().toISOString().replace(/\.\d{3}Z$/, ''),
        'request-id': ids.requestId,
        'client-request-id': ids.clientRequestId,
      },
    },
  };
}

export const badRequest = (message: string): GraphError => new GraphError(400, 'invalidRequest', message);
