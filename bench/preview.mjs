// The editor's loop in the preview (`npm run dev -- --site <slug>`, packages/generator/src/serve.ts): the time from
// writing a content file to the preview serving the page with the new text. Measured over HTTP, as the browser's
// reload would fetch it: the clock starts just before the file is written and stops at the first answer that holds
// the new title. Polling every 10 ms adds up to 10 ms. The browser's own reload (the dev server's WebSocket message,
// then fetching and painting the page) comes on top and is not in this figure. The changed page comes first, on its
// own (serve.ts, quickPages); the clock also records when every page shows the change: the sitemap page, which lists
// every title, is read from then on until it holds the new one.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { treeCpuSeconds } from "./measure.mjs";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `pid` and its children used no CPU for 300 ms (at most 60 s); returns their CPU seconds by then. */
async function idleCpuSeconds(pid) {
  const started = performance.now();
  let last = treeCpuSeconds(pid);
  for (let quiet = 0; quiet < 3 && performance.now() - started < 60_000;) {
    await sleep(100);
    const now = treeCpuSeconds(pid);
    quiet = now === last ? quiet + 1 : 0;
    last = now;
  }
  return last;
}

async function fetchText(url) {
  try {
    const response = await fetch(url, { cache: "no-store" });
    return { status: response.status, text: await response.text() };
  } catch {
    return { status: 0, text: "" };
  }
}

/**
 * Starts the preview of `region` in `project`, then `samples` times changes the title of one news item and waits
 * for the page to show it, then for every page to. Returns the start-up time and the samples in seconds.
 */
export async function measurePreviewReload({ project, region, samples = 7, port = 8790, env = {}, log = () => {} }) {
  const cli = join(project, "node_modules", "@werkcentrum", "generator", "bin", "werkcentrum.js");
  const started = performance.now();
  const child = spawn(process.execPath, [cli, "serve", "--site", region, "--port", String(port)], {
    cwd: project,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on("close", resolve));
  try {
    while (!output.includes("Voorbeeld van")) {
      if (child.exitCode !== null) throw new Error(`the preview stopped:\n${output}`);
      if (performance.now() - started > 600_000) throw new Error(`the preview did not start in 10 minutes:\n${output}`);
      await sleep(50);
    }
    const startup = (performance.now() - started) / 1000;
    const file = join(project, "sites", region, "content", "nieuws", "bericht-1.md");
    const url = `http://localhost:${port}/nieuws/bericht-1/`;
    const everyPage = `http://localhost:${port}/sitemap/`;
    if ((await fetchText(url)).status !== 200) throw new Error(`${url} is not served:\n${output}`);
    const original = readFileSync(file, "utf8");
    const seconds = [];
    const whole = [];
    const cpu = [];
    try {
      await idleCpuSeconds(child.pid);
      for (let i = 1; i <= samples; i++) {
        const marker = `Meting ${i} ${Date.now().toString(36)}`;
        const c0 = treeCpuSeconds(child.pid);
        const t0 = performance.now();
        writeFileSync(file, original.replace(/^titel: .*$/m, `titel: ${marker}`));
        while (!(await fetchText(url)).text.includes(marker)) {
          if (performance.now() - t0 > 120_000) throw new Error(`the preview did not show '${marker}' in 2 minutes:\n${output}`);
          await sleep(10);
        }
        seconds.push((performance.now() - t0) / 1000);
        while (!(await fetchText(everyPage)).text.includes(marker)) {
          if (performance.now() - t0 > 120_000) throw new Error(`${everyPage} did not show '${marker}' in 2 minutes:\n${output}`);
          await sleep(10);
        }
        whole.push((performance.now() - t0) / 1000);
        // The search index is written after the page is served; the next save waits until the preview is idle, as
        // an editor reading the page gives it time to be. The CPU time is the whole save's, the index included.
        cpu.push((await idleCpuSeconds(child.pid)) - c0);
        log(
          `preview reload ${i}/${samples}: ${seconds.at(-1).toFixed(2)} s, every page ${whole.at(-1).toFixed(2)} s, ${cpu.at(-1).toFixed(2)} CPU s`,
        );
      }
    } finally {
      writeFileSync(file, original);
    }
    const pages = [...output.matchAll(/(\d+) pagina's bijgewerkt/g)].at(-1)?.[1];
    return { startup, seconds, whole, cpu, pages: pages === undefined ? undefined : Number(pages) };
  } finally {
    child.kill("SIGTERM");
    await Promise.race([exited, sleep(10_000)]);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }
}
