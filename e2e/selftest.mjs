// The gates' self-test: after the gates passed on the demonstration build, one page of each page type
// is broken on purpose, in the throw-away copy, and the gates run again on those pages only. Every break must be
// reported by the gate and rule that exist to find it; a break that passes unnoticed fails the e2e. So a gate that
// quietly stops seeing something (a selector that no longer matches, a page type that drops out of the selection)
// shows up as a failure, not as a green run.
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { axeGate } from "./gates/axe.mjs";
import { behaviourGate } from "./gates/behaviour.mjs";
import { budgetGate, forgetSizes } from "./gates/budgets.mjs";
import { demoGate } from "./gates/demo.mjs";
import { htmlGate } from "./gates/html.mjs";
import { linksGate } from "./gates/links.mjs";
import { pagesGate } from "./gates/pages.mjs";
import { requiredGate } from "./gates/required.mjs";
import { DEMO_REGIONS } from "./lib/corpus.mjs";
import { fileForPath, LANDING_HOST } from "./lib/dist.mjs";
import { forgetPages } from "./lib/html.mjs";
import { Report } from "./lib/report.mjs";

const FULL = `${DEMO_REGIONS[0].slug}.${LANDING_HOST}`;
const DEVELOPING = `${DEMO_REGIONS[1].slug}.${LANDING_HOST}`;

/**
 * One break per page type: the page, what is done to it (a string replacement that must match), and the failure
 * that must follow (gate and rule). Pages are served by nginx from disk, so the browser sees the broken file too.
 */
export const BREAKS = [
  {
    host: FULL,
    path: "/agenda/week-van-het-werk/",
    what: "trailing whitespace",
    from: "</h1>",
    to: "</h1>  ",
    expect: ["html-validate", "no-trailing-whitespace"],
  },
  {
    host: FULL,
    path: "/nieuws/zorgbanen/",
    what: "a link to a missing page",
    from: "</h1>",
    to: '</h1><p><a href="/e2e-bestaat-niet/">Weg</a></p>',
    expect: ["links", "broken-internal"],
  },
  {
    host: FULL,
    path: "/diensten/taal-en-werk/",
    what: "no contact link in the footer",
    from: /(<footer[\s\S]*?)<a [^>]*href="\/contact\/"[^>]*>[^<]*<\/a>/,
    to: "$1",
    expect: ["required", "footer-link-missing"],
  },
  {
    host: FULL,
    path: "/regelingen/proefplaatsing/",
    what: "an inline script",
    from: "</main>",
    to: "<script>document.title = 1;</script></main>",
    expect: ["budgets", "inline-script"],
  },
  {
    host: FULL,
    path: "/werken-in-de-voorbeeldregio/techniek/",
    what: "a 300 KB image",
    from: "</h1>",
    to: '</h1><img src="/e2e-groot.png" alt="Een te grote afbeelding">',
    file: ["e2e-groot.png", 300 * 1024],
    expect: ["budgets", "image-over-200KB"],
  },
  {
    host: FULL,
    path: "/werkgevers/",
    what: "the lead repeated as the first paragraph",
    from: /<div class="wc-prose">\s*<p>/,
    to: '<div class="wc-prose"><p>Zoekt u personeel? Dit staat er twee keer.</p><p>',
    lead: "Zoekt u personeel? Dit staat er twee keer.",
    expect: ["pages", "lead-repeated"],
  },
  {
    host: FULL,
    path: "/over-ons/agenda-2021-2025/",
    what: "a crumb with the page's own title",
    from: '<li class="wc-breadcrumbs__item"><span aria-current="page">',
    to: '<li class="wc-breadcrumbs__item"><a class="wc-breadcrumbs__link" href="/over-ons/">Vorige meerjarenagenda 2021-2025</a></li><li class="wc-breadcrumbs__item"><span aria-current="page">',
    expect: ["pages", "breadcrumb-repeats-title"],
  },
  {
    host: FULL,
    path: "/agenda/inloopspreekuur/",
    what: "a label glued to its value",
    from: "<dt>Wanneer</dt> <dd>",
    to: "<dt>Wanneer</dt><dd>",
    expect: ["pages", "glued-label"],
  },
  {
    host: FULL,
    path: "/gidsen/",
    what: "a page reference without a link",
    from: /<a href="\/contact\/">Contact<\/a>/,
    to: "Contact",
    expect: ["pages", "page-reference-without-link"],
  },
  {
    host: FULL,
    path: "/pl/nieuws/werkpunt-haven/",
    what: "an image without alt text",
    from: /(<img class="wc-figure__image"[^>]*?) alt="[^"]*"/,
    to: "$1",
    expect: ["axe", "image-alt"],
  },
  {
    host: FULL,
    path: "/veelgestelde-vragen/",
    what: "a link without text",
    from: "</h1>",
    to: '</h1><a href="/contact/"></a>',
    expect: ["axe", "link-name"],
  },
  // The CSP refuses style attributes; an obsolete presentational colour is not a style attribute, so it still shows.
  {
    host: FULL,
    path: "/vestigingen/",
    what: "text that is too light",
    from: "</h1>",
    to: '</h1><p><font color="#d0d0d0">Lichtgrijs op wit</font></p>',
    expect: ["axe", "color-contrast"],
  },
  {
    host: DEVELOPING,
    path: "/privacy/",
    what: "a placeholder left in",
    from: "</h1>",
    to: "</h1><p>Mail ons op [IN TE VULLEN: e-mailadres].</p>",
    expect: ["required", "placeholder"],
  },
  {
    host: LANDING_HOST,
    path: "/toegankelijkheid/",
    what: "the statement without its way to report a problem",
    from: /<h2 id="melden">/,
    to: "<h2>",
    expect: ["required", "statement-part-missing"],
  },
  { host: DEVELOPING, path: "/", what: "a button without a name", from: "</h1>", to: "</h1><button></button>", expect: ["axe", "button-name"] },
  {
    host: LANDING_HOST,
    path: "/het-werkcentrum/",
    what: "a duplicate id",
    from: "</h1>",
    to: '</h1><p id="inhoud">Twee keer inhoud.</p>',
    expect: ["html-validate", "no-dup-id"],
  },
  {
    host: FULL,
    path: "/werkenden/",
    what: "no skip link",
    from: /<a class="wc-skip-link"[^>]*>[^<]*<\/a>/,
    to: "",
    expect: ["behaviour", "skip-link"],
  },
  {
    host: FULL,
    path: "/",
    what: "the menu without its compact form",
    from: /<details class="wc-nav__menu">[\s\S]*?<\/details>/,
    to: "",
    expect: ["demo", "nav-compact"],
  },
  {
    host: FULL,
    path: "/meerjarenagenda/",
    what: "chart text at 6 units",
    from: /font-size="14"/g,
    to: 'font-size="6"',
    expect: ["demo", "chart-text"],
  },
  {
    host: FULL,
    path: "/nieuws/werkpunt-haven/",
    what: "the news image left out",
    from: /<figure class="wc-figure">[\s\S]*?<\/figure>/,
    to: "",
    expect: ["demo", "news-image"],
  },
  {
    host: FULL,
    path: "/404.html",
    what: "no way to the gemeente finder",
    from: /<li><a href="https:\/\/werkcentrum\.nl\/#gemeenten">[^<]*<\/a><\/li>/,
    to: "",
    expect: ["demo", "not-found-finder"],
  },
];

