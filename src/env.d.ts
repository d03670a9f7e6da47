/** When this build started (vite.config.ts): compared with the build named in a step's data. */
declare const __BUILD_ID__: string;

/** Whether this build's pages count answers (vite.config.ts; off with OUTCOMES=off for a host with no server). */
declare const __COUNTING__: boolean;
