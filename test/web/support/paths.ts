import { join, resolve } from 'path';

/** The repository root (jest runs from it; resolved from this file so any cwd works). */
export const REPO_ROOT = resolve(__dirname, '../../..');
// the web app and the pure libraries it imports (their change makes the build stale)
export const WEB_SOURCE_DIRS = [join(REPO_ROOT, 'apps/web'), ...['access', 'domain', 'optimizer', 'roster', 'scenarios'].map((lib) => join(REPO_ROOT, 'libs', lib, 'src'))];
export const WEB_DIST = join(REPO_ROOT, 'dist/web');
export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-output/screenshots');
export const DOWNLOAD_DIR = join(REPO_ROOT, 'test-output/downloads');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
