/** Replaced at bundle time by esbuild (scripts/build.mjs) and by vitest (vitest.config.ts). */
declare const __MODELWATCH_VERSION__: string;
