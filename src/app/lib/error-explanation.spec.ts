import { ApiRequestError, apiRequestError } from '../../server/api/api-request-error';
import { AppendFailedError, InvalidAcknowledgementError } from '../../storage/append-errors';
import { GraphRequestError } from '../../storage/graph/errors';
import { explainError } from './error-explanation';

const appendFailed = (status: number, code: string) => new AppendFailedError({ written: [], alreadyPresent: [] }, [{ ackKey: 'k1', error: { status, code, message: 'm', isTransient: status >= 500 } }]);

describe('explainError', () => {
  it.each([
    ['a 403 from the server', new ApiRequestError(403, 'forbidden', 'Only programme coordinators record indicators.'), 'forbidden'],
    ['a 500 from the server', apiRequestError(500, { error: { code: 'internalError', message: 'Something went wrong on the server.' } }), 'serverFailed'],
    ['a 503 without a body', apiRequestError(503, undefined), 'serverFailed'],
    ['a 400 the server did not accept', new ApiRequestError(400, 'invalidRequest', 'The body is not an attachment of criteria to a meeting: x'), 'refused'],
    ['a 401', new ApiRequestError(401, 'unauthorized', 'The token has expired.'), 'signIn'],
    ['the server naming a team it does not know (403 noTeam)', new ApiRequestError(403, 'noTeam', 'The figures are per team'), 'forbidden'],
    ['fetch without an answer (Chrome)', new TypeError('Failed to fetch'), 'offline'],
    ['fetch without an answer (Firefox)', new TypeError('NetworkError when attempting to fetch resource.'), 'offline'],
    ['Graph without an answer', new GraphRequestError(0, 'networkError', 'connection reset'), 'offline'],
    ['Graph throttling', new GraphRequestError(429, 'activityLimitReached', 'slow down'), 'serverFailed'],
    ['Graph refusing access', new GraphRequestError(403, 'accessDenied', 'Access denied'), 'forbidden'],
    ['a request that took too long', new DOMException('The operation timed out.', 'TimeoutError'), 'timeout'],
    ['the queue finding no answer', appendFailed(0, 'noAnswer'), 'offline'],
    ['the list being unavailable', appendFailed(503, 'serviceNotAvailable'), 'serverFailed'],
    ['an acknowledgement the store refuses', new InvalidAcknowledgementError([{ ackKey: 'k', field: 'reason', message: 'too long' }]), 'refused'],
    ['a host error with no status', new Error('Outlook refused the request'), 'unknown'],
    ['a plain message', 'the worker stopped', 'unknown'],
  ])('%s', (_, error, kind) => {
    expect(explainError(error).kind).toBe(kind);
  });

  it('keeps the raw message only as the detail, for the administrator line', () => {
    expect(explainError(new ApiRequestError(403, 'forbidden', 'Only programme coordinators record indicators.'))).toEqual({
      kind: 'forbidden',
      key: 'error.forbidden',
      detail: 'Only programme coordinators record indicators.',
    });
    expect(explainError('the worker stopped').detail).toBe('the worker stopped');
  });
});
