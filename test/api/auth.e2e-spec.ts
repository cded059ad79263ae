import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import request from 'supertest';
import { UsersService } from '../../apps/api/src/auth/users.service';
import { defaultAuthConfig } from '../../apps/api/src/config/app-config';
import { createApp } from '../../apps/api/src/create-app';
import { PlanRepository } from '../../apps/api/src/plans/plan.repository';
import { streamJob } from './forecasts-job-events.fixture';
import { dayShift, shenzhenTeam, storeHandPlan } from './shenzhen-team.fixture';
import { TEST_MANAGER, TestApp, startTestApp } from './support/test-app';
import { createTestDatabase } from './support/test-database';

const login = (t: TestApp, email: string, password: string) => t.anonymous().post('/api/auth/login').send({ email, password });

describe('signing in and out', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers a token and an HttpOnly, SameSite=Lax session cookie; both open the API', async () => {
    const response = await login(t, 'Manager@FollowSun.test', TEST_MANAGER.password).expect(200);
    expect(response.body).toEqual({
      token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      expiresAt: expect.any(String),
      user: { id: expect.any(String), email: TEST_MANAGER.email, name: 'Administrator', role: 'manager' },
    });
    const hoursLeft = (Date.parse(response.body.expiresAt) - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(167.9);
    expect(hoursLeft).toBeLessThanOrEqual(168);
    const cookie = (response.headers['set-cookie'] as unknown as string[]).find((line) => line.startsWith('followsun_session='))!;
    expect(cookie).toContain(`followsun_session=${response.body.token}`);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toContain(`; Expires=${new Date(response.body.expiresAt).toUTCString()}`);

    const me = await t.anonymous().get('/api/auth/me').set('Authorization', `Bearer ${response.body.token}`).expect(200);
    expect(me.body.user.email).toBe(TEST_MANAGER.email);
    expect(me.body.permissions).toContain('users.manage');
    await t.anonymous().get('/api/sites').set('Cookie', `followsun_session=${response.body.token}`).expect(200);
  });

  it('refuses a wrong password and an unknown email in the same words', async () => {
    const wrong = await login(t, TEST_MANAGER.email, 'not-the-password').expect(401);
    const unknown = await login(t, 'nobody@followsun.test', 'not-the-password').expect(401);
    expect(wrong.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Email or password is wrong.' });
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a made-up token and says to sign in again', async () => {
    const response = await t.anonymous().get('/api/sites').set('Authorization', 'Bearer made-up').expect(401);
    expect(response.body.message).toBe('Your session has expired or was ended; sign in again.');
  });

  it('after five wrong passwords refuses the email for 15 minutes, even with the right one', async () => {
    await t.app.get(UsersService).create({ email: 'guessed@followsun.test', name: 'Guessed', role: 'viewer', password: 'the-right-password' });
    for (let attempt = 0; attempt < 5; attempt++) await login(t, 'guessed@followsun.test', `guess-${attempt}-wrong`).expect(401);
    const locked = await login(t, 'guessed@followsun.test', 'the-right-password').expect(429);
    expect(locked.body.message).toBe('Too many wrong passwords for guessed@followsun.test; try again in 15 minutes.');
    // other accounts are not held up
    await login(t, TEST_MANAGER.email, TEST_MANAGER.password).expect(200);
  });

  it('signing out ends the session: its token and cookie stop working', async () => {
    const { token } = (await login(t, TEST_MANAGER.email, TEST_MANAGER.password).expect(200)).body;
    const out = await t.anonymous().post('/api/auth/logout').set('Authorization', `Bearer ${token}`).expect(204);
    expect((out.headers['set-cookie'] as unknown as string[])[0]).toMatch(/^followsun_session=;/);
    await t.anonymous().get('/api/sites').set('Authorization', `Bearer ${token}`).expect(401);
    await t.anonymous().get('/api/sites').set('Cookie', `followsun_session=${token}`).expect(401);
  });

  it('a session ends when its hours are up', async () => {
    const short = await startTestApp({ auth: { sessionHours: 1 / 3600 } });
    try {
      const { token } = (await login(short, TEST_MANAGER.email, TEST_MANAGER.password).expect(200)).body;
      await short.anonymous().get('/api/sites').set('Authorization', `Bearer ${token}`).expect(200);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      await short.anonymous().get('/api/sites').set('Authorization', `Bearer ${token}`).expect(401);
    } finally {
      await short.close();
    }
  });
});

