/**
 * Bundles an in-page entry (by default bench/page-entry.ts: Caveat's engine and the in-page
 * measurements) into one IIFE script with Vite, minified like the extension's content script, ready
 * for `page.addScriptTag({ path })`.
 */
import path from 'node:path';
import { build } from 'vite';

/** Builds the in-page bundle into `outDir` and returns the path of the script. */
export async function buildPageBundle(
  outDir: string,
  entry = 'bench/page-entry.ts',
  fileName = 'caveat-bench.js',
): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: path.resolve('.'),
    // React reads NODE_ENV; library mode leaves it to the caller. The extension's production build.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'esnext',
      minify: true,
      copyPublicDir: false,
      reportCompressedSize: false,
      lib: {
        entry: path.resolve(entry),
        formats: ['iife'],
        name: 'caveatBenchBundle',
        fileName: () => fileName,
      },
    },
  });
  return path.join(outDir, fileName);
}
