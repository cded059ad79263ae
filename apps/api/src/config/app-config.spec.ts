import { ConfigError, defaultAuthConfig, defaultJobsConfig, parseAppConfig, parseDatabaseConfig } from './app-config';

describe('parseAppConfig', () => {
  it('defaults to port 3000, a SQLite file under ./data, seeding on, the web build in dist/web', () => {
    expect(parseAppConfig({}, '/srv/followsun')).toEqual({
      port: 3000,
      database: { kind: 'sqlite', path: '/srv/followsun/data/followsun.sqlite' },
      seedDemo: true,
      demoStart: null,
      webDist: '/srv/followsun/dist/web',
      refreshCron: '0 2 * * *',
      jobs: defaultJobsConfig(),
      auth: { adminEmail: 'admin@followsun.local', adminPassword: null, initialAdminFile: '/srv/followsun/data/initial-admin.txt', sessionHours: 168, trustedOrigins: [] },
    });
    expect(defaultAuthConfig('/srv/followsun')).toEqual(parseAppConfig({}, '/srv/followsun').auth);
  });

  it('reads every variable', () => {
    expect(
      parseAppConfig(
        {
          PORT: '8080',
          DATABASE_URL: 'postgres://app:secret@db:5432/plans',
          DATABASE_SCHEMA: 'followsun',
          SEED_DEMO: 'false',
          DEMO_START: '2026-11-30',
          WEB_DIST: '/opt/web',
          REFRESH_CRON: '30 3 * * 1-5',
          REDIS_URL: 'redis://queue:6379/2',
          JOBS_PREFIX: 'fs',
          JOB_CONCURRENCY: '3',
          SOLVE_CONCURRENCY: '2',
          JOB_LOCK_SECONDS: '10',
          JOB_STALLED_CHECK_SECONDS: '5',
          JOB_SHUTDOWN_GRACE_SECONDS: '1.5',
          FOLLOWSUN_ADMIN_EMAIL: ' Ana@Example.com ',
          FOLLOWSUN_ADMIN_PASSWORD: ' spaces count too ',
          SESSION_HOURS: '12',
          TRUSTED_ORIGINS: 'https://wfm.example.com, http://10.0.0.5:8080',
        },
        '/srv',
      ),
    ).toEqual({
      port: 8080,
      database: { kind: 'postgres', url: 'postgres://app:secret@db:5432/plans', schema: 'followsun' },
      seedDemo: false,
      demoStart: '2026-11-30',
      webDist: '/opt/web',
      refreshCron: '30 3 * * 1-5',
      jobs: { redisUrl: 'redis://queue:6379/2', queuePrefix: 'fs', concurrency: 3, solveConcurrency: 2, lockSeconds: 10, stalledCheckSeconds: 5, shutdownGraceSeconds: 1.5 },
      auth: {
        adminEmail: 'ana@example.com',
        adminPassword: ' spaces count too ',
        initialAdminFile: '/srv/data/initial-admin.txt',
        sessionHours: 12,
        trustedOrigins: ['https://wfm.example.com', 'http://10.0.0.5:8080'],
      },
    });
  });

  it('takes sqlite:<path> relative to the working directory, and sqlite::memory:', () => {
    expect(parseDatabaseConfig({ DATABASE_URL: 'sqlite:./var/plans.db' }, '/srv')).toEqual({ kind: 'sqlite', path: '/srv/var/plans.db' });
    expect(parseDatabaseConfig({ DATABASE_URL: 'sqlite::memory:' }, '/srv')).toEqual({ kind: 'sqlite', path: ':memory:' });
  });

  it('turns the scheduled refresh off with REFRESH_CRON=off', () => {
    expect(parseAppConfig({ REFRESH_CRON: 'off' }, '/srv').refreshCron).toBeNull();
  });

  it('lists every bad value in one readable error, without the password', () => {
    const attempt = () => parseAppConfig({ PORT: '80a', DATABASE_URL: 'mysql://root:hunter2@db/x', SEED_DEMO: 'maybe', DEMO_START: '2026-12-01', REFRESH_CRON: 'at two' }, '/srv');
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(
      'invalid configuration:\n' +
        '  - PORT must be a whole number from 1 to 65535, got "80a"\n' +
        '  - DATABASE_URL must start with postgres://, postgresql:// or sqlite:, got "mysql://root:***@db/x"\n' +
        '  - SEED_DEMO must be true or false, got "maybe"\n' +
        '  - DEMO_START must be a Monday written YYYY-MM-DD, got "2026-12-01"\n' +
        '  - REFRESH_CRON must be a cron expression such as "0 2 * * *" (02:00 UTC daily) or "off", got "at two"',
    );
  });

  it('refuses a first manager that is no e-mail address, a short password, a session of no hours and an origin with a path', () => {
    const attempt = () =>
      parseAppConfig({ FOLLOWSUN_ADMIN_EMAIL: 'admin', FOLLOWSUN_ADMIN_PASSWORD: 'short', SESSION_HOURS: '0', TRUSTED_ORIGINS: 'https://wfm.example.com/app' }, '/srv');
    expect(attempt).toThrow(
      'invalid configuration:\n' +
        '  - FOLLOWSUN_ADMIN_EMAIL must be an e-mail address, got "admin"\n' +
        '  - FOLLOWSUN_ADMIN_PASSWORD must have at least 10 characters\n' +
        '  - TRUSTED_ORIGINS must list origins such as https://wfm.example.com (scheme and host, no path), got "https://wfm.example.com/app"\n' +
        '  - SESSION_HOURS must be a number above 0, got "0"',
    );
  });

  it('refuses a schema for SQLite and a schema name that is not an identifier', () => {
    expect(() => parseDatabaseConfig({ DATABASE_SCHEMA: 'x' }, '/srv')).toThrow('DATABASE_SCHEMA applies to PostgreSQL only');
    expect(() => parseDatabaseConfig({ DATABASE_URL: 'postgres://db/x', DATABASE_SCHEMA: 'a;drop' }, '/srv')).toThrow(
      'DATABASE_SCHEMA must be a plain identifier (letters, digits, _), got "a;drop"',
    );
  });
});
