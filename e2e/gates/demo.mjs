// Facts of the demonstration build that need a browser, each a defect that was found once:
// - nav-compact: at 375 px, without JavaScript, the main menu of a full region is one "Menu" row, Tab reaches it,
//   Enter opens it and the next Tab is on the first link; at 1280 px the menu is one row of links;
// - chart-text: every text of every chart is drawn at 12 px or more, at 375 and 1280 px;
// - tel-nowrap: a phone number link never wraps (theme links and Markdown links alike);
// - news-image: a news item's afbeelding is shown and loads; the camera photo (a 3000 × 2000 JPEG with EXIF and GPS
//   data that e2e/lib/corpus.mjs makes) arrives as an AVIF of a width the page needs, in the space its width and
//   height reserved, and the editor's own address serves a JPEG without EXIF;
// - not-found-finder: the 404 page of a region leads to the gemeente finder on werkcentrum.nl;
// - search-excerpt: search results do not glue a label to its value ("WaarVoorbeeldhal");
// - landing-search: werkcentrum.nl's search finds a page of the full region, labelled with it, through the test
//   nginx's alias of the region's own index (deploy/nginx.ts);
// - redirects: every entry of the full region's redirects.yml answers 301 with the right Location, also for the old
//   domain (a request with that Host header to the test nginx).
import { readFile } from "node:fs/promises";
import { request } from "node:http";
import { join } from "node:path";
import { newContext, siteUrl } from "../lib/browser.mjs";
import { DEMO_REGIONS, FIXTURE } from "../lib/corpus.mjs";
import { LANDING_HOST } from "../lib/dist.mjs";

const FULL = `${DEMO_REGIONS[0].slug}.${LANDING_HOST}`;
/** A label of the theme's term lists directly followed by the first letter or digit of its value. */
const GLUED = /(Wanneer|Waar|Aanmelden|Aanbieder|Kosten|Voor|Telefoon|E-mail)(?=[A-Z0-9])/;

export async function demoGate(report, { session, port, repo }) {
  const check = async (rule, page, fn) => {
    try {
      const detail = await fn();
      report.note(`demo ${rule}: ok  ${page}${detail ? `  (${detail})` : ""}`);
    } catch (error) {
      report.fail("demo", rule, page, "", error.message.split("\n")[0]);
    }
  };
  const phone = await newContext(session, { viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
  const desktop = await newContext(session, { viewport: { width: 1280, height: 800 } });
  try {
    const narrow = await phone.newPage();
    const wide = await desktop.newPage();
    await check("nav-compact", `${FULL}/ at 375 px, no JavaScript`, () => compactMenu(narrow));
    await check("nav-row", `${FULL}/ at 1280 px`, () => menuRow(wide));
    for (const [width, page] of [
      [375, narrow],
      [1280, wide],
    ]) {
      await check("chart-text", `${FULL}/meerjarenagenda/ at ${width} px`, () => chartText(page, "/meerjarenagenda/"));
    }
    for (const path of ["/contact/", "/werken-in-de-voorbeeldregio/zorg/", "/toegankelijkheid/"])
      await check("tel-nowrap", `${FULL}${path}`, () => phoneLinks(narrow, path));
    await check("news-image", `${FULL}/nieuws/werkpunt-haven/`, () => newsImage(wide, "/nieuws/werkpunt-haven/"));
    for (const [width, page] of [
      [375, narrow],
      [1280, wide],
    ])
      await check("camera-photo", `${FULL}${CAMERA_NEWS} at ${width} px`, () => cameraPhoto(page, width));
    await check("not-found-finder", `${FULL}/e2e-bestaat-niet/`, () => notFoundFinder(wide));
    await check("search-excerpt", `${FULL}/zoeken/?q=Voorbeeldhal`, () => searchExcerpts(wide, "Voorbeeldhal"));
    await check("landing-search", `${LANDING_HOST}/zoeken/?q=Voorbeeldhal`, () => landingSearch(wide, "Voorbeeldhal"));
    await check("redirects", `${FULL} redirects.yml`, () => redirects(repo, port));
  } finally {
    await phone.close();
    await desktop.close();
  }
  for (const url of [...phone.foreignRequests, ...desktop.foreignRequests]) report.fail("demo", "third-party-request", "-", "", url);
}

async function compactMenu(page) {
  await page.goto(siteUrl(FULL, "/"));
  const state = await page.evaluate(() => {
    const nav = document.querySelector("nav.wc-nav");
    const h1 = document.querySelector("h1");
    return {
      navHeight: nav?.getBoundingClientRect().height ?? 0,
      h1Top: h1?.getBoundingClientRect().top ?? Infinity,
      links: nav?.querySelectorAll("a").length ?? 0,
    };
  });
  if (state.links === 0) throw new Error("no main menu on the home page");
  if (state.navHeight > 64) throw new Error(`the closed menu is ${Math.round(state.navHeight)} px high (more than one row)`);
  if (state.h1Top > 400) throw new Error(`the page title starts ${Math.round(state.h1Top)} px down, below the first half of the screen`);
  for (let i = 0; i < 20; i += 1) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.matches("summary.wc-nav__toggle"))) break;
  }
  if (!(await page.evaluate(() => document.activeElement?.matches("summary.wc-nav__toggle")))) throw new Error("Tab never reaches the 'Menu' toggle");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  const focused = await page.evaluate(() => {
    const el = document.activeElement;
    return {
      inMenu: Boolean(el?.closest("details.wc-nav__menu[open]")),
      visible: Boolean(el && el.getClientRects().length),
      text: el?.textContent?.trim(),
    };
  });
  if (!focused.inMenu || !focused.visible)
    throw new Error(`after Enter on 'Menu' and Tab, focus is not on a visible menu link (${JSON.stringify(focused)})`);
  return `closed ${Math.round(state.navHeight)} px, h1 at ${Math.round(state.h1Top)} px; Enter, Tab → "${focused.text}"`;
}

