import { execFileSync } from 'child_process';
import { existsSync, readdirSync, statSync } from 'fs';
import { join } from 'path';
import { REPO_ROOT, WEB_DIST, WEB_SOURCE_DIRS } from './paths';

/** Newest modification time of any file under `dir` (node_modules and build output skipped). */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether dist/web is missing or older than the web sources (or the domain types it imports). */
export function webBuildIsStale(): boolean {
  const index = join(WEB_DIST, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return WEB_SOURCE_DIRS.some((dir) => existsSync(dir) && newestMtime(dir) > built);
}

/**
 * Builds the web UI into dist/web (what the API serves) unless it is up to date.
 * Same command as `npm run build:web`; Vite is run with this Node binary.
 */
export function ensureWebBuild(): { built: boolean } {
  if (!webBuildIsStale()) return { built: false };
  execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  return { built: true };
}
