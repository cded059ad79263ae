import { join, resolve } from 'path';

/** The repository root (jest runs from it; resolved from this file so any cwd works). */
export const REPO_ROOT = resolve(__dirname, '../../..');
export const WEB_SOURCE_DIRS = [join(REPO_ROOT, 'apps/web'), join(REPO_ROOT, 'libs/domain/src')];
export const WEB_DIST = join(REPO_ROOT, 'dist/web');
export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-output/screenshots');
export const DOWNLOAD_DIR = join(REPO_ROOT, 'test-output/downloads');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
