import { slugify } from './slug.util';

describe('slugify', () => {
  it.each([
    ['Amazon US', 'amazon-us'],
    ['Shenzhen (day team)', 'shenzhen-day-team'],
    ['  Zürich Café ', 'zurich-cafe'],
    ['Black Friday / Cyber Monday 2025', 'black-friday-cyber-monday-2025'],
    ['深圳', ''],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});
