import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { BODY_LIMIT_MB } from '../../apps/api/src/common/body-limit';
import { NO_WEB_BUILD, TestApp, startTestApp } from './support/test-app';

const PACKAGE_VERSION = require('../../package.json').version as string;

describe('health, OpenAPI docs and the web UI', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('reports the database kind and the server’s own version', async () => {
    const response = await t.http().get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: { kind: t.database.kind, version: expect.any(String) }, version: PACKAGE_VERSION });
    const version: string = response.body.database.version;
    if (t.database.kind === 'sqlite') {
      // the library the sqlite3 driver is built with
      expect(version).toBe(require('sqlite3').VERSION);
    } else {
      const [row] = await t.app.get(DataSource).query('SELECT version() AS text');
      expect(version).toMatch(/^\d+\.\d+$/);
      expect(row.text).toContain(`PostgreSQL ${version}`);
    }
  });

  // Which operations exist, and who may call each, is the access-matrix test's table.
  it('serves the OpenAPI document with the sign-in schemes on every operation but the public ones', async () => {
    const response = await t.anonymous().get('/api/docs-json').expect(200);
    expect(response.body.info.title).toBe('followsun API');
    expect(response.body.components.securitySchemes).toEqual({
      bearer: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
      'session-cookie': expect.objectContaining({ type: 'apiKey', in: 'cookie', name: 'followsun_session' }),
    });
    const unsecured = Object.entries(response.body.paths as Record<string, Record<string, { security?: object[] }>>).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([, operation]) => !(operation.security ?? []).some((scheme) => 'bearer' in scheme))
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(unsecured.sort()).toEqual(['GET /api/health', 'POST /api/auth/login']);
    expect(response.body.components.schemas.MarketplaceDto.required).toEqual(
      expect.arrayContaining(['id', 'timeZone', 'replyClock', 'classes']),
    );
  });

  it('serves the Swagger UI at /api/docs', async () => {
    const response = await t.http().get('/api/docs').expect(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.text).toMatch(/swagger/i);
  });

  it('says how to build the web UI when it has not been built', async () => {
    const unbuilt = await startTestApp({ webDist: NO_WEB_BUILD });
    try {
      const response = await unbuilt.http().get('/').expect(200);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(response.text).toContain('npm run build');
      await expectBodyErrors(unbuilt);
    } finally {
      await unbuilt.close();
    }
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const response = await t.http().get('/api/nope').expect(404);
    expect(response.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Cannot GET /api/nope' });
  });

  it('serves the presets', async () => {
    const response = await t.http().get('/api/presets').expect(200);
    expect(response.body.amazon.replyClock).toEqual({ kind: 'calendar' });
  });

  describe('with a built web UI', () => {
    let web: TestApp;
    let folder: string;

    beforeAll(async () => {
      folder = mkdtempSync(join(tmpdir(), 'followsun-web-'));
      writeFileSync(join(folder, 'index.html'), '<!doctype html><title>followsun UI</title><div id="root"></div>');
      mkdirSync(join(folder, 'assets'));
      writeFileSync(join(folder, 'assets', 'app.js'), 'console.log("ui");');
      web = await startTestApp({ webDist: folder });
    });
    afterAll(async () => {
      await web.close();
      rmSync(folder, { recursive: true, force: true });
    });

    it('serves index.html at / and for client-side routes (SPA fallback)', async () => {
      for (const path of ['/', '/setup/marketplaces', '/plan/2026-03-02']) {
        const response = await web.http().get(path).expect(200);
        expect(response.text).toContain('<title>followsun UI</title>');
      }
    });

    it('serves the assets', async () => {
      const response = await web.http().get('/assets/app.js').expect(200);
      expect(response.text).toBe('console.log("ui");');
    });

    it('answers malformed and oversized bodies with 400 and 413 and the usual error body, not the fallback’s 404', async () => {
      await expectBodyErrors(web);
    });

    it('keeps /api out of the fallback', async () => {
      await web.http().get('/api/health').expect(200);
      const response = await web.http().get('/api/nope').expect(404);
      expect(response.body.message).toBe('Cannot GET /api/nope');
    });
  });
});

/** A broken JSON body, a body over the limit and a CSV over the limit: precise 4xx answers, nothing written. */
async function expectBodyErrors(app: TestApp): Promise<void> {
  const broken = await app.http().post('/api/marketplaces').set('Content-Type', 'application/json').send('{"id": "x",').expect(400);
  expect(broken.body).toEqual({ statusCode: 400, error: 'Bad Request', message: expect.stringMatching(/^The request body is not valid JSON: /) });
  const overLimit = (BODY_LIMIT_MB + 1) * 1024 * 1024;
  const oversized = '{"id":"' + 'x'.repeat(overLimit) + '"}';
  const tooLarge = await app.http().post('/api/marketplaces').set('Content-Type', 'application/json').send(oversized).expect(413);
  expect(tooLarge.body).toEqual({ statusCode: 413, error: 'Payload Too Large', message: `The request body is larger than the ${BODY_LIMIT_MB} MB limit.` });
  const csv = await app.http().post('/api/history/import').set('Content-Type', 'text/csv').send('x'.repeat(overLimit)).expect(413);
  expect(csv.body.statusCode).toBe(413);
  await app.http().get('/api/marketplaces').expect(200, []);
}
