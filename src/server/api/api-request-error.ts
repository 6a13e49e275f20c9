// What the browser's calls of the server's own API throw when the server says no: the HTTP status
// and the problem the answer named, one class for every operation.
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** the error an API answer that was not ok reports (its `error.code` and `error.message` when it has them) */
export function apiRequestError(status: number, body: { error?: { code?: string; message?: string } } | undefined): ApiRequestError {
  return new ApiRequestError(status, body?.error?.code ?? 'httpError', body?.error?.message ?? `The server answered ${status}.`);
}
