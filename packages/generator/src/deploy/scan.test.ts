import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scanCss, scanHtml, scanSite, urlProblem } from "./scan.js";

const host = "rijnmond.werkcentrum.nl";
const page = (body: string, head = "") => `<!doctype html>\n<html lang="nl">\n<head>${head}</head>\n<body>\n${body}\n</body>\n</html>\n`;

describe("scanHtml", () => {
  it("accepts a page that loads only its own files, with JSON-LD data and links to anywhere", () => {
    const html = page(
      [
        '<script type="application/ld+json">{"@type":"GovernmentOffice"}</script>',
        '<script src="/assets/zoeken.0123456789.js" type="module"></script>',
        '<img src="/assets/logo.svg" srcset="/a.png 1x, https://rijnmond.werkcentrum.nl/b.png 2x" alt="">',
        '<a href="https://www.uwv.nl/">UWV</a> <a href="https://werkcentrum.nl/">Alle Werkcentra</a>',
        '<link rel="canonical" href="https://rijnmond.werkcentrum.nl/">',
        '<form action="/zoeken/"><input name="q"></form>',
      ].join("\n"),
      '<link rel="stylesheet" href="/assets/werkcentrum.0123456789.css"><link rel="icon" href="/favicon.ico">',
    );
    expect(scanHtml(html, "index.html", host)).toEqual([]);
  });

  const invalidCases = [
    { name: "an inline script", body: "<script>alert(1)</script>", field: "script" },
    { name: "an inline module script", body: '<script type="module">import "/x.js"</script>', field: "script" },
    { name: "a style element", body: "<style>p{color:red}</style>", field: "style" },
    { name: "a style attribute", body: '<p style="color:red">x</p>', field: "p[style]" },
    { name: "an event handler", body: '<button onclick="go()">x</button>', field: "button[onclick]" },
    { name: "a javascript: link", body: '<a href="javascript:go()">x</a>', field: "a[href]" },
    { name: "a third-party script", body: '<script src="https://cdn.example/x.js"></script>', field: "script[src]" },
    { name: "a protocol-relative image", body: '<img src="//cdn.example/x.png" alt="">', field: "img[src]" },
    { name: "an image from another Werkcentrum site", body: '<img src="https://werkcentrum.nl/logo.svg" alt="">', field: "img[src]" },
    { name: "a data: image", body: '<img src="data:image/png;base64,AAAA" alt="">', field: "img[src]" },
    {
      name: "a third-party srcset candidate",
      body: '<img src="/a.png" srcset="/a.png 1x, https://cdn.example/b.png 2x" alt="">',
      field: "img[srcset]",
    },
    { name: "a third-party stylesheet", body: '<link rel="stylesheet" href="https://fonts.example/css">', field: "link[href]" },
    { name: "a preconnect to a third party", body: '<link rel="preconnect" href="https://fonts.example">', field: "link[href]" },
    { name: "a form posting elsewhere", body: '<form action="https://forms.example/"></form>', field: "form[action]" },
    { name: "an iframe", body: '<iframe src="/kaart/"></iframe>', field: "iframe" },
    { name: "an object", body: '<object data="/x.pdf"></object>', field: "object" },
    { name: "a base element", body: '<base href="/">', field: "base" },
    { name: "a plain-http image of the site itself", body: '<img src="http://rijnmond.werkcentrum.nl/x.png" alt="">', field: "img[src]" },
  ];
  it.each(invalidCases)("reports $name with file, line and field", ({ body, field }) => {
    const problems = scanHtml(page(body), "pagina.html", host);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "pagina.html", line: 5, field, severity: "error" });
  });
});

describe("scanCss", () => {
  it("accepts own relative and absolute URLs and reports third-party, data: and imported URLs with their line", () => {
    const css = [
      '@font-face { src: url("/assets/fonts/a.0123456789.woff2") format("woff2"); }',
      ".a { background: url(icon.svg); }",
      ".b { background: url('https://cdn.example/x.png'); }",
      '.c { background: url("data:image/svg+xml,<svg/>"); }',
      '@import "https://fonts.example/css";',
    ].join("\n");
    expect(scanCss(css, "x.css", host).map((p) => p.line)).toEqual([3, 4, 5]);
  });
});

describe("urlProblem", () => {
  it.each([
    ["/assets/x.css", undefined],
    ["x.css", undefined],
    ["#inhoud", undefined],
    ["https://rijnmond.werkcentrum.nl/x", undefined],
    ["https://drenthe.werkcentrum.nl/x", /andere herkomst/],
    ["blob:https://rijnmond.werkcentrum.nl/1", /blob/],
    ["tel:0101234567", /tel/],
  ])("%s", (url, expected) => {
    const problem = urlProblem(url, host);
    if (expected) expect(problem).toMatch(expected);
    else expect(problem).toBeUndefined();
  });
});

describe("scanSite", () => {
  it("scans the HTML and CSS files of a built site and not their compressed twins", async () => {
    const dir = await mkdtemp(join(tmpdir(), "wc-scan-"));
    await mkdir(join(dir, "assets"));
    await writeFile(join(dir, "index.html"), page("<p>goed</p>"));
    await writeFile(join(dir, "404.html"), page('<p style="x">fout</p>'));
    await writeFile(join(dir, "404.html.gz"), "binary");
    await writeFile(join(dir, "assets", "x.css"), "p{}");
    const scan = await scanSite(dir, host);
    expect(scan).toMatchObject({ htmlFiles: 2, cssFiles: 1, problems: [{ file: join(dir, "404.html"), field: "p[style]" }] });
    await rm(dir, { recursive: true, force: true });
  });
});
