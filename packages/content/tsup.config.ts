import { cp } from "node:fs/promises";
import { defineConfig } from "tsup";
import { packageConfig } from "../../tsup.config.base.js";

// The committed JSON Schemas are published in dist/schemas/ (exported as @werkcentrum/content/schemas/*.json).
export default defineConfig(packageConfig(["src/index.ts"], { onSuccess: () => cp("schemas", "dist/schemas", { recursive: true }) }));
