// The web editor end to end: the preview of one region in a temporary copy of sites/, with the web
// editor and Decap's local proxy (`werkcentrum serve --beheer`); Chromium opens /admin/, creates news items through
// the form and saves them; the files appear in sites/<slug>/content/nieuws/ under the repository's names (a
// translation as `<slug>.en.md` beside `<slug>.md`), `werkcentrum check` passes on the copy, and the preview shows
// them. Bounded: every wait has a timeout, and each test as a whole has one.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { test } from "node:test";
import { chromium } from "playwright-core";
import { CHROMIUM } from "./lib/browser.mjs";
import { tempDir } from "./lib/temp.mjs";

const REPO = resolve(import.meta.dirname, "..");
const CLI = join(REPO, "packages/generator/bin/werkcentrum.js");
const SLUG = "drenthe";

const wait = (ms) => new Promise((done) => setTimeout(done, ms));

/** An empty value in saved YAML: the web editor leaves empty fields out, as `check` wants. */
const EMPTY_FIELD = /: null|: \[\]|: ''|: \{\}/;

/** The text of `file` once it matches `pattern` (the CMS's local proxy writes it a moment after the save). */
async function fileMatching(file, pattern, until) {
  let text = readFileSync(file, "utf8");
  while (!pattern.test(text) && Date.now() < until) {
    await wait(200);
    text = readFileSync(file, "utf8");
  }
  assert.match(text, pattern);
  return text;
}

/**
 * A copy of sites/ (changed by `prepare`), its preview with the web editor on `port`, and Chromium logged in on
 * /admin/. Records third-party requests and policy violations, for the test to assert none.
 */
