// Behaviour in the browser, by keyboard, as a visitor would use it:
// - the skip link is the first Tab stop and moves focus to <main>;
// - the gemeente finder on werkcentrum.nl follows the WAI-ARIA combobox pattern: typing "den bo", ArrowDown and
//   Enter lands on noordoost-brabant.werkcentrum.nl;
// - with JavaScript off, the finder's A–Z list still leads to the right region;
// - the Arabic sample page renders right-to-left.
// Each check fails with a sentence that says what is missing; none is skipped when its feature is absent.
import { join } from "node:path";
import { byTag, attr, parsePage } from "../lib/html.mjs";
import { LANDING_HOST, listHosts, listHtml, urlPathOf } from "../lib/dist.mjs";
import { newContext, siteUrl } from "../lib/browser.mjs";

const FINDER_QUERY = "den bo";
const FINDER_TARGET = "noordoost-brabant.werkcentrum.nl";
/** The gemeente clicked in the A–Z list ('s-Hertogenbosch, "Den Bosch") and its region. */
const AZ_GEMEENTE = /^'s-Hertogenbosch$/;

export async function behaviourGate(report, { dist, session }) {
  const context = await newContext(session);
  const page = await context.newPage();
  try {
    for (const [host, path] of [
      [LANDING_HOST, "/"],
      ["rijnmond.werkcentrum.nl", "/"],
      ["rijnmond.werkcentrum.nl", "/werkenden/"],
    ]) {
      await check(report, "skip-link", `${host}${path}`, () => skipLink(page, host, path));
    }
    await check(report, "finder-keyboard", `${LANDING_HOST}/`, () => finderKeyboard(page));
    const arabic = await findArabicPage(dist);
    await check(report, "rtl", arabic ?? `${LANDING_HOST} (no page with lang="ar")`, () => rightToLeft(page, arabic));
  } finally {
    await context.close();
  }
  for (const url of context.foreignRequests) report.fail("behaviour", "third-party-request", "-", "", url);
  const noScript = await newContext(session, { javaScriptEnabled: false });
  try {
    await check(report, "finder-no-js", `${LANDING_HOST}/`, async () => finderWithoutJs(await noScript.newPage()));
  } finally {
    await noScript.close();
  }
  for (const url of noScript.foreignRequests) report.fail("behaviour", "third-party-request", "-", "", url);
}

async function check(report, rule, page, fn) {
  try {
    const detail = await fn();
    report.note(`behaviour ${rule}: ok  ${page}${detail ? `  (${detail})` : ""}`);
  } catch (error) {
    report.fail("behaviour", rule, page, "", error.message.split("\n")[0]);
  }
}

async function skipLink(page, host, path) {
  await page.goto(siteUrl(host, path));
  await page.keyboard.press("Tab");
  const first = await page.evaluate(() => ({
    href: document.activeElement?.getAttribute("href"),
    text: document.activeElement?.textContent?.trim(),
  }));
  if (!first.href?.startsWith("#")) throw new Error(`the first Tab stop is not a skip link: ${JSON.stringify(first)}`);
  await page.keyboard.press("Enter");
  const focused = await page.evaluate(() => ({ tag: document.activeElement?.tagName, id: document.activeElement?.id }));
  if (focused.tag !== "MAIN") throw new Error(`after Enter on "${first.text}" (${first.href}) focus is on ${focused.tag}#${focused.id}, not <main>`);
  return `"${first.text}" → <main id="${focused.id}">`;
}

