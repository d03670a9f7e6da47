import { reactRouter } from "@react-router/dev/vite";
import tailwindcss from "@tailwindcss/vite";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { checkContentPlugin } from "./src/content/vite-plugin.ts";

export default defineConfig({
  plugins: [tailwindcss(), checkContentPlugin(), !process.env.VITEST && reactRouter()],
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  test: { include: ["src/**/*.test.ts", "src/**/*.test.tsx", "server/**/*.test.ts"] },
});
