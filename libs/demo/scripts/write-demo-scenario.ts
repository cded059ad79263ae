/**
 * Writes the generated documents under docs/: the demo organisation
 * (docs/examples/demo-scenario.json, canonical order, default options) and the scenario JSON
 * Schema (docs/scenario.schema.json). Unit tests fail when either drifts from its source.
 * Run with `npm run docs:demo`.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { SCENARIO_JSON_SCHEMA, serializeScenario } from '@app/domain';
import { generateDemoScenario } from '@app/demo';

const root = join(__dirname, '..', '..', '..');
const demoPath = join(root, 'docs', 'examples', 'demo-scenario.json');
const schemaPath = join(root, 'docs', 'scenario.schema.json');
writeFileSync(demoPath, serializeScenario(generateDemoScenario()));
writeFileSync(schemaPath, JSON.stringify(SCENARIO_JSON_SCHEMA, null, 2) + '\n');
process.stdout.write(`wrote ${demoPath}\nwrote ${schemaPath}\n`);
