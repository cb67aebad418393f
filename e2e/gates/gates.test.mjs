// The static gates on a tiny dist/ fixture: each must fail on the fault it exists for, and pass a clean site.
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";

import { Report } from "../lib/report.mjs";
import { tempDir } from "../lib/temp.mjs";
import { budgetGate } from "./budgets.mjs";
import { linksGate } from "./links.mjs";
import { REQUIRED_PAGES, STATEMENT_PARTS, requiredGate } from "./required.mjs";

const footer = REQUIRED_PAGES.map((path) => `<a href="${path}">x</a>`).join("");
const page = (body, foot = footer) =>
  `<!doctype html><html lang="nl"><head><title>t</title><link rel="stylesheet" href="/assets/s.css"></head><body><main id="inhoud">${body}</main><footer>${foot}</footer></body></html>`;

function site(files) {
  const dist = tempDir("e2e-gates-");
  const statement = page(STATEMENT_PARTS.map((id) => `<h2 id="${id}">${id}</h2>`).join(""));
  const base = {
    "index.html": page(""),
    "404.html": page(""),
    "assets/s.css": "body{margin:0}",
    ...Object.fromEntries(REQUIRED_PAGES.map((p) => [`${p.slice(1)}index.html`, page("")])),
    "toegankelijkheid/index.html": statement,
  };
  for (const [host, own] of Object.entries(files)) {
    for (const [rel, text] of Object.entries({ ...base, ...own })) {
      if (text === null) continue;
      mkdirSync(dirname(join(dist, host, rel)), { recursive: true });
      writeFileSync(join(dist, host, rel), text);
    }
  }
  return dist;
}

async function rules(gate, dist) {
  const report = new Report();
  report.note = () => {};
  await gate(report, { dist });
  return report.failures.map((f) => `${f.rule} ${f.page}`).sort();
}

test("a clean two-host site passes links, required pages and budgets", async () => {
  const dist = site({
    "werkcentrum.nl": {
      "index.html": page('<a href="https://rijnmond.werkcentrum.nl/privacy/#inhoud">r</a><script type="module" src="/assets/f.js"></script>'),
      "assets/f.js": "1",
    },
    "rijnmond.werkcentrum.nl": { "zoeken/index.html": page('<script type="module" src="/z.js"></script>'), "z.js": "1" },
  });
  for (const gate of [linksGate, requiredGate, budgetGate]) assert.deepEqual(await rules(gate, dist), [], gate.name);
});

test("links: broken internal, cross-host, fragment and unknown-host links fail", async () => {
  const dist = site({
    "werkcentrum.nl": {
      "index.html": page(
        '<a href="/nergens/">a</a><a href="https://rijnmond.werkcentrum.nl/nergens/">b</a><a href="#geen">c</a><a href="https://twente.werkcentrum.nl/">d</a><a href="https://www.uwv.nl/">e</a>',
      ),
    },
    "rijnmond.werkcentrum.nl": {},
  });
  assert.deepEqual(await rules(linksGate, dist), [
    "broken-cross-host werkcentrum.nl/",
    "broken-internal werkcentrum.nl/",
    "missing-fragment werkcentrum.nl/",
    "unknown-host werkcentrum.nl/",
  ]);
});

test("required: a missing page, a missing 404.html and a footer without a link fail", async () => {
  const dist = site({ "werkcentrum.nl": { "contact/index.html": null, "404.html": null, "index.html": page("", '<a href="/privacy/">p</a>') } });
  const failures = await rules(requiredGate, dist);
  assert.deepEqual(failures, [
    "footer-link-missing werkcentrum.nl/",
    "footer-link-missing werkcentrum.nl/",
    "footer-link-missing werkcentrum.nl/",
    "page-missing werkcentrum.nl/404.html",
    "page-missing werkcentrum.nl/contact/",
  ]);
});

