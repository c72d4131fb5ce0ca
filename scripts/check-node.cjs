// Runs before `npm start` and `npm test` on whatever Node the machine has (CommonJS, no syntax newer than
// Node 12), so an old Node gets one clear sentence instead of a stack trace.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(
    `Wharf runs on Node 24 (22.18 at least, for TypeScript without a build step); this is Node ${process.versions.node}.\n` +
      'Install Node 24, e.g.:  npm install -g --prefix /usr/local node@24   then run the command again.',
  );
  process.exit(1);
}