async function menuRow(page) {
  await page.goto(siteUrl(FULL, "/"));
  const rows = await page.evaluate(() => {
    const links = [...document.querySelectorAll("nav.wc-nav a")].filter((a) => a.getClientRects().length > 0);
    const toggle = document.querySelector("summary.wc-nav__toggle");
    return {
      count: links.length,
      tops: [...new Set(links.map((a) => Math.round(a.getBoundingClientRect().top)))],
      toggle: Boolean(toggle && toggle.getClientRects().length),
    };
  });
  if (rows.toggle) throw new Error("the 'Menu' toggle shows on a wide screen");
  if (rows.count < 9) throw new Error(`only ${rows.count} menu links are visible`);
  if (rows.tops.length !== 1) throw new Error(`the ${rows.count} menu links take ${rows.tops.length} rows`);
  return `${rows.count} links in one row`;
}

async function chartText(page, path) {
  await page.goto(siteUrl(FULL, path));
  const sizes = await page.evaluate(() =>
    [...document.querySelectorAll("svg.wc-chart text")].map((text) => {
      const scale = text.getScreenCTM()?.a ?? 0;
      return { px: parseFloat(getComputedStyle(text).fontSize) * scale, text: text.textContent };
    }),
  );
  if (sizes.length === 0) throw new Error("no chart text on the page");
  const smallest = sizes.reduce((a, b) => (b.px < a.px ? b : a));
  if (smallest.px < 12) throw new Error(`chart text "${smallest.text}" is drawn at ${smallest.px.toFixed(1)} px (at least 12 px)`);
  return `${sizes.length} texts, smallest ${smallest.px.toFixed(1)} px`;
}

async function phoneLinks(page, path) {
  await page.goto(siteUrl(FULL, path));
  const links = await page.evaluate(() =>
    [...document.querySelectorAll('main a[href^="tel:"]')].map((a) => ({ text: a.textContent, ws: getComputedStyle(a).whiteSpace })),
  );
  if (links.length === 0) throw new Error("no phone link on the page");
  const wrapping = links.filter((link) => /\s/.test(link.text.replace(/\u00a0/g, "")) && !["nowrap", "pre"].includes(link.ws));
  if (wrapping.length) throw new Error(`phone link "${wrapping[0].text}" can wrap (white-space: ${wrapping[0].ws})`);
  return `${links.length} phone links`;
}

async function newsImage(page, path) {
  await page.goto(siteUrl(FULL, path), { waitUntil: "load" });
  const image = await page.evaluate(() => {
    const img = document.querySelector("main article img");
    return (
      img && {
        alt: img.getAttribute("alt"),
        loaded: img.complete && img.naturalWidth > 0,
        ratio: img.getBoundingClientRect().width / img.getBoundingClientRect().height,
      }
    );
  });
  if (!image) throw new Error("the news item's afbeelding is not on the page");
  if (!image.loaded) throw new Error("the news item's image did not load");
  if (!image.alt || image.alt.length < 5) throw new Error(`the image has no useful alt text ("${image.alt}")`);
  return `loaded, ratio ${image.ratio.toFixed(2)}`;
}

/** The news item that shows the generated camera photo (e2e/lib/corpus.mjs writes the photo). */
const CAMERA_NEWS = "/nieuws/banenmarkt-in-de-haven/";

