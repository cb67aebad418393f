import { defineConfig, mergeConfig } from "vitest/config";
import base from "../../vitest.config.base.js";

// The base config runs src/ and test/; this package also tests its data update script in scripts/.
export default mergeConfig(base, defineConfig({ test: { include: ["scripts/**/*.test.ts"] } }));
