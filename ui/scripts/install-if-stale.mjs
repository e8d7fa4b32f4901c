// Runs `npm ci` only when node_modules is missing or older than package-lock.json, so a Maven build
// of an unchanged UI does not reinstall every package. Uses the npm that runs beside this node.
import { statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const mtime = (p) => { try { return statSync(p).mtimeMs; } catch { return -1; } };
const installed = mtime('node_modules/.package-lock.json');
if (installed >= 0 && installed >= mtime('package-lock.json')) {
  console.log('spoor-ui: node_modules is up to date with package-lock.json; npm ci skipped');
  process.exit(0);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const r = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
process.exit(r.status ?? 1);