async function cameraPhoto(page, width) {
  await page.goto(siteUrl(FULL, CAMERA_NEWS), { waitUntil: "load" });
  const image = await page.evaluate(() => {
    const img = document.querySelector("main article picture img");
    if (!img) return undefined;
    const box = img.getBoundingClientRect();
    return {
      src: img.currentSrc,
      natural: img.naturalWidth,
      ratio: box.width / box.height,
      width: img.getAttribute("width"),
      height: img.getAttribute("height"),
      shown: box.width,
    };
  });
  if (!image) throw new Error("the camera photo is not a <picture> on the page");
  if (!/\/assets\/afbeeldingen\/[^/]+\.[0-9a-f]{16}\.avif$/.test(image.src)) throw new Error(`the browser did not pick an AVIF: ${image.src}`);
  if (!image.width || !image.height || Math.abs(image.ratio - 1.5) > 0.01)
    throw new Error(`width/height ${image.width}×${image.height}, shown at ratio ${image.ratio.toFixed(2)}`);
  if (image.natural > 2 * Math.ceil(image.shown) && image.natural > 480) throw new Error(`a ${image.natural} px file for a ${image.shown} px image`);
  // Fetched by the page itself (same origin): the test's host names resolve inside Chromium only.
  const original = await page.evaluate(async () => {
    const response = await fetch("/afbeeldingen/banenmarkt-camera.jpg");
    const text = new TextDecoder("latin1").decode(await response.arrayBuffer());
    return {
      status: response.status,
      type: response.headers.get("content-type"),
      length: text.length,
      exif: text.includes("Exif") || text.includes("Voorbeeldcamera"),
    };
  });
  if (original.status !== 200 || original.type !== "image/jpeg") throw new Error(`the editor's address answers ${original.status} ${original.type}`);
  if (original.exif) throw new Error("the editor's address serves EXIF data");
  return `${image.src.split("/").at(-1)} (${image.natural} px) for ${Math.round(image.shown)} px at ${width} px; original address ${(original.length / 1024).toFixed(0)} KB without EXIF`;
}

async function notFoundFinder(page) {
  await page.goto(siteUrl(FULL, "/e2e-bestaat-niet/"));
  const link = page.locator(`main a[href="https://${LANDING_HOST}/#gemeenten"]`);
  if ((await link.count()) === 0) throw new Error("the 404 page has no link to the gemeente finder on werkcentrum.nl");
  await Promise.all([page.waitForURL((url) => url.hostname === LANDING_HOST, { timeout: 5000 }), link.first().click()]);
  if ((await page.locator("#gemeenten [data-wc-gemeente-finder], #gemeenten").count()) === 0) throw new Error("werkcentrum.nl has no #gemeenten");
  return `→ ${page.url()}`;
}

async function searchExcerpts(page, query) {
  await page.goto(siteUrl(FULL, `/zoeken/?q=${encodeURIComponent(query)}`));
  await page
    .locator(".wc-search-result")
    .first()
    .waitFor({ timeout: 10000 })
    .catch(() => {
      throw new Error(`no search results for "${query}"`);
    });
  const excerpts = await page.locator(".wc-search-result p").allTextContents();
  const glued = excerpts.find((text) => GLUED.test(text));
  if (glued) throw new Error(`an excerpt glues a label to its value: "${glued.match(GLUED)?.[0]}…" in "${glued.slice(0, 80)}"`);
  return `${excerpts.length} excerpts`;
}

async function landingSearch(page, query) {
  await page.goto(siteUrl(LANDING_HOST, `/zoeken/?q=${encodeURIComponent(query)}`));
  const hit = page.locator(".wc-search-result", { has: page.locator(`a[href^="https://${FULL}/"]`) });
  await hit
    .first()
    .waitFor({ timeout: 10000 })
    .catch(() => {
      throw new Error(`no hit on ${FULL} for "${query}"`);
    });
  const label = await hit.first().locator(".wc-search-result__site").textContent();
  // The label the page lists for that site, among the sites to narrow to.
  const expected = await page.locator(`#zoekregio option[data-base-url="https://${FULL}/"]`).getAttribute("value");
  if (!expected || label !== expected) throw new Error(`the hit is labelled "${label}", not "${expected}"`);
  return `${await page.locator(".wc-search-result").count()} hits, labelled ${label}`;
}

/** The full region's redirects.yml, read plainly: the fixture writes `- van: …` with `naar: …` on the next line. */
async function redirectEntries(repo) {
  const text = await readFile(join(repo, FIXTURE, "demonstratie/actief/redirects.yml"), "utf8");
  return [...text.matchAll(/^- van: (\S+)\n {2}naar: (\S+)$/gm)].map(([, from, to]) => ({ from, to }));
}

function head(port, host, path) {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method: "HEAD", headers: { host } }, (res) => {
      res.resume();
      resolve({ status: res.statusCode, location: res.headers.location });
    });
    req.on("error", reject);
    req.end();
  });
}

async function redirects(repo, port) {
  const entries = await redirectEntries(repo);
  if (entries.length === 0) throw new Error("no entries in the demonstration's redirects.yml");
  for (const { from, to } of entries) {
    const source = from.startsWith("/") ? new URL(from, `https://${FULL}`) : new URL(from);
    const target = to.startsWith("/") ? `https://${FULL}${to}` : to;
    const answer = await head(port, source.hostname, source.pathname);
    if (answer.status !== 301 || answer.location !== target)
      throw new Error(`${from}: ${answer.status} ${answer.location ?? ""} (expected 301 to ${target})`);
  }
  return `${entries.length} redirects, old domain included`;
}
