// Lets a child process of a test run the generator from its TypeScript source, as vitest does in the test itself:
//   node --conditions=@werkcentrum/source --import ./test/child/register.mjs <file.ts>
// The crash tests (src/output/*.chaos.test.ts) need a real process to kill with SIGKILL; vitest runs tests in
// threads or forks that it owns. esbuild (a dependency of the generator) strips the types file by file, which
// `isolatedModules` and `verbatimModuleSyntax` in tsconfig.base.json make safe.
import { register } from "node:module";

register("./hooks.mjs", import.meta.url);
