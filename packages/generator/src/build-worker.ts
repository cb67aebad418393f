import { parentPort, workerData } from "node:worker_threads";
import { failureOf, runJob, type FromWorker, type ToWorker } from "./build-job.js";
import { holdSearchService } from "./pages/search-index.js";
import type { ProjectPaths } from "./paths.js";
import { getSite } from "./sites.js";

/**
 * A builder thread of buildSites (build-all.ts): it loads Eleventy and the generator once, then builds the sites
 * it is sent one after another until it is told it is done.
 */
const port = parentPort;
if (!port) throw new Error("build-worker.js runs only as a worker thread of werkcentrum build.");
const { paths } = workerData as { paths: ProjectPaths };
const releaseSearchService = holdSearchService();

port.on("message", async (message: ToWorker) => {
  // In a worker thread process.exit ends only the thread, also when a library left a handle open.
  if ("done" in message) {
    await releaseSearchService();
    process.exit(0);
  }
  let reply: FromWorker;
  try {
    reply = { slug: message.slug, ok: true, result: await runJob(message, paths) };
  } catch (error) {
    reply = { slug: message.slug, ok: false, failure: failureOf(getSite(message.slug)?.host ?? message.slug, error) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies FromWorker);
