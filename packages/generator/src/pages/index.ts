// Every page module, one per file, called in this order. Add a module by adding one line to the list.
import type { PageModule } from "./types.js";

export const pageModules: readonly PageModule[] = [];
