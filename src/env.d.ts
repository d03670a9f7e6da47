/** When this build started (vite.config.ts): compared with the build named in a step's data. */
declare const __BUILD_ID__: string;