async function finderKeyboard(page) {
  await page.goto(siteUrl(LANDING_HOST, "/"));
  const combobox = page.locator('input[role="combobox"]');
  if ((await combobox.count()) === 0)
    throw new Error('no <input role="combobox"> on the landing page: the gemeente finder is missing or its script did not run');
  // Keyboard only: Tab until the combobox has focus (no click, no focus() call).
  for (let i = 0; i < 60 && !(await combobox.first().evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press("Tab");
  if (!(await combobox.first().evaluate((el) => el === document.activeElement)))
    throw new Error("the finder's combobox cannot be reached with Tab (60 presses)");
  await page.keyboard.type(FINDER_QUERY, { delay: 30 });
  const listboxId = (await combobox.first().getAttribute("aria-controls")) ?? "";
  if (!listboxId) throw new Error("the combobox has no aria-controls pointing to its listbox");
  const listbox = page.locator(`[id="${listboxId}"][role="listbox"]`);
  await listbox.waitFor({ state: "visible", timeout: 3000 }).catch(() => {
    throw new Error(`after typing "${FINDER_QUERY}" the listbox #${listboxId} is not visible`);
  });
  if ((await combobox.first().getAttribute("aria-expanded")) !== "true")
    throw new Error('the open listbox is not announced: aria-expanded is not "true"');
  const options = listbox.locator('[role="option"]');
  if ((await options.count()) === 0) throw new Error(`no role="option" in the listbox after typing "${FINDER_QUERY}"`);
  await page.keyboard.press("ArrowDown");
  const active = (await combobox.first().getAttribute("aria-activedescendant")) ?? "";
  if (!active) throw new Error("ArrowDown did not set aria-activedescendant on the combobox");
  const selected = await page.locator(`[id="${active}"]`).getAttribute("aria-selected");
  if (selected !== "true") throw new Error(`the active option #${active} is not aria-selected="true"`);
  await Promise.all([page.waitForURL((url) => url.hostname === FINDER_TARGET, { timeout: 5000 }), page.keyboard.press("Enter")]).catch((error) => {
    throw new Error(`Enter on the first option did not open ${FINDER_TARGET} (now ${page.url()}): ${error.message.split("\n")[0]}`);
  });
  return `"${FINDER_QUERY}" ↓ Enter → ${page.url()}`;
}

async function finderWithoutJs(page) {
  await page.goto(siteUrl(LANDING_HOST, "/"));
  const link = page.locator("[data-wc-gemeente-finder] a").filter({ hasText: AZ_GEMEENTE });
  if ((await link.count()) === 0) throw new Error("with JavaScript off, the landing page has no finder A–Z list with a link for 's-Hertogenbosch");
  // The list is one <details> per letter: open the letter with the keyboard, as a visitor without a mouse would.
  const summary = page.locator("[data-wc-gemeente-finder] details", { has: page.locator("a", { hasText: AZ_GEMEENTE }) }).locator("> summary");
  if ((await summary.count()) !== 1) throw new Error("the link for 's-Hertogenbosch is not inside one letter's <details> with a <summary>");
  await summary.focus();
  await page.keyboard.press("Enter");
  if (!(await link.first().isVisible())) throw new Error("Enter on the letter's <summary> did not show the link for 's-Hertogenbosch");
  await Promise.all([page.waitForURL((url) => url.hostname === FINDER_TARGET, { timeout: 5000 }), link.first().click()]).catch((error) => {
    throw new Error(`the A–Z link for 's-Hertogenbosch did not open ${FINDER_TARGET} (now ${page.url()}): ${error.message.split("\n")[0]}`);
  });
  const title = await page.title();
  if (!/Noordoost-Brabant/i.test(title)) throw new Error(`landed on ${page.url()} but the title is "${title}"`);
  return `'s-Hertogenbosch → ${page.url()}`;
}

/** The first built page whose <html lang> is Arabic, as host + path; undefined when there is none. */
export async function findArabicPage(dist) {
  for (const host of listHosts(dist)) {
    for (const rel of listHtml(dist, host)) {
      const html = byTag(await parsePage(join(dist, host, rel)), "html")[0];
      if (html && /^ar(-|$)/i.test(attr(html, "lang") ?? "")) return `${host}${urlPathOf(rel)}`;
    }
  }
  return undefined;
}

async function rightToLeft(page, arabic) {
  if (!arabic) throw new Error('no built page has <html lang="ar">: the Arabic sample page is missing');
  const slash = arabic.indexOf("/");
  await page.goto(siteUrl(arabic.slice(0, slash), arabic.slice(slash)));
  const result = await page.evaluate(() => ({
    dir: document.documentElement.getAttribute("dir"),
    html: getComputedStyle(document.documentElement).direction,
    main: getComputedStyle(document.querySelector("main") ?? document.body).direction,
  }));
  if (result.dir !== "rtl" || result.html !== "rtl" || result.main !== "rtl") throw new Error(`not right-to-left: ${JSON.stringify(result)}`);
  return `dir=rtl, computed direction rtl`;
}
