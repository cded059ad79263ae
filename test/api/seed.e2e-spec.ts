import { mondayOfUtcWeek } from '../../apps/api/src/seed/demo-seed.service';
import { startTestApp } from './support/test-app';
import { createTestDatabase } from './support/test-database';

describe('seeding the demo organisation on first start', () => {
  it('seeds an empty database once; a second start on the same data adds nothing', async () => {
    const database = await createTestDatabase({ persistent: true });
    try {
      const mondayBefore = mondayOfUtcWeek(new Date());
      const first = await startTestApp({ database, seedDemo: true });
      const seeded = (await first.http().get('/api/scenario/export').expect(200)).body;
      const mondayAfter = mondayOfUtcWeek(new Date());
      expect(seeded.marketplaces.map((m: { id: string }) => m.id)).toEqual(['amazon-de', 'amazon-jp', 'amazon-uk', 'amazon-us', 'shopify-us']);
      expect(seeded.sites.map((s: { id: string }) => s.id)).toEqual(['manila', 'shenzhen']);
      // anchored on the Monday of the current UTC week: the planning horizon starts there
      expect([mondayBefore, mondayAfter]).toContain(seeded.horizon.start);
      const exported = (await first.http().get('/api/scenario/export').expect(200)).text;
      const summary = (await first.http().get('/api/history/summary').expect(200)).body;
      expect(summary).toHaveLength(5);
      await first.app.close();

      const second = await startTestApp({ database, seedDemo: true });
      expect((await second.http().get('/api/scenario/export').expect(200)).text).toBe(exported);
      expect((await second.http().get('/api/history/summary').expect(200)).body).toEqual(summary);
      await second.app.close();
    } finally {
      await database.drop();
    }
  });

  it('does not seed when SEED_DEMO is false', async () => {
    const t = await startTestApp({ seedDemo: false });
    try {
      await t.http().get('/api/organisation').expect(404);
      await t.http().get('/api/marketplaces').expect(200, []);
    } finally {
      await t.close();
    }
  });
});
