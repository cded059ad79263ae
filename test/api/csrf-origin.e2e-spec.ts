import type { AddressInfo } from 'net';
import request from 'supertest';
import { smallScenario } from './support/fixtures';
import { TEST_MANAGER, TestApp, startTestApp } from './support/test-app';

// The attack of the audit: a page on another origin POSTs a text/csv "simple request" (no
// preflight) to the history import, and the signed-in browser attaches its cookie.
const CSV = 'hour_start,marketplace,count\n2026-02-23T05:00:00Z,amazon-us,4242\n';

describe('cookie writes from another site are refused', () => {
  let t: TestApp;
  let origin: string;
  let cookie: string;
  const server = () => request(origin);
  const total = async () => ((await t.http().get('/api/history/summary').expect(200)).body as Array<{ total: number }>)[0].total;

  beforeAll(async () => {
    t = await startTestApp({ auth: { trustedOrigins: ['https://wfm.example.com'] } });
    await t.app.listen(0, '127.0.0.1');
    origin = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    await t.http().post('/api/scenario/import').send(smallScenario()).expect(200);
    const { token } = (await server().post('/api/auth/login').send(TEST_MANAGER).expect(200)).body;
    cookie = `followsun_session=${token}`;
  });
  afterAll(() => t.close());

  it('a text/csv POST with the cookie from another origin is refused and writes nothing', async () => {
    const before = await total();
    const response = await server().post('/api/history/import').set('Cookie', cookie).set('Origin', 'http://evil.example').set('Content-Type', 'text/csv').send(CSV).expect(403);
    expect(response.body.message).toMatch(/must come from followsun's own pages/);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(await total()).toBe(before);
  });

  it('so is a cookie write from the same host on another port, one with no Origin or Referer, and a DELETE', async () => {
    const before = await total();
    const otherPort = origin.replace(/:(\d+)$/, (_match, port) => `:${Number(port) + 1}`);
    await server().post('/api/history/import').set('Cookie', cookie).set('Origin', otherPort).set('Content-Type', 'text/csv').send(CSV).expect(403);
    await server().post('/api/history/import').set('Cookie', cookie).set('Content-Type', 'text/csv').send(CSV).expect(403);
    await server().delete('/api/history').set('Cookie', cookie).set('Origin', 'http://evil.example').expect(403);
    expect(await total()).toBe(before);
  });

  it("takes the app's own pages: Origin of the host, or only a Referer of it, or a trusted origin", async () => {
    await server().post('/api/history/import').set('Cookie', cookie).set('Origin', origin).set('Content-Type', 'text/csv').send(CSV).expect(200);
    await server().post('/api/history/import').set('Cookie', cookie).set('Referer', `${origin}/setup/history`).set('Content-Type', 'text/csv').send(CSV).expect(200);
    await server().post('/api/history/import').set('Cookie', cookie).set('Origin', 'https://wfm.example.com').set('Content-Type', 'text/csv').send(CSV).expect(200);
  });

  it('checks no origin for reads or bearer tokens (browsers never attach a token on their own)', async () => {
    const read = await server().get('/api/history/summary').set('Cookie', cookie).set('Origin', 'http://evil.example').expect(200);
    expect(read.headers['access-control-allow-origin']).toBeUndefined();
    await server().post('/api/history/import').set('Authorization', `Bearer ${t.managerToken}`).set('Origin', 'http://evil.example').set('Content-Type', 'text/csv').send(CSV).expect(200);
  });

  it('a sign-in from another site is refused (it would sign the browser into their account); scripts send no Origin', async () => {
    const refused = await server().post('/api/auth/login').set('Origin', 'http://evil.example').send(TEST_MANAGER).expect(403);
    expect(refused.headers['set-cookie']).toBeUndefined();
    await server().post('/api/auth/login').set('Origin', origin).send(TEST_MANAGER).expect(200);
  });

  it('sign-out with the cookie needs the own origin', async () => {
    const { token } = (await server().post('/api/auth/login').send(TEST_MANAGER).expect(200)).body;
    await server().post('/api/auth/logout').set('Cookie', `followsun_session=${token}`).set('Origin', 'http://evil.example').expect(403);
    await server().post('/api/auth/logout').set('Cookie', `followsun_session=${token}`).set('Origin', origin).expect(204);
  });
});