test("budgets: JS on a content page, inline script, a heavy page and too much CSS fail", async () => {
  const noise = (n) => Array.from({ length: n }, (_, i) => ((i * 2654435761) % 4294967296).toString(36)).join(" ");
  const dist = site({
    "rijnmond.werkcentrum.nl": {
      "index.html": page('<script src="/a.js"></script>'),
      "a.js": "1",
      "privacy/index.html": page("<script>1</script>"),
      "toegankelijkheid/index.html": page(noise(12000)),
      "assets/s.css": `/* ${noise(3000)} */`,
    },
  });
  assert.deepEqual(await rules(budgetGate, dist), [
    "css-over-12KB rijnmond.werkcentrum.nl",
    "inline-script rijnmond.werkcentrum.nl/privacy/",
    "js-on-content-page rijnmond.werkcentrum.nl/",
    "js-on-content-page rijnmond.werkcentrum.nl/privacy/",
    "page-over-40KB rijnmond.werkcentrum.nl/toegankelijkheid/",
  ]);
});

test("axe pageType: same layout and components → one type; another component or a nested page → another", async () => {
  const { pageType } = await import("./axe.mjs");
  const dist = tempDir("e2e-types-");
  const write = (rel, main) => {
    mkdirSync(dirname(join(dist, rel)), { recursive: true });
    writeFileSync(join(dist, rel), `<html dir="ltr"><body><main class="wc-main">${main}</main><footer class="wc-footer"></footer></body></html>`);
    return pageType(join(dist, rel), rel);
  };
  const a = await write("werkenden/index.html", '<div class="wc-prose"><p>Een</p></div>');
  const b = await write("werkgevers/index.html", '<div class="wc-prose wc-prose--wide"><p>Twee</p></div>');
  const c = await write("contact/index.html", '<div class="wc-prose"></div><dl class="wc-contact"><dt class="wc-contact__label"></dt></dl>');
  const d = await write("nieuws/een/index.html", '<div class="wc-prose"></div>');
  assert.equal(a, b);
  assert.notEqual(a, c);
  assert.notEqual(a, d);
});

test("budgets: a module's static imports count, its dynamic imports do not", async () => {
  const big = Array.from({ length: 12000 }, (_, i) => ((i * 2654435761) % 4294967296).toString(36)).join("");
  const dist = site({
    "werkcentrum.nl": {
      "index.html": page('<script type="module" src="/assets/f.js"></script>'),
      "assets/f.js": 'import{a}from"./g.js";import("/later.js");',
      "assets/g.js": `export const a="${big}";`,
      "later.js": `export const b="${big}${big}";`,
    },
  });
  const report = new Report();
  report.note = () => {};
  const rows = await budgetGate(report, { dist });
  const row = rows.find((r) => r.page === "werkcentrum.nl/");
  assert.ok(row.js > 40 * 1024, `js ${row.js}`);
  assert.ok(row.js < 80 * 1024, `js ${row.js}`); // later.js (twice as big) is not counted
  assert.deepEqual([...row.onDemand], ["/later.js"]);
  assert.deepEqual(
    report.failures.map((f) => f.rule),
    ["page-over-40KB"],
  );
});

test("html-validate's long-title allows the longest title an editor may write on the region with the longest name", async () => {
  const { readFile } = await import("node:fs/promises");
  const { paginaSchema } = await import("@werkcentrum/content");
  const { allRegions } = await import("@werkcentrum/regions");
  const config = JSON.parse(await readFile(new URL("../htmlvalidate.json", import.meta.url), "utf8"));
  const longestName = Math.max(...allRegions.map((region) => region.name.length));
  // base.njk writes "<titel> | Werkcentrum <region>"; the schema caps titel, the registry fixes the names.
  assert.equal(config.rules["long-title"][1].maxlength, paginaSchema.shape.titel.maxLength + " | Werkcentrum ".length + longestName);
});

