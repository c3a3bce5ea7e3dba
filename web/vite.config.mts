import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The district web app and the bundled GraphiQL, built into dist/web and served by the hub
 * (src/server/web-app.ts). Two pages: index.html (the app, every route code-split) and
 * graphiql.html (the developer IDE at /graphql for browsers). Nothing is loaded from another host.
 */
const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: resolve(here, '../dist/web'),
    emptyOutDir: true,
    // Inlined data: URLs would need a looser content security policy; keep every asset a file.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // Libraries written for React Server Components mark files "use client"; meaningless in a browser bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: {
        app: resolve(here, 'index.html'),
        graphiql: resolve(here, 'graphiql.html'),
      },
    },
  },
});
