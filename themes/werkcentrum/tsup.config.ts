import { defineConfig } from "tsup";
import { packageConfig } from "../../tsup.config.base.js";

export default defineConfig(packageConfig(["src/index.ts"]));
