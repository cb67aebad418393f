import { serveSite } from "../serve.js";
import { resolveSite } from "./resolve-site.js";
import { UsageError, type Command } from "./types.js";

export const serveCommand: Command = {
  name: "serve",
  usage:
    "serve --site <slug> [--port <nummer>] [--beheer]   bekijk één site met live herladen (standaard poort 8080); --beheer opent ook de beheeromgeving op /admin/",
  options: { site: { type: "string" }, port: { type: "string" }, beheer: { type: "boolean" } },
  async run({ paths, options }) {
    const site = resolveSite(paths, options.site);
    if (!site) throw new UsageError("Geef de site op met --site <slug>, bijvoorbeeld: npm run dev -- --site rijnmond");
    const port = typeof options.port === "string" ? Number(options.port) : 8080;
    if (!Number.isInteger(port) || port <= 0) throw new UsageError(`Ongeldige poort '${options.port}'.`);
    // The web editor's local proxy listens on the next port, on 127.0.0.1 only.
    const preview = await serveSite(site, paths, port, { cmsPort: options.beheer === true ? port + 1 : undefined });
    // Ctrl+C or a stop by a test runner or process manager: close the preview, which ends the web editor's proxy,
    // then exit. Node's default for these signals exits at once, which would skip close(). (A SIGKILL cannot be
    // caught; the proxy's own guard in admin.ts ends it then.)
    const stop = (signal: NodeJS.Signals) => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      void preview.close().finally(() => process.kill(process.pid, signal));
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    return 0;
  },
};
