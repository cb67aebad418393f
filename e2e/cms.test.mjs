// The web editor end to end: the preview of one region in a temporary copy of sites/, with the web
// editor and Decap's local proxy (`werkcentrum serve --beheer`); Chromium opens /admin/, creates a news item through
// the form and saves it; the file appears in sites/<slug>/content/nieuws/, `werkcentrum check` passes on the copy,
// and the preview shows the item. Bounded: every wait has a timeout, and the test as a whole has one.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { test } from "node:test";
import { chromium } from "playwright-core";
import { CHROMIUM } from "./lib/browser.mjs";
import { tempDir } from "./lib/temp.mjs";

const REPO = resolve(import.meta.dirname, "..");
const CLI = join(REPO, "packages/generator/bin/werkcentrum.js");
const SLUG = "drenthe";
const PORT = 8470;

test("the web editor on the preview saves a news item that passes check", { timeout: 180_000 }, async (t) => {
  const work = tempDir("werkcentrum-cms-");
  cpSync(join(REPO, "sites"), join(work, "sites"), { recursive: true });
  cpSync(join(REPO, "deploy.yml"), join(work, "deploy.yml"));
  const serve = spawn(process.execPath, [CLI, "serve", "--site", SLUG, "--port", String(PORT), "--beheer"], {
    cwd: work,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  serve.stdout.on("data", (chunk) => (log += chunk));
  serve.stderr.on("data", (chunk) => (log += chunk));
  t.after(() => serve.kill());
  const deadline = Date.now() + 60_000;
  while (!log.includes("Beheeromgeving")) {
    assert.ok(Date.now() < deadline && serve.exitCode === null, `preview did not start:\n${log}`);
    await new Promise((done) => setTimeout(done, 200));
  }

  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
  t.after(() => browser.close());
  const page = await browser.newPage();
  page.setDefaultTimeout(20_000);
  const outside = [];
  const violations = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (/^https?:$/.test(url.protocol) && !["localhost", "127.0.0.1"].includes(url.hostname)) outside.push(request.url());
  });
  page.on("console", (message) => /Content Security Policy/.test(message.text()) && violations.push(message.text()));

  const base = `http://localhost:${PORT}`;
  await page.goto(`${base}/admin/`);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.goto(`${base}/admin/#/collections/nieuws/new`);
  const title = "Banenmarkt in de bibliotheek";
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Datum", { exact: true }).fill("2026-03-01");
  await page.getByLabel("Samenvatting", { exact: true }).fill("Kom naar de banenmarkt en spreek werkgevers uit de regio.");
  await page.getByRole("button", { name: "Publiceer" }).click();
  await page.getByText("Publiceer nu", { exact: true }).click();

  const folder = join(work, "sites", SLUG, "content", "nieuws");
  let saved;
  const list = () => (existsSync(folder) ? readdirSync(folder) : []);
  while (!(saved = list().find((name) => name.startsWith("banenmarkt")))) {
    assert.ok(Date.now() < deadline + 60_000, `no news item in ${folder}: ${list().join(", ")}`);
    await new Promise((done) => setTimeout(done, 200));
  }
  // The CMS's local proxy creates the file before it writes it: wait until its front matter is complete.
  let text = readFileSync(join(folder, saved), "utf8");
  while (!/^---\n[\s\S]*\n---/.test(text) && Date.now() < deadline + 60_000) {
    await new Promise((done) => setTimeout(done, 200));
    text = readFileSync(join(folder, saved), "utf8");
  }
  assert.match(text, /titel: Banenmarkt in de bibliotheek/);
  assert.doesNotMatch(text, /: null|: \[\]|: ''/, `empty fields are left out:\n${text}`);

  const check = spawnSync(process.execPath, [CLI, "check", "--site", SLUG], { cwd: work, encoding: "utf8", timeout: 60_000 });
  assert.equal(check.status, 0, `check refused the saved file:\n${text}\n${check.stdout}${check.stderr}`);

  // The preview rebuilt on the save: the news overview lists the item.
  let shown = false;
  while (!shown && Date.now() < deadline + 90_000) {
    const html = await (await fetch(`${base}/nieuws/`)).text();
    shown = html.includes(title);
    if (!shown) await new Promise((done) => setTimeout(done, 300));
  }
  assert.ok(shown, `the preview's /nieuws/ does not show '${title}'`);
  assert.deepEqual(outside, [], "the web editor makes no third-party request");
  assert.deepEqual(violations, [], "the web editor runs within its policy");
});
