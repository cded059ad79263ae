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

  it('serves the OpenAPI document with every route', async () => {
    const response = await t.http().get('/api/docs-json').expect(200);
    expect(response.body.info.title).toBe('followsun API');
    const routes = Object.entries(response.body.paths as Record<string, object>).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const crud = (base: string, id: string) => [`GET ${base}`, `POST ${base}`, `GET ${base}/{${id}}`, `PUT ${base}/{${id}}`, `DELETE ${base}/{${id}}`];
    expect(routes.sort()).toEqual(
      [
        'GET /api/health',
        'GET /api/organisation',
        'PUT /api/organisation',
        ...crud('/api/marketplaces', 'id'),
        ...crud('/api/sites', 'id'),
        ...crud('/api/shift-templates', 'id'),
        ...crud('/api/agents', 'id'),
        ...crud('/api/events', 'id'),
        ...crud('/api/currency-rates', 'currency'),
        'GET /api/presets',
        'POST /api/history/import',
        'GET /api/history/summary',
        'GET /api/history',
        'DELETE /api/history',
        'GET /api/scenario/export',
        'POST /api/scenario/import',
        'GET /api/jobs',
        'GET /api/jobs/{id}',
        'GET /api/jobs/{id}/events',
        'POST /api/jobs/{id}/cancel',
        'POST /api/forecasts',
        'GET /api/forecasts',
        'GET /api/forecasts/latest',
        'GET /api/forecasts/{id}',
        'GET /api/forecasts/{id}/series',
        'GET /api/forecasts/{id}/backtest',
        'POST /api/plans',
        'GET /api/plans',
        'GET /api/plans/windows',
        'GET /api/plans/{id}',
        'DELETE /api/plans/{id}',
        'GET /api/plans/{id}/shifts',
        'GET /api/plans/{id}/coverage',
        'GET /api/plans/{id}/file',
        'GET /api/plans/{id}/promises',
        'POST /api/simulations',
        'GET /api/simulations',
        'GET /api/simulations/{id}',
        'POST /api/rotas',
        'GET /api/rotas',
        'GET /api/rotas/holiday-duty',
        'GET /api/rotas/{id}',
        'GET /api/rotas/{id}/fairness',
        'GET /api/rotas/{id}/holidays',
        'POST /api/rotas/{id}/rerun',
        'POST /api/rotas/{id}/publish',
        'GET /api/rotas/{id}/export.csv',
        'GET /api/rotas/{id}/agents/{agentId}.ics',
        'GET /api/rotas/{id}/sites/{siteId}.ics',
        'GET /api/rotas/pins',
        'POST /api/rotas/pins',
        'DELETE /api/rotas/pins/{id}',
        'GET /api/scenarios',
        'POST /api/scenarios',
        'GET /api/scenarios/{id}',
        'PUT /api/scenarios/{id}',
        'DELETE /api/scenarios/{id}',
        'POST /api/comparisons',
        'GET /api/comparisons',
        'GET /api/comparisons/{id}',
        'POST /api/comparisons/{id}/rerun',
        'GET /api/comparisons/{id}/export.csv',
        'POST /api/frontier',
        'POST /api/what-if',
        'GET /api/refresh',
        'POST /api/refresh/run',
        'GET /api/refresh/runs',
        'GET /api/refresh/runs/{id}',
      ].sort(),
    );
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
