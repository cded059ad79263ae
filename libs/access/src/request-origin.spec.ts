import { isOwnOrigin } from './request-origin';

describe('isOwnOrigin', () => {
  const host = '127.0.0.1:3000';

  it('accepts an Origin naming the host the request went to', () => {
    expect(isOwnOrigin({ origin: 'http://127.0.0.1:3000', host }, [])).toBe(true);
    expect(isOwnOrigin({ origin: 'https://WFM.example.com', host: 'wfm.example.com' }, [])).toBe(true);
  });

  it('refuses another port, host or scheme-less junk', () => {
    expect(isOwnOrigin({ origin: 'http://127.0.0.1:8080', host }, [])).toBe(false);
    expect(isOwnOrigin({ origin: 'http://evil.example', host }, [])).toBe(false);
    expect(isOwnOrigin({ origin: 'null', host }, [])).toBe(false);
    expect(isOwnOrigin({ origin: 'not a url', host }, [])).toBe(false);
  });

  it('falls back to the Referer only when there is no Origin', () => {
    expect(isOwnOrigin({ referer: 'http://127.0.0.1:3000/plan?weeks=1', host }, [])).toBe(true);
    expect(isOwnOrigin({ origin: 'http://evil.example', referer: 'http://127.0.0.1:3000/', host }, [])).toBe(false);
  });

  it('refuses a write that names no origin at all', () => {
    expect(isOwnOrigin({ host }, [])).toBe(false);
  });

  it('accepts an origin the operator trusts (a reverse proxy in front)', () => {
    expect(isOwnOrigin({ origin: 'https://wfm.example.com', host: '10.0.0.5:3000' }, ['https://wfm.example.com'])).toBe(true);
    expect(isOwnOrigin({ origin: 'https://other.example.com', host: '10.0.0.5:3000' }, ['https://wfm.example.com'])).toBe(false);
  });
});
