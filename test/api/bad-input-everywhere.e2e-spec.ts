import { smallScenario } from './support/fixtures';
import { TestApp, startTestApp } from './support/test-app';

/**
 * Every operation of the OpenAPI document, fed bad input: broken JSON, bodies of the wrong type,
 * each property of its body as null, a NUL string, a huge or a negative number, a list or an
 * object; path parameters that name nothing or hold a NUL; query fields with a NUL. No answer
 * may be a 5xx, no bad input may be accepted (2xx) or turned away unread (401/403: the requests
 * are a manager's), and every list reads the same afterwards.
 */

interface Operation {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  parameters: Array<{ name: string; in: 'path' | 'query' }>;
  /** Top-level properties of the JSON body, when the operation takes one. */
  bodyProperties: string[] | null;
}

/** Answers that stream (server-sent events) are read elsewhere. */
const STREAMING = new Set(['/api/jobs/{id}/events']);

/** Each property's bad values: none of them fits any field of the API. */
const BAD_VALUES: unknown[] = [null, 'nul\u0000byte', 1e300, -1e300, 2 ** 31, [], { unexpected: true }];

/** Lists whose contents bad input must leave as they were (the scenario export covers the setup and its history). */
const LISTS = ['/api/users', '/api/scenario/export', '/api/jobs', '/api/forecasts', '/api/plans', '/api/simulations', '/api/rotas', '/api/rotas/pins', '/api/scenarios', '/api/comparisons', '/api/refresh/runs'];

describe('bad input on every operation', () => {
  let t: TestApp;
  let operations: Operation[];
  let before: Record<string, unknown>;

  const readLists = async () => Object.fromEntries(await Promise.all(LISTS.map(async (path) => [path, (await t.http().get(path).expect(200)).body])));

  beforeAll(async () => {
    t = await startTestApp();
    await t.http().post('/api/scenario/import').send(smallScenario()).expect(200);
    const document = (await t.http().get('/api/docs-json').expect(200)).body;
    operations = readOperations(document);
    before = await readLists();
  });
  afterAll(async () => {
    await t.close();
  });

  /** Every bad request that was not refused with a 4xx and the usual error body, said in a line. */
  let misses: string[] = [];
  beforeEach(() => (misses = []));
  afterEach(() => expect(misses).toEqual([]));

  async function expectRefused(method: Operation['method'], url: string, send?: { json?: unknown; raw?: string }): Promise<void> {
    let request = t.http()[method](url);
    if (send?.raw !== undefined) request = request.set('Content-Type', 'application/json').send(send.raw);
    else if (send && 'json' in send) request = request.set('Content-Type', 'application/json').send(JSON.stringify(send.json));
    const response = await request;
    const what = `${method.toUpperCase()} ${url} ${send ? JSON.stringify(send.json ?? send.raw)?.slice(0, 80) : ''}`;
    // signed in as a manager: a 401 or 403 would mean the input was never looked at
    const refused =
      response.status >= 400 && response.status < 500 && ![401, 403].includes(response.status) && response.body?.statusCode === response.status && typeof response.body?.message === 'string';
    if (!refused) misses.push(`${what} → ${response.status} ${response.text.slice(0, 160)}`);
  }

  /** The path with every parameter set to `value`, and no query. */
  const urlWith = (operation: Operation, value: string) => operation.path.replace(/\{[^}]+\}/g, encodeURIComponent(value));

  it('reads the whole document: every operation is tried', () => {
    expect(operations.length).toBeGreaterThan(80);
    expect(operations.filter((operation) => operation.bodyProperties).length).toBeGreaterThan(20);
  });

  it('refuses broken JSON and bodies of the wrong type', async () => {
    for (const operation of operations.filter((candidate) => candidate.bodyProperties)) {
      const url = urlWith(operation, 'does-not-exist');
      await expectRefused(operation.method, url, { raw: '{"broken": ' });
      for (const json of [[], 42, 'text', null]) await expectRefused(operation.method, url, { json });
    }
  });

  it('refuses each body property set to a value no field takes', async () => {
    for (const operation of operations.filter((candidate) => candidate.bodyProperties?.length)) {
      const url = urlWith(operation, 'does-not-exist');
      for (const property of operation.bodyProperties!) {
        for (const value of BAD_VALUES) await expectRefused(operation.method, url, { json: { [property]: value } });
      }
    }
  });

  it('refuses path parameters that name nothing or hold a NUL character', async () => {
    for (const operation of operations.filter((candidate) => candidate.parameters.some((parameter) => parameter.in === 'path') && !STREAMING.has(candidate.path))) {
      const body = operation.bodyProperties ? { json: {} } : undefined;
      await expectRefused(operation.method, urlWith(operation, 'does-not-exist'), body);
      await expectRefused(operation.method, urlWith(operation, 'bad\u0000id'), body);
    }
  });

  it('refuses query fields holding a NUL character', async () => {
    for (const operation of operations.filter((candidate) => candidate.parameters.some((parameter) => parameter.in === 'query') && !STREAMING.has(candidate.path))) {
      const query = operation.parameters
        .filter((parameter) => parameter.in === 'query')
        .map((parameter) => `${encodeURIComponent(parameter.name)}=${encodeURIComponent('x\u0000')}`)
        .join('&');
      const body = operation.method === 'post' || operation.method === 'put' ? { raw: '{}' } : undefined;
      await expectRefused(operation.method, `${urlWith(operation, 'does-not-exist')}?${query}`, body);
    }
  });

  it('leaves every list as it was', async () => {
    expect(await readLists()).toEqual(before);
  });
});

function readOperations(document: { paths: Record<string, Record<string, any>>; components?: { schemas?: Record<string, any> } }): Operation[] {
  const schemas = document.components?.schemas ?? {};
  const resolve = (schema: any): any => (schema?.$ref ? schemas[String(schema.$ref).split('/').pop()!] : schema);
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, spec]) => {
      const json = spec.requestBody?.content?.['application/json']?.schema;
      const body = json ? resolve(json) : null;
      return {
        method: method as Operation['method'],
        path,
        parameters: (spec.parameters ?? []).map((parameter: any) => ({ name: parameter.name, in: parameter.in })),
        bodyProperties: body ? Object.keys(body.properties ?? {}) : null,
      };
    }),
  );
}