async function applyBreak(dist, item) {
  const file = fileForPath(dist, item.host, item.path);
  if (!file) throw new Error(`self-test: ${item.host}${item.path} is not in the build`);
  const html = await readFile(file, "utf8");
  const broken = html.replace(item.from, item.to);
  if (broken === html)
    throw new Error(`self-test: "${item.what}" did not change ${item.host}${item.path} (the page changed; update e2e/selftest.mjs)`);
  await writeFile(file, broken);
  // nginx serves precompressed twins when the browser accepts them: they would still hold the unbroken page.
  for (const twin of [".br", ".gz"]) await rm(`${file}${twin}`, { force: true });
  if (item.file) await writeFile(join(dist, item.host, item.file[0]), Buffer.alloc(item.file[1], 1));
}

/**
 * Breaks the pages, runs every gate on them and returns the breaks that no gate reported as expected:
 * [{ what, page, expect, got }].
 */
export async function selfTest({ dist, session, port, repo }) {
  for (const item of BREAKS) await applyBreak(dist, item);
  forgetPages();
  forgetSizes();
  const only = new Set(BREAKS.map((item) => `${item.host}${item.path}`));
  const report = new Report();
  report.note = () => {};
  await htmlGate(report, { dist, configFile: join(repo, "e2e/htmlvalidate.json"), only });
  await linksGate(report, { dist, only });
  await requiredGate(report, { dist, only });
  await budgetGate(report, { dist, only });
  await pagesGate(report, { dist, only });
  const axePages = BREAKS.filter((item) => item.expect[0] === "axe").map(({ host, path }) => ({ host, path }));
  await axeGate(report, { dist, session, fullHosts: new Set(), only: axePages });
  await behaviourGate(report, { dist, session });
  await demoGate(report, { dist, session, port, repo });
  const missed = [];
  for (const item of BREAKS) {
    // The 404 page is opened at a missing address; the demo gate names that address.
    const page = `${item.host}${item.path === "/404.html" ? "/e2e-bestaat-niet/" : item.path}`;
    const [gate, rule] = item.expect;
    const hit = report.failures.some((f) => f.gate === gate && f.rule === rule && f.page.startsWith(page));
    if (!hit)
      missed.push({
        what: item.what,
        page,
        expect: `${gate} · ${rule}`,
        got: report.failures.filter((f) => f.page.startsWith(page)).map((f) => `${f.gate} · ${f.rule}`),
      });
  }
  return { breaks: BREAKS.length, missed, failures: report.failures.length };
}
