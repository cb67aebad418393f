// Every CLI command, one per file. Add a command by adding one line here.
export { buildCommand } from "./build.js";
export { serveCommand } from "./serve.js";
export { sitesCommand } from "./sites.js";
