import type { Role } from '@app/access';
import { startTestApp, TestApp } from './support/test-app';

// Who may call each operation, written out by hand from docs/access.md (not read from the
// decorators): the test fails when a route's rule and the documented roles part ways, and when
// a route is added without a line here.
const MANAGER: Role[] = ['manager'];
const MANAGER_FINANCE: Role[] = ['manager', 'finance'];
const MANAGER_LEAD: Role[] = ['manager', 'lead'];
const PLANNERS: Role[] = ['manager', 'finance', 'lead'];
const EVERYONE: Role[] = ['manager', 'finance', 'lead', 'viewer'];
type Allowed = Role[] | 'public';

const SETUP_COLLECTIONS = ['marketplaces', 'sites', 'shift-templates', 'agents', 'events'];

const MATRIX: Record<string, Allowed> = {
  'GET /api/health': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': EVERYONE,
  'GET /api/auth/me': EVERYONE,
  'PUT /api/auth/password': EVERYONE,
  'GET /api/users': MANAGER,
  'POST /api/users': MANAGER,
  'PUT /api/users/{id}': MANAGER,
  'DELETE /api/users/{id}': MANAGER,
  'GET /api/organisation': PLANNERS,
  'PUT /api/organisation': MANAGER,
  ...Object.fromEntries(
    SETUP_COLLECTIONS.flatMap((collection) => [
      [`GET /api/${collection}`, PLANNERS],
      [`POST /api/${collection}`, MANAGER],
      [`GET /api/${collection}/{id}`, PLANNERS],
      [`PUT /api/${collection}/{id}`, MANAGER],
      [`DELETE /api/${collection}/{id}`, MANAGER],
    ]),
  ),
  'GET /api/currency-rates': PLANNERS,
  'POST /api/currency-rates': MANAGER,
  'GET /api/currency-rates/{currency}': PLANNERS,
  'PUT /api/currency-rates/{currency}': MANAGER,
  'DELETE /api/currency-rates/{currency}': MANAGER,
  'GET /api/presets': PLANNERS,
  'POST /api/history/import': MANAGER,
  'GET /api/history/summary': PLANNERS,
  'GET /api/history': PLANNERS,
  'DELETE /api/history': MANAGER,
  'GET /api/scenario/export': MANAGER_FINANCE,
  'POST /api/scenario/import': MANAGER,
  'GET /api/jobs': PLANNERS,
  'GET /api/jobs/{id}': PLANNERS,
  'GET /api/jobs/{id}/events': PLANNERS,
  'POST /api/jobs/{id}/cancel': PLANNERS,
  'POST /api/forecasts': PLANNERS,
  'GET /api/forecasts': PLANNERS,
  'GET /api/forecasts/latest': PLANNERS,
  'GET /api/forecasts/{id}': PLANNERS,
  'GET /api/forecasts/{id}/series': PLANNERS,
  'GET /api/forecasts/{id}/backtest': PLANNERS,
  'POST /api/plans': PLANNERS,
  'GET /api/plans': PLANNERS,
  'GET /api/plans/windows': PLANNERS,
  'GET /api/plans/{id}': PLANNERS,
  'DELETE /api/plans/{id}': MANAGER,
  'GET /api/plans/{id}/shifts': PLANNERS,
  'GET /api/plans/{id}/coverage': EVERYONE,
  'GET /api/plans/{id}/file': PLANNERS,
  'GET /api/plans/{id}/promises': PLANNERS,
  'POST /api/simulations': PLANNERS,
  'GET /api/simulations': PLANNERS,
  'GET /api/simulations/{id}': PLANNERS,
  'GET /api/rotas/pins': PLANNERS,
  'POST /api/rotas/pins': MANAGER_LEAD,
  'DELETE /api/rotas/pins/{id}': MANAGER_LEAD,
  'POST /api/rotas': MANAGER_LEAD,
  'GET /api/rotas': EVERYONE,
  'GET /api/rotas/holiday-duty': PLANNERS,
  'GET /api/rotas/{id}': EVERYONE,
  'GET /api/rotas/{id}/fairness': EVERYONE,
  'GET /api/rotas/{id}/holidays': PLANNERS,
  'POST /api/rotas/{id}/rerun': MANAGER_LEAD,
  'POST /api/rotas/{id}/publish': MANAGER_LEAD,
  'GET /api/rotas/{id}/export.csv': EVERYONE,
  'GET /api/rotas/{id}/agents/{agentId}.ics': EVERYONE,
  'GET /api/rotas/{id}/sites/{siteId}.ics': EVERYONE,
  'GET /api/scenarios': PLANNERS,
  'POST /api/scenarios': PLANNERS,
  'GET /api/scenarios/{id}': PLANNERS,
  'PUT /api/scenarios/{id}': PLANNERS,
  'DELETE /api/scenarios/{id}': PLANNERS,
  'POST /api/comparisons': PLANNERS,
  'GET /api/comparisons': PLANNERS,
  'GET /api/comparisons/{id}': PLANNERS,
  'POST /api/comparisons/{id}/rerun': PLANNERS,
  'GET /api/comparisons/{id}/export.csv': PLANNERS,
  'POST /api/frontier': PLANNERS,
  'POST /api/what-if': PLANNERS,
  'GET /api/refresh': PLANNERS,
  'POST /api/refresh/run': MANAGER,
  'GET /api/refresh/runs': PLANNERS,
  'GET /api/refresh/runs/{id}': PLANNERS,
  'POST /api/actuals/import': MANAGER_LEAD,
  'GET /api/actuals/summary': PLANNERS,
  'GET /api/actuals/layouts': PLANNERS,
  'GET /api/monitor': PLANNERS,
  'GET /api/monitor/reports': PLANNERS,
  'GET /api/monitor/reports/{id}': PLANNERS,
  'POST /api/monitor/replan': PLANNERS,
  'POST /api/monitor/replan/accept': MANAGER_LEAD,
};

