import { TestApp, startTestApp } from './support/test-app';
import { agent, calendarEvent, cnyRate, marketplace, organisation, shiftTemplate, site } from './support/fixtures';

interface EntityCase {
  name: string;
  route: string;
  id: string;
  body: object;
  /** The same entity with some fields changed (PUT). */
  changed: object;
}

// In dependency order: rates before sites, sites before templates and agents, marketplaces before events.
const entities: EntityCase[] = [
  { name: 'currency rate', route: '/api/currency-rates', id: 'CNY', body: cnyRate, changed: { ...cnyRate, toReporting: 0.138 } },
  {
    name: 'site',
    route: '/api/sites',
    id: 'shenzhen',
    body: site(),
    changed: site({ hourlyCost: 52.5, occupancy: 0.85, languages: ['zh'], overtime: { multiplier: 2, maxHoursPerAgentPerWeek: 6 } }),
  },
  {
    name: 'marketplace',
    route: '/api/marketplaces',
    id: 'amazon-us',
    body: marketplace(),
    changed: marketplace({
      replyClock: { kind: 'business', days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00', holidaysStopClock: true },
      classes: [
        { id: 'chat', name: 'Live chat', share: 0.2, replyDeadlineHours: 0.1, handleMinutes: 4, realTime: { serviceLevel: 0.8, answerWithinSeconds: 60 } },
        { id: 'standard', name: 'Standard', share: 0.8, replyDeadlineHours: 24, handleMinutes: 5 },
      ],
      waitTarget: { costPerWaitingHour: 0.5 },
    }),
  },
  { name: 'shift template', route: '/api/shift-templates', id: 'sz-night', body: shiftTemplate(), changed: shiftTemplate({ startTimes: ['20:00'], days: [6, 7] }) },
  {
    name: 'agent',
    route: '/api/agents',
    id: 'li-wei',
    body: agent(),
    changed: agent({ contractHoursPerWeek: 32, timeOff: [], payBasis: 'hourly', hourlyRate: 48, maxDaysPerWeek: 4, shiftTemplateIds: ['sz-night'] }),
  },
  {
    name: 'event',
    route: '/api/events',
    id: 'prime-day',
    body: calendarEvent(),
    changed: calendarEvent({ kind: 'holiday', siteIds: ['shenzhen'], availabilityCap: 0.2 }),
  },
];

describe('CRUD over HTTP for every entity', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  describe('organisation', () => {
    it('404s before one exists, then is created and replaced by PUT', async () => {
      const missing = await t.http().get('/api/organisation').expect(404);
      expect(missing.body.message).toMatch(/no organisation yet/);

      await t.http().put('/api/organisation').send(organisation).expect(200, organisation);
      const horizon = { start: '2026-03-02', weeks: 4, mode: 'dated' };
      await t.http().put('/api/organisation').send({ ...organisation, horizon }).expect(200, { ...organisation, horizon });
      await t.http().get('/api/organisation').expect(200, { ...organisation, horizon });
    });

    it('rejects an unknown currency code with the field named', async () => {
      const response = await t.http().put('/api/organisation').send({ ...organisation, reportingCurrency: 'dollars' }).expect(400);
      expect(response.body.issues).toEqual([expect.objectContaining({ path: '/reportingCurrency' })]);
      const unchanged = await t.http().get('/api/organisation').expect(200);
      expect(unchanged.body.reportingCurrency).toBe('USD');
    });
  });

  describe.each(entities)('$name', ({ name, route, id, body, changed }) => {
    it('is created (201) and read back as sent', async () => {
      await t.http().post(route).send(body).expect(201, body);
      await t.http().get(`${route}/${id}`).expect(200, body);
    });

    it('is listed', async () => {
      const response = await t.http().get(route).expect(200);
      expect(response.body).toEqual([body]);
    });

    it('refuses a second one with the same id (409)', async () => {
      const response = await t.http().post(route).send(body).expect(409);
      expect(response.body.message).toBe(`${name} "${id}" already exists; use PUT ${route}/${id} to change it`);
    });

    it('is replaced by PUT', async () => {
      await t.http().put(`${route}/${id}`).send(changed).expect(200, changed);
      await t.http().get(`${route}/${id}`).expect(200, changed);
    });

    it('answers 404 naming an unknown id', async () => {
      const key = name === 'currency rate' ? 'currency' : 'id';
      const unknown = name === 'currency rate' ? 'XYZ' : 'nope';
      const response = await t.http().get(`${route}/${unknown}`).expect(404);
      expect(response.body).toEqual({ statusCode: 404, error: 'Not Found', message: `${name} "${unknown}" not found` });
      await t.http().put(`${route}/${unknown}`).send({ ...changed, [key]: unknown }).expect(404);
      await t.http().delete(`${route}/${unknown}`).expect(404);
    });

    it('refuses to rename through PUT', async () => {
      const key = name === 'currency rate' ? 'currency' : 'id';
      const response = await t.http().put(`${route}/${id}`).send({ ...changed, [key]: 'other' }).expect(400);
      expect(response.body.issues).toEqual([{ path: `/${key}`, message: `"other" does not match "${id}" in the URL (ids cannot be renamed)` }]);
    });

    it('rejects unknown fields', async () => {
      const response = await t.http().post(route).send({ ...body, colour: 'blue' }).expect(400);
      expect(response.body.issues).toEqual([{ path: '/colour', message: 'property colour should not exist' }]);
    });
  });

  describe('references between entities', () => {
    it('refuses a shift template at an unknown site, naming the field', async () => {
      const response = await t.http().post('/api/shift-templates').send(shiftTemplate({ id: 'x', siteId: 'atlantis' })).expect(400);
      expect(response.body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: 'shift template is invalid: /siteId: Shift template "x" refers to site "atlantis", which does not exist.',
        issues: [{ path: '/siteId', message: 'Shift template "x" refers to site "atlantis", which does not exist.' }],
      });
    });

    it('refuses an agent at an unknown site', async () => {
      const response = await t.http().post('/api/agents').send(agent({ id: 'x', siteId: 'atlantis' })).expect(400);
      expect(response.body.issues).toEqual([{ path: '/siteId', message: 'Agent "x" works at site "atlantis", which does not exist.' }]);
    });

    it('keeps an agent\'s pay terms, and leaves absent ones absent', async () => {
      const terms = { payBasis: 'salaried' as const, hourlyRate: 55.5, maxDaysPerWeek: 6, shiftTemplateIds: ['sz-night'] };
      await t.http().post('/api/agents').send(agent({ id: 'wang-fang', ...terms })).expect(201, agent({ id: 'wang-fang', ...terms }));
      await t.http().get('/api/agents/wang-fang').expect(200, agent({ id: 'wang-fang', ...terms }));
      await t.http().put('/api/agents/wang-fang').send(agent({ id: 'wang-fang' })).expect(200);
      const read = await t.http().get('/api/agents/wang-fang').expect(200);
      expect(Object.keys(read.body)).toEqual(['id', 'name', 'siteId', 'languages', 'contractHoursPerWeek', 'maxConsecutiveDays', 'timeOff']);
      await t.http().delete('/api/agents/wang-fang').expect(204);
    });

    it('refuses pay terms out of range, naming each field', async () => {
      const response = await t
        .http()
        .post('/api/agents')
        .send(agent({ id: 'x', payBasis: 'weekly' as 'hourly', hourlyRate: 0, maxDaysPerWeek: 8 }))
        .expect(400);
      expect(response.body.issues).toEqual([
        { path: '/payBasis', message: 'In agent "x", payBasis must be one of "salaried", "hourly", not "weekly".' },
        { path: '/hourlyRate', message: 'In agent "x", hourlyRate must be greater than 0, not 0.' },
        { path: '/maxDaysPerWeek', message: 'In agent "x", maxDaysPerWeek must be at most 7, not 8.' },
      ]);
      const overtime = await t.http().put('/api/sites/shenzhen').send(site({ overtime: { multiplier: 0.5, maxHoursPerAgentPerWeek: -2 } })).expect(400);
      expect(overtime.body.issues).toEqual([
        { path: '/overtime/multiplier', message: 'In site "shenzhen", overtime.multiplier must be at least 1, not 0.5.' },
        { path: '/overtime/maxHoursPerAgentPerWeek', message: 'In site "shenzhen", overtime.maxHoursPerAgentPerWeek must be at least 0, not -2.' },
      ]);
    });

    it('refuses shift templates that do not exist or belong to another site', async () => {
      await t.http().post('/api/sites').send(site({ id: 'remote-us', currency: 'USD', timeZone: 'America/Chicago', holidayCountry: 'US' })).expect(201);
      await t.http().post('/api/shift-templates').send(shiftTemplate({ id: 'us-day', siteId: 'remote-us' })).expect(201);
      const response = await t.http().post('/api/agents').send(agent({ id: 'x', shiftTemplateIds: ['sz-night', 'us-day', 'sz-day'] })).expect(400);
      expect(response.body.issues).toEqual([
        {
          path: '/shiftTemplateIds/1',
          message:
            'Agent "x" works at site "shenzhen" but may work shift template "us-day", which belongs to site "remote-us"; an agent works only templates of their own site (templates of site "shenzhen": sz-night).',
        },
        { path: '/shiftTemplateIds/2', message: 'Agent "x" may work shift template "sz-day", which does not exist (templates of site "shenzhen": sz-night).' },
      ]);
      await t.http().delete('/api/shift-templates/us-day').expect(204);
      await t.http().delete('/api/sites/remote-us').expect(204);
    });

    it('refuses to delete, or move to another site, a shift template an agent may work', async () => {
      const response = await t.http().delete('/api/shift-templates/sz-night').expect(409);
      expect(response.body.message).toBe('shift template "sz-night" is still used by agents "li-wei"; change or delete those first');
      await t.http().post('/api/sites').send(site({ id: 'remote-us', currency: 'USD', timeZone: 'America/Chicago', holidayCountry: 'US' })).expect(201);
      const moved = await t.http().put('/api/shift-templates/sz-night').send(shiftTemplate({ siteId: 'remote-us', startTimes: ['20:00'], days: [6, 7] })).expect(400);
      expect(moved.body.issues).toEqual([
        {
          path: '/siteId',
          message: 'Shift template "sz-night" cannot move to site "remote-us": agents "li-wei" of site "shenzhen" may work it; change their shift templates first.',
        },
      ]);
      await t.http().delete('/api/sites/remote-us').expect(204);
    });

    it('refuses an event naming an unknown marketplace or site', async () => {
      const response = await t
        .http()
        .post('/api/events')
        .send(calendarEvent({ id: 'x', marketplaceIds: ['amazon-us', 'amazon-fr'], siteIds: ['mars'], availabilityCap: 0.5 }))
        .expect(400);
      expect(response.body.issues).toEqual([
        { path: '/marketplaceIds/1', message: 'Event "x" refers to marketplace "amazon-fr", which does not exist.' },
        { path: '/siteIds/0', message: 'Event "x" refers to site "mars", which does not exist.' },
      ]);
    });

    it('refuses a site paid in a currency without a rate', async () => {
      const response = await t.http().post('/api/sites').send(site({ id: 'manila', currency: 'PHP', timeZone: 'Asia/Manila', holidayCountry: 'PH' })).expect(400);
      expect(response.body.issues).toEqual([{ path: '/currency', message: expect.stringContaining('no currency rate from PHP') }]);
    });

    it('refuses to delete a site still used, naming who uses it', async () => {
      const response = await t.http().delete('/api/sites/shenzhen').expect(409);
      expect(response.body.message).toBe(
        'site "shenzhen" is still used by shift templates "sz-night", agents "li-wei", events "prime-day"; change or delete those first',
      );
    });

    it('refuses to delete a marketplace an event lists, and a rate a site needs', async () => {
      const marketplaceResponse = await t.http().delete('/api/marketplaces/amazon-us').expect(409);
      expect(marketplaceResponse.body.message).toBe('marketplace "amazon-us" is still used by events "prime-day"; change or delete those first');
      const rateResponse = await t.http().delete('/api/currency-rates/CNY').expect(409);
      expect(rateResponse.body.message).toMatch(/currency rate "CNY" is still needed by sites "shenzhen"/);
    });

    it('refuses a reporting currency the sites cannot be converted to', async () => {
      const remote = site({ id: 'remote-us', currency: 'USD', timeZone: 'America/Chicago', holidayCountry: 'US' });
      await t.http().post('/api/sites').send(remote).expect(201);
      const response = await t.http().put('/api/organisation').send({ ...organisation, reportingCurrency: 'EUR' }).expect(400);
      expect(response.body.issues).toEqual([
        {
          path: '/sites/0/currency',
          message: expect.stringMatching(/^Site "remote-us" is paid in USD, but there is no currency rate from USD to the reporting currency EUR/),
        },
      ]);
      await t.http().delete('/api/sites/remote-us').expect(204);
    });
  });

  describe('delete', () => {
    // reverse dependency order, so nothing is still referenced
    it.each([...entities].reverse())('deletes the $name (204), after which it is gone', async ({ route, id }) => {
      await t.http().delete(`${route}/${id}`).expect(204, '');
      await t.http().get(`${route}/${id}`).expect(404);
      await t.http().get(route).expect(200, []);
    });
  });

  describe('concurrent writes', () => {
    it('stores every one of 20 simultaneous creations (SQLite runs them one after the other)', async () => {
      const sites = Array.from({ length: 20 }, (_, i) => site({ id: `team-${String(i).padStart(2, '0')}`, currency: 'USD', timeZone: 'America/Chicago', holidayCountry: 'US' }));
      const responses = await Promise.all(sites.map((body) => t.http().post('/api/sites').send(body)));
      expect(responses.map((response) => response.status)).toEqual(sites.map(() => 201));
      const list = await t.http().get('/api/sites').expect(200);
      expect(list.body).toEqual(sites);
    });
  });
});
