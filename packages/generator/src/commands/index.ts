// Every CLI command, one per file. Add a command by adding one line here.
export { buildCommand } from "./build.js";
export { checkCommand } from "./check.js";
export { codeownersCommand } from "./codeowners.js";
export { deployCommand } from "./deploy.js";
export { newCommand } from "./new.js";
export { nginxCommand } from "./nginx.js";
export { releaseCommand, rollbackCommand } from "./release.js";
export { serveCommand } from "./serve.js";
export { sitesCommand } from "./sites.js";
