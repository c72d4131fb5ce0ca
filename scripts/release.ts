// `npm run release`: the release as a dry run — builds, shows the versions the pending changesets give
// (`changeset status`), packs the four packages with their published manifests (`changeset pack`, which runs
// scripts/pack-manifest.ts around each `npm pack`) and runs `npm publish --dry-run` on each tarball. Nothing leaves
// this machine. `npm run release -- --publish` publishes those tarballs for real (`changeset publish --from-pack-dir`),
// once `npx changeset version` has set the new versions and changelogs and that commit is in (docs/packages.md).
// Publishing the tarballs, not the folders, is what makes the registry's metadata (exports, bin) the published ones.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const OUT = '.tmp/release';
const publish = process.argv.includes('--publish');

function step(title: string, command: string, args: string[], { mustPass = true } = {}) {
  console.log(`\n── ${title}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0 && mustPass) {
    console.error(`${title} failed (exit ${status}); nothing was published.`);
    process.exit(status ?? 1);
  }
}

step('build', 'npm', ['run', 'build', '--silent']);
// Informative only: once `changeset version` has used the changesets up, status complains there are none.
step('pending changesets', 'npx', ['changeset', 'status', '--verbose'], { mustPass: false });
rmSync(OUT, { recursive: true, force: true });
step('pack', 'npx', ['changeset', 'pack', '--out-dir', OUT]);
if (publish) step('publish', 'npx', ['changeset', 'publish', '--from-pack-dir', OUT]);
else {
  const plan = JSON.parse(readFileSync(join(OUT, 'publish-plan.json'), 'utf8')) as { plan: { tarball?: { path: string } }[][] };
  for (const entry of plan.plan.flat()) {
    if (entry.tarball) step('publish (dry run)', 'npm', ['publish', '--dry-run', '--access', 'public', join(OUT, entry.tarball.path)]);
  }
}