describe('changing a password', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(UsersService).create({ email: 'lead@example.com', name: 'Li Lei', role: 'lead', password: 'first-password' });
  });
  afterAll(() => t.close());

  it('needs the current password and a new one of ten characters, naming the field', async () => {
    const { token } = (await login(t, 'lead@example.com', 'first-password').expect(200)).body;
    const change = (body: object) => t.anonymous().put('/api/auth/password').set('Authorization', `Bearer ${token}`).send(body);
    const wrongCurrent = await change({ currentPassword: 'not-it-at-all', newPassword: 'second-password' }).expect(400);
    expect(wrongCurrent.body.issues).toEqual([{ path: '/currentPassword', message: 'is not your current password' }]);
    const short = await change({ currentPassword: 'first-password', newPassword: 'short' }).expect(400);
    expect(short.body.issues).toEqual([{ path: '/newPassword', message: 'must have at least 10 characters' }]);
    await login(t, 'lead@example.com', 'first-password').expect(200);
  });

  it('takes the new password, refuses the old one, keeps this session and ends the others', async () => {
    const here = (await login(t, 'lead@example.com', 'first-password').expect(200)).body.token;
    const elsewhere = (await login(t, 'lead@example.com', 'first-password').expect(200)).body.token;
    await t.anonymous().put('/api/auth/password').set('Authorization', `Bearer ${here}`).send({ currentPassword: 'first-password', newPassword: 'second-password' }).expect(204);
    await login(t, 'lead@example.com', 'first-password').expect(401);
    await login(t, 'lead@example.com', 'second-password').expect(200);
    await t.anonymous().get('/api/auth/me').set('Authorization', `Bearer ${here}`).expect(200);
    await t.anonymous().get('/api/auth/me').set('Authorization', `Bearer ${elsewhere}`).expect(401);
  });
});

