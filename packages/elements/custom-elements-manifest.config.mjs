// `npm run build:manifest` (custom-elements-manifest analyze, run in this folder) reads this file. The manifest
// it writes is the elements' public API for editors, Storybook's docs pages and the manifest test: private,
// protected and `#private` members and Lit `@state()` fields are internal state, not API, so they are left out.

/** Names of class fields decorated with Lit's `@state()`, per class, collected while the sources are analysed. */
const stateFields = new Map();

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function publicApiOnly() {
  return {
    name: 'wharf-public-api-only',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const fields = new Set();
      for (const member of node.members) {
        const decorators = (ts.canHaveDecorators(member) && ts.getDecorators(member)) || [];
        const isState = decorators.some((decorator) => {
          const call = decorator.expression;
          return ts.isCallExpression(call) && ts.isIdentifier(call.expression) && call.expression.text === 'state';
        });
        if (isState && member.name && ts.isIdentifier(member.name)) fields.add(member.name.text);
      }
      stateFields.set(node.name.text, fields);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class' || !declaration.members) continue;
          declaration.members = declaration.members.filter((member) => {
            if (member.privacy === 'private' || member.privacy === 'protected' || member.name.startsWith('#')) return false;
            const owner = member.inheritedFrom?.name ?? declaration.name;
            return !stateFields.get(owner)?.has(member.name);
          });
        }
      }
    },
  };
}

export default {
  litelement: true,
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/testing/**'],
  outdir: '.',
  plugins: [publicApiOnly()],
};
