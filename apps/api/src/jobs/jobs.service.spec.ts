import { NotFoundException } from '@nestjs/common';
import { Clock } from '../common/clock';
import { FINISHED_JOBS_KEPT, JobsService } from './jobs.service';

describe('JobsService', () => {
  it(`keeps the ${FINISHED_JOBS_KEPT} most recent finished jobs and forgets older ones`, async () => {
    const jobs = new JobsService(new Clock());
    const ids: string[] = [];
    for (let i = 0; i <= FINISHED_JOBS_KEPT; i++) {
      const id = jobs.start('fake', i, async () => i);
      await jobs.wait(id);
      ids.push(id);
    }
    // the registry is trimmed when a job starts: one more start drops the oldest finished job
    const last = jobs.start('fake', 'last', async () => 'last');
    await jobs.wait(last);
    expect(() => jobs.get(ids[0])).toThrow(NotFoundException);
    expect(jobs.get(ids[1]).result).toBe(1);
    expect(jobs.get(last).result).toBe('last');
  });

  it('ignores what a cancelled job still returns or reports', async () => {
    const jobs = new JobsService(new Clock());
    let finishLate: (value: string) => void = () => undefined;
    let reportLate: () => void = () => undefined;
    const id = jobs.start('fake', null, ({ progress }) => {
      reportLate = () => progress('too late');
      return new Promise<string>((resolve) => (finishLate = resolve));
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(jobs.cancel(id).status).toBe('cancelled');
    reportLate();
    finishLate('late result');
    const final = await jobs.wait(id);
    await new Promise((resolve) => setImmediate(resolve));
    expect(final).toMatchObject({ status: 'cancelled', events: [] });
    expect(jobs.get(id)).not.toHaveProperty('result');
  });

  it('cancels a queued job before it runs', async () => {
    const jobs = new JobsService(new Clock());
    let ran = false;
    const id = jobs.start('fake', null, async () => {
      ran = true;
    });
    jobs.cancel(id);
    await jobs.wait(id);
    await new Promise((resolve) => setImmediate(resolve));
    expect(ran).toBe(false);
    expect(jobs.get(id).startedAt).toBeNull();
  });
});
