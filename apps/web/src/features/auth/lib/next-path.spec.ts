import { safeNextPath, signInPath } from './next-path';

describe('signInPath', () => {
  it('keeps the wanted path, query and hash in ?next=', () => {
    expect(signInPath({ pathname: '/setup/agents', search: '?site=manila', hash: '#top' })).toBe('/sign-in?next=%2Fsetup%2Fagents%3Fsite%3Dmanila%23top');
  });

  it('needs no next for the start page', () => {
    expect(signInPath({ pathname: '/' })).toBe('/sign-in');
    expect(signInPath({ pathname: '/', search: '', hash: '' })).toBe('/sign-in');
  });

  it('never sends the sign-in page back to itself', () => {
    expect(signInPath({ pathname: '/sign-in', search: '?next=%2Fplan' })).toBe('/sign-in');
  });
});

describe('safeNextPath', () => {
  it('returns a path of this app as it is', () => {
    expect(safeNextPath('/rota?x=1')).toBe('/rota?x=1');
    expect(safeNextPath(decodeURIComponent('%2Fsetup%2Fagents'))).toBe('/setup/agents');
  });

  it('refuses other origins and odd values, falling back to the start page', () => {
    for (const next of [null, undefined, '', 'https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', 'plan']) {
      expect(safeNextPath(next)).toBe('/');
    }
  });

  it('refuses the sign-in page itself', () => {
    expect(safeNextPath('/sign-in')).toBe('/');
    expect(safeNextPath('/sign-in?next=%2Fplan')).toBe('/');
  });
});
