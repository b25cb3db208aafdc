import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __MODELWATCH_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: on CI's two-core machine, one file at
    // a time. Many files mostly wait (the GitHub double's 1 s write spacing, PostgreSQL, child
    // processes), so two side by side halve the wall time without starving either.
    maxWorkers: 2,
    // GitHub's workflow parser imports its JSON schemas without an import attribute, which Node 20
    // refuses; inlined, Vite loads them.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
