import { errorFromResponse } from './errors';

describe('errorFromResponse', () => {
  it('tells an administrator to provision when SharePoint refuses a column the list lacks', () => {
    const error = errorFromResponse(400, { error: { code: 'invalidRequest', message: "Field 'Towns' is not recognized" } }, {});
    expect([error.status, error.code]).toEqual([400, 'invalidRequest']);
    expect(error.message).toBe("Field 'Towns' is not recognized: the list lacks a column this version of the app writes; run `circular-choices lists provision` to add it (it changes nothing else)");
  });

  it('passes other refusals on as Graph worded them', () => {
    expect(errorFromResponse(400, { error: { code: 'invalidRequest', message: 'Invalid request' } }, {}).message).toBe('Invalid request');
    expect(errorFromResponse(404, { error: { code: 'itemNotFound', message: "Field 'X' is not recognized" } }, {}).message).toBe("Field 'X' is not recognized");
    expect(errorFromResponse(500, {}, {}).message).toBe('Graph answered 500');
  });
});