test("pages: each check fires on its defect and stays quiet on a clean page", async () => {
  const { pageProblems } = await import("./pages.mjs");
  const { parseDocument } = await import("htmlparser2");
  const crumbs = (current, link) =>
    `<nav class="wc-breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/a/">${link}</a></li><li><span aria-current="page">${current}</span></li></ol></nav>`;
  const main = (lead, first, extra = "") =>
    `<main><h1>T</h1><p class="wc-lead">${lead}</p><div class="wc-prose"><p>${first}</p>${extra}</div></main>`;
  const rules = (html) =>
    pageProblems(parseDocument(html))
      .map(([rule]) => rule)
      .sort();
  assert.deepEqual(
    rules(
      crumbs("Agenda 2026", "Meerjarenagenda") +
        main("Zoekt u werk? Wij helpen.", "Een gids kijkt met u mee.", '<p>Op de pagina over <a href="/contact/">contact</a> staat meer.</p>') +
        "<dl><dt>Waar</dt> <dd>Hal</dd></dl>",
    ),
    [],
  );
  assert.deepEqual(rules(crumbs("Agenda 2026", "Agenda 2026")), ["breadcrumb-repeats-title"]);
  assert.deepEqual(rules(main("Zoekt u werk? Wij helpen.", "Zoekt u werk? Het Werkcentrum helpt graag.")), ["lead-repeated"]);
  assert.deepEqual(rules(main("Lead.", "Tekst.", "<ul><li>Op de pagina over contact leest u meer.</li></ul>")), ["page-reference-without-link"]);
  assert.deepEqual(rules("<dl><dt>Waar</dt><dd>Hal</dd></dl>"), ["glued-label"]);
});

test("budgets: an image over 200 KB and a page whose images weigh over 400 KB fail", async () => {
  const big = "x".repeat(210 * 1024);
  const dist = site({
    "rijnmond.werkcentrum.nl": {
      "nieuws/index.html": page('<img src="/a.jpg" alt="a"><img src="/b.jpg" alt="b"><img src="/a.jpg" alt="a">'),
      "a.jpg": big,
      "b.jpg": big,
    },
  });
  const failures = await rules(budgetGate, dist);
  assert.deepEqual(failures, [
    "first-screen-images-over-100KB rijnmond.werkcentrum.nl/nieuws/",
    "image-over-200KB rijnmond.werkcentrum.nl/nieuws/",
    "image-over-200KB rijnmond.werkcentrum.nl/nieuws/",
    "page-images-over-400KB rijnmond.werkcentrum.nl/nieuws/",
  ]);
});

test("budgets: a <picture> weighs its widest AVIF, the first screen counts what is not lazy", async () => {
  const kb = (n) => "x".repeat(n * 1024);
  const picture = (name, lazy) =>
    `<picture><source type="image/avif" srcset="/${name}-480.avif 480w, /${name}-1344.avif 1344w"><source type="image/webp" srcset="/${name}-1344.webp 1344w">` +
    `<img src="/${name}-1344.jpg" srcset="/${name}-1344.jpg 1344w" width="1344" height="896" alt="x"${lazy ? ' loading="lazy"' : ""}></picture>`;
  const files = (name, avif) => ({
    [`${name}-480.avif`]: kb(20),
    [`${name}-1344.avif`]: kb(avif),
    [`${name}-1344.webp`]: kb(150),
    [`${name}-1344.jpg`]: kb(190),
  });
  const within = site({
    "rijnmond.werkcentrum.nl": { "nieuws/index.html": page(picture("a", false) + picture("b", true)), ...files("a", 90), ...files("b", 150) },
  });
  const report = new Report();
  report.note = () => {};
  const rows = await budgetGate(report, { dist: within });
  assert.deepEqual(report.failures, []);
  const row = rows.find((r) => r.page === "rijnmond.werkcentrum.nl/nieuws/");
  assert.deepEqual([row.images, row.firstScreen], [240 * 1024, 90 * 1024]);
  const heavy = site({ "rijnmond.werkcentrum.nl": { "nieuws/index.html": page(picture("a", false)), ...files("a", 110) } });
  assert.deepEqual(await rules(budgetGate, heavy), ["first-screen-images-over-100KB rijnmond.werkcentrum.nl/nieuws/"]);
});

test("known defects: matching failures become notes, and an entry that matches nothing is reported as unused", async () => {
  const { applyKnownDefects } = await import("../known-defects.mjs");
  const known = [{ gate: "pages", rule: "glued-label", page: /\/diensten\//, element: /^<dt> "Kosten"$/, fix: "x" }];
  const failure = { gate: "pages", rule: "glued-label", page: "r.werkcentrum.nl/diensten/a/", element: '<dt> "Kosten"' };
  const other = { ...failure, page: "r.werkcentrum.nl/agenda/a/" };
  const result = applyKnownDefects([failure, other], known);
  assert.deepEqual(result.failures, [other]);
  assert.equal(result.known.length, 1);
  assert.deepEqual(applyKnownDefects([other], known).unused, known);
});