describe('users, kept by a manager', () => {
  let t: TestApp;
  let managerId: string;

  beforeAll(async () => {
    t = await startTestApp();
    managerId = (await t.http().get('/api/auth/me').expect(200)).body.user.id;
  });
  afterAll(() => t.close());

  it('adds a user who can then sign in with the role given', async () => {
    const created = await t.http().post('/api/users').send({ email: 'Ana@Example.com', name: 'Ana', role: 'finance', password: 'ana-first-password' }).expect(201);
    expect(created.body).toEqual({ id: expect.any(String), email: 'ana@example.com', name: 'Ana', role: 'finance', createdAt: expect.any(String), updatedAt: expect.any(String) });
    expect(created.body).not.toHaveProperty('passwordHash');
    const { token } = (await login(t, 'ana@example.com', 'ana-first-password').expect(200)).body;
    const me = await t.anonymous().get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(me.body).toEqual({ user: { id: created.body.id, email: 'ana@example.com', name: 'Ana', role: 'finance' }, permissions: expect.arrayContaining(['pay.read', 'costs.read']) });
    expect(me.body.permissions).not.toContain('setup.write');
    const listed = (await t.http().get('/api/users').expect(200)).body;
    expect(listed.map((user: { email: string }) => user.email)).toEqual(['ana@example.com', TEST_MANAGER.email]);
  });

  it('refuses a second account for the same email, a short password, a blank name and an unknown role', async () => {
    const duplicate = await t.http().post('/api/users').send({ email: 'ANA@example.com', name: 'Ana again', role: 'viewer', password: 'long-enough-password' }).expect(409);
    expect(duplicate.body.message).toBe('A user with the email ana@example.com already exists.');
    const short = await t.http().post('/api/users').send({ email: 'bo@example.com', name: 'Bo', role: 'viewer', password: 'short' }).expect(400);
    expect(short.body.issues).toEqual([{ path: '/password', message: 'must have at least 10 characters' }]);
    await t.http().post('/api/users').send({ email: 'bo@example.com', name: '   ', role: 'viewer', password: 'long-enough-password' }).expect(400);
    await t.http().post('/api/users').send({ email: 'bo@example.com', name: 'Bo', role: 'admin', password: 'long-enough-password' }).expect(400);
    await t.http().post('/api/users').send({ email: 'not-an-email', name: 'Bo', role: 'viewer', password: 'long-enough-password' }).expect(400);
    expect((await t.http().get('/api/users').expect(200)).body).toHaveLength(2);
  });

  it('changes a role at once, and a password reset ends the user’s sessions', async () => {
    const bo = (await t.http().post('/api/users').send({ email: 'bo@example.com', name: 'Bo', role: 'viewer', password: 'bo-first-password' }).expect(201)).body;
    const token = (await login(t, 'bo@example.com', 'bo-first-password').expect(200)).body.token;
    await t.anonymous().get('/api/sites').set('Authorization', `Bearer ${token}`).expect(403);
    await t.http().put(`/api/users/${bo.id}`).send({ role: 'lead' }).expect(200);
    await t.anonymous().get('/api/sites').set('Authorization', `Bearer ${token}`).expect(200);
    await t.http().put(`/api/users/${bo.id}`).send({ password: 'bo-second-password' }).expect(200);
    await t.anonymous().get('/api/sites').set('Authorization', `Bearer ${token}`).expect(401);
    await login(t, 'bo@example.com', 'bo-second-password').expect(200);
  });

  it('keeps the last manager: not demoted, not removed, and nobody removes themselves', async () => {
    const demote = await t.http().put(`/api/users/${managerId}`).send({ role: 'viewer' }).expect(400);
    expect(demote.body.message).toBe('You cannot change your own role; another manager can.');
    const self = await t.http().delete(`/api/users/${managerId}`).expect(400);
    expect(self.body.message).toBe('You cannot remove yourself; another manager can.');

    const second = (await t.http().post('/api/users').send({ email: 'second@example.com', name: 'Second', role: 'manager', password: 'second-manager-pw' }).expect(201)).body;
    const secondToken = (await login(t, 'second@example.com', 'second-manager-pw').expect(200)).body.token;
    const asSecond = (method: 'put' | 'delete', path: string) => t.anonymous()[method](path).set('Authorization', `Bearer ${secondToken}`);
    // with two managers, one may demote the other; then the first is the last and stays
    await t.http().put(`/api/users/${second.id}`).send({ role: 'lead' }).expect(200);
    const last = await t.http().put(`/api/users/${second.id}`).send({ role: 'manager' }).expect(200);
    expect(last.body.role).toBe('manager');
    await t.http().delete(`/api/users/${second.id}`).expect(204);
    await asSecond('put', '/api/users/whatever').expect(401);
    const lastManager = await t.http().get('/api/users').expect(200);
    expect(lastManager.body.filter((user: { role: string }) => user.role === 'manager').map((user: { id: string }) => user.id)).toEqual([managerId]);
  });

  it('answers 404 for an unknown user', async () => {
    await t.http().put('/api/users/nope').send({ role: 'lead' }).expect(404, { statusCode: 404, error: 'Not Found', message: 'user "nope" not found' });
    await t.http().delete('/api/users/nope').expect(404);
  });
});