async function openWebEditor(t, port, prepare = () => {}) {
  const work = tempDir("werkcentrum-cms-");
  cpSync(join(REPO, "sites"), join(work, "sites"), { recursive: true });
  cpSync(join(REPO, "deploy.yml"), join(work, "deploy.yml"));
  prepare(join(work, "sites", SLUG));
  const serve = spawn(process.execPath, [CLI, "serve", "--site", SLUG, "--port", String(port), "--beheer"], {
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
    await wait(200);
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

  const base = `http://localhost:${port}`;
  await page.goto(`${base}/admin/`);
  await page.getByRole("button", { name: "Inloggen" }).click();
  return { work, page, base, outside, violations, news: join(work, "sites", SLUG, "content", "nieuws") };
}

/** The text of a file the CMS's local proxy writes, once its front matter is complete (it creates it before writing). */
async function savedFile(folder, name, until) {
  const list = () => (existsSync(folder) ? readdirSync(folder) : []);
  let found;
  while (!(found = list().find((file) => file === name || (name instanceof RegExp && name.test(file))))) {
    assert.ok(Date.now() < until, `no ${name} in ${folder}: ${list().join(", ")}`);
    await wait(200);
  }
  let text = readFileSync(join(folder, found), "utf8");
  while (!/^---\n[\s\S]*\n---/.test(text) && Date.now() < until) {
    await wait(200);
    text = readFileSync(join(folder, found), "utf8");
  }
  return { name: found, text };
}

function checkPasses(work, texts) {
  const check = spawnSync(process.execPath, [CLI, "check", "--site", SLUG], { cwd: work, encoding: "utf8", timeout: 60_000 });
  assert.equal(check.status, 0, `check refused the saved files:\n${texts.join("\n")}\n${check.stdout}${check.stderr}`);
}

/** Waits until the preview serves `path` with `text` in it (it rebuilds after a save). */
async function previewShows(base, path, text, until) {
  while (Date.now() < until) {
    const response = await fetch(`${base}${path}`);
    if (response.ok && (await response.text()).includes(text)) return;
    await wait(300);
  }
  assert.fail(`the preview's ${path} does not show '${text}'`);
}

/**
 * Fills a form field and waits until it keeps the value: Decap may render a new entry's form once more right after
 * its address changes, which empties what was typed before it.
 */
async function fill(locator, value) {
  for (let attempt = 0; attempt < 20; attempt++) {
    await locator.fill(value);
    await wait(250);
    if ((await locator.inputValue()) === value) return;
  }
  assert.fail(`the field does not keep '${value}'`);
}

async function publish(page) {
  await page.getByRole("button", { name: "Publiceer" }).click();
  await page.getByText("Publiceer nu", { exact: true }).click();
  // Saved: Decap shows the entry at its own address (before that, leaving the page would lose the save).
  await page.waitForFunction(() => location.hash.includes("/entries/"));
}

test("the web editor on the preview saves a news item that passes check", { timeout: 180_000 }, async (t) => {
  const { work, page, base, outside, violations, news } = await openWebEditor(t, 8470);
  const start = Date.now();
  await page.goto(`${base}/admin/#/collections/nieuws/new`);
  const title = "Banenmarkt in de bibliotheek";
  await fill(page.getByLabel("Titel", { exact: true }), title);
  await fill(page.getByLabel("Datum", { exact: true }), "2026-03-01");
  await fill(page.getByLabel("Samenvatting", { exact: true }), "Kom naar de banenmarkt en spreek werkgevers uit de regio.");
  await publish(page);

  const { text } = await savedFile(news, /^banenmarkt/, start + 120_000);
  assert.match(text, /titel: Banenmarkt in de bibliotheek/);
  assert.doesNotMatch(text, EMPTY_FIELD, `empty fields are left out:\n${text}`);
  checkPasses(work, [text]);
  // The preview rebuilt on the save: the news overview lists the item.
  await previewShows(base, "/nieuws/", title, start + 150_000);
  assert.deepEqual(outside, [], "the web editor makes no third-party request");
  assert.deepEqual(violations, [], "the web editor runs within its policy");
});

test("the web editor writes a translation beside the Dutch file and opens existing pairs as one item", { timeout: 240_000 }, async (t) => {
  // The region writes in English too (site.yml talen), and already has a news item with its translation, made by hand.
  const { work, page, base, outside, violations, news } = await openWebEditor(t, 8471, (site) => {
    appendFileSync(join(site, "site.yml"), "talen: [nl, en]\n");
    mkdirSync(join(site, "content", "nieuws"), { recursive: true });
    const item = (titel, samenvatting, tekst) => `---\ntitel: ${titel}\ndatum: 2026-02-02\nsamenvatting: ${samenvatting}\n---\n\n${tekst}\n`;
    writeFileSync(
      join(site, "content", "nieuws", "werkpunt-emmen.md"),
      item("Werkpunt in Emmen open", "Het werkpunt in Emmen is open voor iedereen die werk zoekt.", "Loop gerust binnen."),
    );
    writeFileSync(
      join(site, "content", "nieuws", "werkpunt-emmen.en.md"),
      item("Work point in Emmen open", "The work point in Emmen is open to everyone looking for work.", "Feel free to drop in."),
    );
    // A translation of a national base text the region does not have itself: no item, or Decap would save it as Dutch.
    writeFileSync(
      join(site, "content", "gidsen.en.md"),
      "---\ntitel: Our guides\nsamenvatting: Guides help you find work, training or staff.\n---\n\nAsk a guide.\n",
    );
    writeFileSync(
      join(site, "content", "werkpunten.md"),
      "---\ntitel: Werkpunten in Drenthe\nsamenvatting: Waar u in Drenthe binnen kunt lopen.\n---\n\nKom langs.\n",
    );
  });
  const start = Date.now();

  // The existing pair is one item in the list, and opens with the Dutch text on the left and the English on the right.
  await page.goto(`${base}/admin/#/collections/nieuws`);
  await page.getByText("Werkpunt in Emmen open", { exact: true }).waitFor();
  assert.equal(await page.getByText("Work point in Emmen open", { exact: true }).count(), 0, "the translation is no item of its own");
  await page.getByText("Werkpunt in Emmen open", { exact: true }).click();
  // Decap opens an entry with its translation pane beside the Dutch one (its first side pane).
  const titles = page.getByLabel("Titel", { exact: true });
  await titles.nth(1).waitFor();
  assert.equal(await titles.nth(0).inputValue(), "Werkpunt in Emmen open");
  assert.equal(await titles.nth(1).inputValue(), "Work point in Emmen open");
  // Decap's phrases about translations in Dutch (the generator's script adds them; Decap 3 has some in English only).
  await page.getByText("Taal: EN", { exact: true }).waitFor();
  assert.equal(await page.getByText("Fill in from another locale").count(), 0);
  assert.equal(await page.getByTitle("Vertaling tonen of verbergen").count(), 1);
  // Changing the translation saves both files under their own names again.
  await fill(titles.nth(1), "The work point in Emmen is open");
  await publish(page);
  const pair = await fileMatching(join(news, "werkpunt-emmen.en.md"), /titel: The work point in Emmen is open/, start + 60_000);
  // Decap copied the Dutch file's empty fields into it as null: the web editor's script leaves them out.
  assert.doesNotMatch(pair, EMPTY_FIELD, `empty fields are left out:\n${pair}`);
  assert.match(readFileSync(join(news, "werkpunt-emmen.md"), "utf8"), /titel: Werkpunt in Emmen open/);

  await page.goto(`${base}/admin/#/collections/pagina`);
  await page.getByText("Werkpunten in Drenthe", { exact: true }).waitFor();
  assert.equal(await page.getByText("Our guides", { exact: true }).count(), 0, "a translation of a base text is no item");

  // A new item in Dutch and English: the date is copied, the text written in each language.
  await page.goto(`${base}/admin/#/collections/nieuws/new`);
  await fill(page.getByLabel("Titel", { exact: true }).first(), "Spreekuur voor statushouders");
  await fill(page.getByLabel("Datum", { exact: true }).first(), "2026-03-05");
  await fill(page.getByLabel("Samenvatting", { exact: true }).first(), "Elke dinsdag helpt een gids statushouders op weg naar werk.");
  await fill(page.getByLabel("Titel", { exact: true }).nth(1), "Consultation hour for status holders");
  await fill(page.getByLabel("Samenvatting", { exact: true }).nth(1), "Every Tuesday a guide helps status holders find work.");
  await publish(page);
  const dutch = await savedFile(news, "spreekuur-voor-statushouders.md", start + 180_000);
  const english = await savedFile(news, "spreekuur-voor-statushouders.en.md", start + 180_000);
  assert.match(dutch.text, /titel: Spreekuur voor statushouders/);
  assert.match(english.text, /titel: Consultation hour for status holders/);
  assert.match(english.text, /datum: 2026-03-05/, "the date is copied into the translation");
  assert.doesNotMatch(english.text, EMPTY_FIELD, `empty fields are left out:\n${english.text}`);

  // A Dutch-only item gets no translation file: Decap's copies of the date alone are not saved.
  await page.goto(`${base}/admin/#/collections/nieuws/new`);
  await fill(page.getByLabel("Titel", { exact: true }).first(), "Open dag bij het Werkcentrum");
  await fill(page.getByLabel("Datum", { exact: true }).first(), "2026-03-06");
  await fill(page.getByLabel("Samenvatting", { exact: true }).first(), "Kom kijken hoe het Werkcentrum u verder helpt.");
  await publish(page);
  const dutchOnly = await savedFile(news, "open-dag-bij-het-werkcentrum.md", start + 200_000);
  await wait(1_000); // a translation would have been written with it
  const names = readdirSync(news).sort();
  assert.deepEqual(
    names,
    [
      "open-dag-bij-het-werkcentrum.md",
      "spreekuur-voor-statushouders.en.md",
      "spreekuur-voor-statushouders.md",
      "werkpunt-emmen.en.md",
      "werkpunt-emmen.md",
    ],
    "no <slug>.nl.md, no translation without a title",
  );

  checkPasses(work, [dutch.text, english.text, dutchOnly.text]);
  await previewShows(base, "/en/nieuws/spreekuur-voor-statushouders/", "Consultation hour for status holders", start + 230_000);
  await previewShows(base, "/nieuws/spreekuur-voor-statushouders/", "Spreekuur voor statushouders", start + 230_000);
  assert.deepEqual(outside, [], "the web editor makes no third-party request");
  assert.deepEqual(violations, [], "the web editor runs within its policy");
});

test("the web editor saves site.yml so that check passes", { timeout: 180_000 }, async (t) => {
  const { work, page, base, outside, violations } = await openWebEditor(t, 8472);
  const start = Date.now();
  const file = join(work, "sites", SLUG, "site.yml");
  await page.goto(`${base}/admin/#/collections/site/entries/profiel`);
  await fill(page.getByLabel("Naam", { exact: true }).first(), "Drenthe");
  // Decap's select: type the choice and take it with Enter.
  await page.getByLabel("Vorm (optioneel)", { exact: true }).fill("digitaal");
  await page.keyboard.press("Enter");
  await publish(page);
  const text = await fileMatching(file, /vorm: digitaal/, start + 60_000);
  assert.doesNotMatch(text, EMPTY_FIELD, `empty fields are left out:\n${text}`);
  checkPasses(work, [text]);
  assert.deepEqual(outside, [], "the web editor makes no third-party request");
  assert.deepEqual(violations, [], "the web editor runs within its policy");
});
