import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchmarks } from './index';

/** `npm run bench [-- name …]`: runs the named benchmarks (all by default), prints figures, writes JSON. */
async function main(names: string[]): Promise<void> {
  const selected = names.length ? names : Object.keys(benchmarks);
  const unknown = selected.filter((name) => !(name in benchmarks));
  if (unknown.length) {
    throw new Error(`unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(benchmarks).join(', ')}`);
  }
  const outDir = join(__dirname, '..', 'bench-output');
  mkdirSync(outDir, { recursive: true });
  for (const name of selected) {
    console.log(`\n=== bench ${name}`);
    const started = Date.now();
    const report = await benchmarks[name]();
    const file = join(outDir, `${name}.json`);
    writeFileSync(file, JSON.stringify({ name, date: new Date().toISOString(), seconds: (Date.now() - started) / 1000, report }, null, 2) + '\n');
    console.log(`report written to ${file}`);
  }
}

// flags (`--yardstick`, `--only=w1`) are read by the benchmarks themselves
main(process.argv.slice(2).filter((arg) => !arg.startsWith('--'))).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
