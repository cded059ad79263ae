import { readFileSync } from 'fs';
import { join } from 'path';
import { SCENARIO_JSON_SCHEMA } from './scenario.schema';

describe('docs/scenario.schema.json', () => {
  it('is the exported schema, so the documentation cannot drift (regenerate with npm run docs:demo)', () => {
    const documented = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'docs', 'scenario.schema.json'), 'utf8'));
    expect(documented).toEqual(JSON.parse(JSON.stringify(SCENARIO_JSON_SCHEMA)));
  });

  it('describes every property of every definition', () => {
    const undocumented: string[] = [];
    const definitions = SCENARIO_JSON_SCHEMA.definitions as Record<string, { description?: string }>;
    for (const [name, definition] of Object.entries(definitions)) if (!definition.description) undocumented.push(name);
    expect(undocumented).toEqual([]);
  });
});
