// The package boundaries (docs/architecture.md): elements → sdk → domain ← server, mocks → server, elements may use
// domain; nothing imports elements from outside; no circles; packages meet only through their package exports;
// domain does no I/O. Test files and stories may also use the server's testing entry (and stories the mocks).
// Run with `npm run check:boundaries`.
const TESTS = '\\.(test|stories)\\.ts$|/testing/';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import circles make load order matter and modules impossible to read alone.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-relative-imports-across-packages',
      severity: 'error',
      comment: 'Reach another package through its package exports (`@wharf/server/testing`), never by a relative path.',
      from: { path: '^packages/([^/]+)/' },
      to: { dependencyTypes: ['local'], dependencyTypesNot: ['aliased-workspace'], path: '^packages/', pathNot: '^packages/$1/' },
    },
    {
      name: 'no-relative-imports-into-packages',
      severity: 'error',
      comment: 'Benchmarks, end-to-end tests, scripts and examples use packages through their exports.',
      from: { path: '^(bench|e2e|scripts|examples)/' },
      to: { dependencyTypes: ['local'], dependencyTypesNot: ['aliased-workspace'], path: '^packages/' },
    },
    {
      name: 'domain-imports-no-package',
      severity: 'error',
      comment: 'Domain is the bottom layer: schemas, rules and messages that every other package shares.',
      from: { path: '^packages/domain/' },
      to: { path: '^packages/(sdk|server|elements|mocks)/' },
    },
    {
      name: 'domain-does-no-io',
      severity: 'error',
      comment: 'Domain runs in browsers as it is: no Node modules (its tests run in Node).',
      from: { path: '^packages/domain/', pathNot: TESTS },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'sdk-uses-only-domain',
      severity: 'error',
      comment: 'The SDK talks HTTP; it knows the domain’s types, not the server, the elements or the mocks.',
      from: { path: '^packages/sdk/', pathNot: TESTS },
      to: { path: '^packages/(server|elements|mocks)/' },
    },
    {
      name: 'server-uses-only-domain',
      severity: 'error',
      comment: 'The server answers HTTP; it never uses the SDK, the elements or the mocks.',
      from: { path: '^packages/server/' },
      to: { path: '^packages/(sdk|elements|mocks)/' },
    },
    {
      name: 'elements-use-sdk-and-domain',
      severity: 'error',
      comment: 'Elements reach the server through the SDK only; tests and stories may seed through the server’s testing entry and the mocks.',
      from: { path: '^packages/elements/', pathNot: TESTS },
      to: { path: '^packages/(server|mocks)/' },
    },
    {
      name: 'server-only-through-its-entries',
      severity: 'error',
      comment: 'Outside the server, it is reached through its main entry or `@wharf/server/testing` (and its fixtures) only.',
      from: { path: '^(packages/(sdk|elements|mocks)|e2e)/' },
      to: { path: '^packages/server/', pathNot: '^packages/server/src/(testing/|index\\.ts$)' },
    },
    {
      name: 'server-infrastructure-imports-no-module',
      severity: 'error',
      comment: 'The server’s infrastructure knows no feature module, not even a type: modules lend it what it needs through services.ts (ModuleParts, ModuleServices), wired in app.ts.',
      from: { path: '^packages/server/src/((http|db|events|mail|blobs|captcha|crypto|docs)/|(services|config|clock)\\.ts$)' },
      to: { path: '^packages/server/src/modules/' },
    },
    {
      name: 'mocks-use-server-and-domain',
      severity: 'error',
      comment: 'The mocks run the server in the page; they know nothing of the SDK or the elements.',
      from: { path: '^packages/mocks/' },
      to: { path: '^packages/(sdk|elements)/' },
    },
    {
      name: 'nothing-imports-elements',
      severity: 'error',
      comment: 'Elements are the top layer: only their own files (tests and stories included) import them — and the third-party page scripts/check-packages.ts builds from the installed package.',
      from: { pathNot: '^(packages/elements|scripts/package-consumer)/' },
      to: { path: '^packages/elements/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/|\\.d\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'default', 'node', 'browser'], extensions: ['.ts', '.js'] },
    combinedDependencies: false,
    reporterOptions: { text: { highlightFocused: true } },
  },
};
