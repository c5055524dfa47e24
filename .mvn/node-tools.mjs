// Installs the Node tools that tests start (the root package.json: dynalite, asl-validator, ajv) into
// node_modules/ with `npm ci`, unless node_modules already holds what package.json and package-lock.json describe.
// The parent POM runs it before the tests of each module that starts one of them, so a build installs them at
// most once, and a build that runs no such test (`-DskipTests`, or only modules without one) needs no Node.js.
//
//   node .mvn/node-tools.mjs            (from the repository root)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const hash = createHash('sha256');
for (const file of ['package.json', 'package-lock.json']) {
  hash.update(readFileSync(file));
}
const wanted = hash.digest('hex');
const stamp = 'node_modules/.installed-from-sha256';

if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === wanted) {
  process.exit(0);
}
const windows = process.platform === 'win32';
const npm = spawnSync(windows ? 'npm.cmd' : 'npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'],
    { stdio: 'inherit', shell: windows });
if (npm.error || npm.status !== 0) {
  console.error(`npm ci failed (${npm.error ? npm.error.message : 'exit status ' + npm.status}): `
      + 'the tests of this module start Node tools; Node.js 20+ and npm must be on the PATH');
  process.exit(npm.status || 1);
}
writeFileSync(stamp, wanted + '\n');