// The sign-out ends the caller's session; it runs last so the other rows keep it.
const LAST = 'POST /api/auth/logout';

describe('who may call what: every operation × every role', () => {
  let api: TestApp;
  let operations: string[];

  beforeAll(async () => {
    // An empty organisation: allowed calls answer 400/404/409 or start nothing that lasts, denied ones never reach a service.
    api = await startTestApp();
    const document = (await api.anonymous().get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
  }, 60_000);

  afterAll(() => api.close());

  it('has a row for every operation of the OpenAPI document, and no row for one that is gone', () => {
    expect([...operations].sort()).toEqual(Object.keys(MATRIX).sort());
  });

  const rows = Object.entries(MATRIX).sort(([a], [b]) => Number(a === LAST) - Number(b === LAST));

  it.each(rows)('%s', async (operation, allowed) => {
    const [method, template] = operation.split(' ');
    const path = template.replace(/\{[^}]+\}/g, 'no-such-id');
    const send = async (client: Awaited<ReturnType<TestApp['as']>>) => {
      const call = client[method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'](path);
      return method === 'GET' || method === 'DELETE' ? call : call.send({});
    };

    const anonymous = await send(api.anonymous());
    if (allowed === 'public') {
      expect([401, 403]).not.toContain(anonymous.status);
      return;
    }
    expect({ status: anonymous.status, message: anonymous.body.message }).toEqual({ status: 401, message: expect.stringContaining('Sign in first') });

    const outcomes: Record<string, number> = {};
    const expected: Record<string, number | 'allowed'> = {};
    for (const role of ['finance', 'lead', 'viewer', 'manager'] as Role[]) {
      const response = await send(await api.as(role));
      outcomes[role] = [401, 403].includes(response.status) ? response.status : 0;
      expected[role] = allowed.includes(role) ? 0 : 403;
      if (expected[role] === 403) expect(response.body.message).toMatch(new RegExp(`^An? ${role} cannot do this; it needs the .+ permission\\.$`));
    }
    // 0 = allowed (any answer but 401/403).
    expect(outcomes).toEqual(expected);
  });
});