describe('the first manager', () => {
  it('gets a generated password, printed once and written to an owner-only file; a second start changes nothing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'followsun-initial-admin-'));
    const file = join(folder, 'data', 'initial-admin.txt');
    const database = await createTestDatabase({ persistent: true });
    const start = () =>
      createApp({
        config: { port: 0, database: database.config, seedDemo: false, webDist: folder, auth: { ...defaultAuthConfig(folder), initialAdminFile: file } },
        logger: false,
      });
    try {
      const first = await start();
      const text = readFileSync(file, 'utf8');
      const password = text.match(/^password: (\S+)$/m)![1];
      expect(text).toMatch(/^email: admin@followsun\.local$/m);
      expect(password.length).toBeGreaterThanOrEqual(20);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      await request(first.getHttpServer()).post('/api/auth/login').send({ email: 'admin@followsun.local', password }).expect(200);
      await first.close();

      rmSync(file);
      const second = await start();
      expect(existsSync(file)).toBe(false);
      await request(second.getHttpServer()).post('/api/auth/login').send({ email: 'admin@followsun.local', password }).expect(200);
      await second.close();
    } finally {
      await database.drop();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('what a role sees', () => {
  let t: TestApp;
  let draftId: string;
  let publishedId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.http().post('/api/scenario/import').send(shenzhenTeam()).expect(200);
    await storeHandPlan(t.app.get(PlanRepository), 'day-plan', '2026-03-03', [dayShift('2026-03-03', 2)]);
    const build = async () => {
      const started = (await t.http().post('/api/rotas').send({ planId: 'day-plan' }).expect(202)).body;
      expect((await streamJob(t, started.jobId)).at(-1)?.type).toBe('done');
      return started.rotaId as string;
    };
    publishedId = await build();
    await t.http().post(`/api/rotas/${publishedId}/publish`).expect(200);
    draftId = await build();
  }, 60_000);
  afterAll(() => t.close());

  it('a lead sees agents and sites without their pay rates; finance and managers see them', async () => {
    const lead = await t.as('lead');
    const finance = await t.as('finance');
    const leadSites = (await lead.get('/api/sites').expect(200)).body;
    expect(leadSites[0]).toMatchObject({ id: 'shenzhen', timeZone: 'Asia/Shanghai' });
    expect(leadSites[0]).not.toHaveProperty('hourlyCost');
    expect((await lead.get('/api/sites/shenzhen').expect(200)).body).not.toHaveProperty('hourlyCost');
    expect((await finance.get('/api/sites/shenzhen').expect(200)).body.hourlyCost).toBe(30);
    const chen = (await t.http().get('/api/agents/chen').expect(200)).body;
    await t.http().put('/api/agents/chen').send({ ...chen, hourlyRate: 35 }).expect(200);
    expect((await finance.get('/api/agents/chen').expect(200)).body.hourlyRate).toBe(35);
    expect((await lead.get('/api/agents/chen').expect(200)).body).toEqual(expect.objectContaining({ id: 'chen', contractHoursPerWeek: chen.contractHoursPerWeek }));
    expect((await lead.get('/api/agents/chen').expect(200)).body).not.toHaveProperty('hourlyRate');
    for (const agent of (await lead.get('/api/agents').expect(200)).body) expect(agent).not.toHaveProperty('hourlyRate');
    const refused = await lead.get('/api/scenario/export').expect(403);
    expect(refused.body.message).toBe('A lead cannot do this; it needs the pay.read permission.');
  });

  it('a viewer sees published rotas only: the draft is not found and not listed', async () => {
    const viewer = await t.as('viewer');
    expect((await viewer.get('/api/rotas').expect(200)).body.map((rota: { id: string }) => rota.id)).toEqual([publishedId]);
    expect((await t.http().get('/api/rotas').expect(200)).body).toHaveLength(2);
    await viewer.get(`/api/rotas/${publishedId}`).expect(200);
    await viewer.get(`/api/rotas/${publishedId}/export.csv`).expect(200);
    await viewer.get(`/api/rotas/${publishedId}/fairness`).expect(200);
    await viewer.get(`/api/rotas/${draftId}`).expect(404);
    await viewer.get(`/api/rotas/${draftId}/export.csv`).expect(404);
    await viewer.get(`/api/plans/day-plan/coverage`).expect((response) => expect([401, 403]).not.toContain(response.status));
    await viewer.get('/api/plans/day-plan').expect(403);
  });
});

describe('who started a job', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await t.http().post('/api/scenario/import').send(shenzhenTeam()).expect(200);
    await storeHandPlan(t.app.get(PlanRepository), 'day-plan', '2026-03-03', [dayShift('2026-03-03', 2)]);
  });
  afterAll(() => t.close());

  it('is the signed-in user, in the job and the job list', async () => {
    const lead = await t.as('lead');
    const byLead = (await lead.post('/api/rotas').send({ planId: 'day-plan' }).expect(202)).body.jobId;
    const byManager = (await t.http().post('/api/rotas').send({ planId: 'day-plan' }).expect(202)).body.jobId;
    await streamJob(t, byLead);
    await streamJob(t, byManager);
    expect((await t.http().get(`/api/jobs/${byLead}`).expect(200)).body.startedBy).toBe('lead@followsun.test');
    const listed = (await lead.get('/api/jobs').expect(200)).body as Array<{ id: string; startedBy: string }>;
    expect(listed.find((job) => job.id === byManager)?.startedBy).toBe(TEST_MANAGER.email);
  });
});
