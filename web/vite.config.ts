import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** Three pages, bundled with everything they use: nothing is fetched from another host at run time. */
export default defineConfig({
  root: here('.'),
  base: '/',
  publicDir: false,
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    // GraphiQL alone is over a megabyte; it loads on the playground page only.
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: { explorer: here('index.html'), playground: here('playground/index.html'), annotate: here('annotate/index.html') },
      onwarn(warning, warn) {
        // React libraries mark modules "use client" for server-component bundlers; irrelevant to a browser bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
