import { ApiError, toApiError, unreachableApiError } from './api-error';

describe('toApiError', () => {
  it('keeps the message and the CSV issues of a rejected history import', () => {
    const error = toApiError(400, 'Bad Request', {
      statusCode: 400,
      error: 'Bad Request',
      message: 'history CSV rejected: 1 bad row',
      issues: [{ row: 3, field: 'marketplace', message: 'unknown marketplace "amazon-xx"' }],
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.error).toBe('Bad Request');
    expect(error.message).toBe('history CSV rejected: 1 bad row');
    expect(error.issues).toEqual([{ row: 3, field: 'marketplace', message: 'unknown marketplace "amazon-xx"' }]);
    expect(error.isValidation).toBe(true);
  });

  it('turns a path given as an array into a dotted path', () => {
    const error = toApiError(400, 'Bad Request', { message: 'invalid', issues: [{ path: ['sites', 1, 'timeZone'], message: 'unknown zone' }] });
    expect(error.issues).toEqual([{ path: 'sites.1.timeZone', message: 'unknown zone' }]);
  });

  it('reads Nest validation-pipe messages: the first word (after class-validator prefixes) is the property path', () => {
    const error = toApiError(400, 'Bad Request', {
      statusCode: 400,
      error: 'Bad Request',
      message: ['name should not be empty', 'classes.0.share must not be less than 0', 'each value in languages must be a string', 'Shares must add up to 1'],
    });
    expect(error.message).toBe('4 values need fixing.');
    expect(error.issues).toEqual([
      { path: 'name', message: 'name should not be empty' },
      { path: 'classes.0.share', message: 'classes.0.share must not be less than 0' },
      { path: 'languages', message: 'each value in languages must be a string' },
      { message: 'Shares must add up to 1' },
    ]);
  });

  it('uses the only validation message as the message', () => {
    expect(toApiError(400, 'Bad Request', { message: ['timeZone must be an IANA zone'] }).message).toBe('timeZone must be an IANA zone');
  });

  it('explains a body that is not the API error shape', () => {
    expect(toApiError(502, 'Bad Gateway', '<html>proxy error</html>').message).toBe('The API answered 502 Bad Gateway.');
    expect(toApiError(500, '', undefined).message).toBe('The API answered 500 HTTP 500.');
    expect(toApiError(503, 'Service Unavailable', 'database is starting').message).toBe('database is starting');
  });

  it('drops issues without a message instead of showing empty lines', () => {
    const error = toApiError(400, 'Bad Request', { message: 'x', issues: [{ path: 'a' }, 'b must be set', null] });
    expect(error.issues).toEqual([{ path: 'b', message: 'b must be set' }]);
  });
});

describe('unreachableApiError', () => {
  it('has status 0 and tells the user to start the server', () => {
    const error = unreachableApiError(new TypeError('Failed to fetch'));
    expect(error.status).toBe(0);
    expect(error.message).toBe('Cannot reach the followsun API (Failed to fetch). Check that the server is running (npm start) and reload.');
  });
});
