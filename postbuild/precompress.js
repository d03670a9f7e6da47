// Part of the build (postbuild/index.js), last: writes a brotli (.br) and a gzip (.gz) copy beside every
// compressible file in build/client, so the server (sirv's `brotli`/`gzip` options) and static hosts
// send compressed bytes without compressing on each request.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { listFiles, UNFETCHED_DATA } from "../lib/files.js";
import { STATS_RENDERER_FILE } from "../lib/headers.js";

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

export const COMPRESSIBLE = /\.(html|js|mjs|css|svg|data|json|webmanifest|txt|xml|map)$/;
/** Below this, headers outweigh what compression saves. */
export const MIN_SIZE = 256;

/** @param {string} dir @returns {Promise<{ files: number, before: number, brotli: number, gzip: number }>} */
export async function precompress(dir) {
  const totals = { files: 0, before: 0, brotli: 0, gzip: 0 };
  // The /stats renderer is the server's own code, never sent. Nothing fetches the resource routes'
  // .data files (the images' took a sixth of the compression time).
  const unfetched = (/** @type {string} */ file) => UNFETCHED_DATA.some((ending) => file.endsWith(ending));
  const files = listFiles(dir).filter((file) => COMPRESSIBLE.test(file) && !unfetched(file) && file !== STATS_RENDERER_FILE);
  await Promise.all(
    files.map(async (file) => {
      const absolute = path.join(dir, file);
      const source = await readFile(absolute);
      if (source.length < MIN_SIZE) return;
      const [br, gz] = await Promise.all([
        brotli(source, {
          params: {
            [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
            [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: source.length,
          },
        }),
        gzip(source, { level: zlib.constants.Z_BEST_COMPRESSION }),
      ]);
      // A copy that saves almost nothing only costs a lookup.
      if (br.length < source.length * 0.9) await writeFile(`${absolute}.br`, br);
      if (gz.length < source.length * 0.9) await writeFile(`${absolute}.gz`, gz);
      totals.files += 1;
      totals.before += source.length;
      totals.brotli += Math.min(br.length, source.length);
      totals.gzip += Math.min(gz.length, source.length);
    }),
  );
  return totals;
}
