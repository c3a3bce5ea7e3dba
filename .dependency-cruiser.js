/**
 * The direction of imports: main -> server -> modules -> core / equity, never back.
 * `npm run deps:check` (in CI) fails on any import against it.
 */
module.exports = {
  forbidden: [
    {
      name: 'equity-is-pure',
      comment: 'The engine takes plain data and returns plain data: it imports nothing of ours outside src/equity.',
      severity: 'error',
      from: { path: '^src/equity/' },
      to: { path: '^src/', pathNot: '^src/equity/' },
    },
    {
      name: 'core-knows-no-feature',
      comment: 'The request-scoped core sits below the features and the transport.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/(modules|server|db|main)' },
    },
    {
      name: 'modules-below-server',
      comment: 'Features stand on the core; the server and the database wiring stand on the features.',
      severity: 'error',
      from: { path: '^src/modules/' },
      to: { path: '^src/(server|db|main)' },
    },
    {
      name: 'server-below-main',
      severity: 'error',
      from: { path: '^src/(server|db)/' },
      to: { path: '^src/main' },
    },
    {
      name: 'web-only-over-graphql',
      comment: 'The web app is a GraphQL client: it never imports the hub\'s code.',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^src/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
