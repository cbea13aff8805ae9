// pretest: makes sure the three engines are installed. On Debian as root it installs what is
// missing with apt-get; elsewhere it names what is missing. With CI=true a missing engine fails.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findEngines, selectedEngines } from './browsers.mjs';

const wanted = selectedEngines();
let { missing } = findEngines(wanted);
const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');

if (missing.length && canApt) {
  const pkgs = [...new Set(missing.flatMap((e) => e.packages))];
  console.log(`Installing test browsers with apt-get: ${pkgs.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', ...pkgs], { stdio: 'inherit', env });
  ({ missing } = findEngines(wanted));
}

if (missing.length) {
  for (const e of missing) {
    console.error(`Missing ${e.name}: ${e.absent.join(', ')} (Debian package: ${e.packages.join(' ')})`);
  }
  if (process.env.CI === 'true') {
    console.error('CI=true: every engine must run; failing.');
    process.exit(1);
  }
  console.error('Tests will run without the engines above.');
}
