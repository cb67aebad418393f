#!/usr/bin/env node
// Draws the demonstration corpus's images and its PDF download in Debian's Chromium, so the corpus carries no photo
// of real people or places and its binary files can be made again: `node e2e/make-demo-files.mjs`. The pictures are
// flat drawings (their alt texts say "Tekening van …"); sizes are chosen to test the theme: a landscape JPEG and
// WebP, a portrait PNG. Writes into the fixture's demonstratie/actief/content/.
import { writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM } from "./lib/browser.mjs";
import { FIXTURE } from "./lib/corpus.mjs";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const content = join(repo, FIXTURE, "demonstratie/actief/content");

const sky = '<rect width="1200" height="800" fill="#dcecf5"/>';
const person = (x, y, shirt) =>
  `<circle cx="${x}" cy="${y}" r="38" fill="#8d5a3b"/><rect x="${x - 45}" y="${y + 45}" width="90" height="170" rx="30" fill="${shirt}"/>`;
const drawings = {
  "werkpunt-haven": {
    width: 1200,
    height: 800,
    svg: `${sky}<rect y="520" width="1200" height="280" fill="#2f5d7c"/><rect x="120" y="300" width="420" height="220" fill="#c9792b"/>
      <rect x="160" y="360" width="90" height="160" fill="#5b3a1a"/><path d="M760 520 V150 H1050 M760 150 L700 210 M1000 150 V300" stroke="#333" stroke-width="18" fill="none"/>
      <rect x="970" y="300" width="70" height="50" fill="#b23b3b"/>${person(640, 340, "#1f6f50")}${person(860, 350, "#6b3fa0")}`,
  },
  zorg: {
    width: 1200,
    height: 800,
    svg: `<rect width="1200" height="800" fill="#f4efe6"/><rect x="0" y="600" width="1200" height="200" fill="#c8b79a"/>
      <rect x="650" y="380" width="330" height="60" rx="20" fill="#7a8ca3"/>${person(480, 260, "#3a8fb7")}${person(780, 300, "#a8643a")}
      <path d="M525 360 Q640 420 740 380" stroke="#8d5a3b" stroke-width="26" fill="none" stroke-linecap="round"/>`,
  },
  techniek: {
    width: 800,
    height: 1000,
    svg: `<rect width="800" height="1000" fill="#e9eef2"/><rect x="80" y="620" width="640" height="60" fill="#6d4c2f"/><rect x="120" y="680" width="40" height="320" fill="#6d4c2f"/>
      <rect x="640" y="680" width="40" height="320" fill="#6d4c2f"/>${person(400, 280, "#e0a020")}<rect x="350" y="255" width="100" height="30" rx="12" fill="#222" opacity="0.8"/>
      <rect x="520" y="560" width="140" height="60" fill="#888"/><circle cx="250" cy="590" r="30" fill="#b23b3b"/>`,
  },
};

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const [name, { width, height, svg }] of Object.entries(drawings)) {
    await page.setViewportSize({ width, height });
    await page.setContent(`<body style="margin:0"><svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${svg}</svg></body>`);
    if (name === "werkpunt-haven") await page.screenshot({ path: join(content, `afbeeldingen/${name}.jpg`), type: "jpeg", quality: 80 });
    if (name === "techniek") await page.screenshot({ path: join(content, `afbeeldingen/${name}.png`), type: "png" });
    if (name === "zorg") {
      // Chromium encodes WebP through a canvas; a screenshot can only be PNG or JPEG.
      const png = await page.screenshot({ type: "png" });
      const webp = await page.evaluate(async (data) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = Object.assign(document.createElement("canvas"), { width: image.width, height: image.height });
        canvas.getContext("2d").drawImage(image, 0, 0);
        return canvas.toDataURL("image/webp", 0.8).split(",")[1];
      }, png.toString("base64"));
      await writeFile(join(content, `afbeeldingen/${name}.webp`), Buffer.from(webp, "base64"));
    }
  }
  await page.setContent(
    '<body style="font-family:sans-serif;margin:3cm"><h1>Jaarverslag 2025</h1><p>Werkcentrum Voorbeeldregio. Dit document is verzonnen en hoort bij de demonstratie van de website.</p></body>',
  );
  await page.pdf({ path: join(content, "downloads/jaarverslag-2025.pdf"), format: "A4", tagged: true });
} finally {
  await browser.close();
}
console.log(`✓ images and PDF in ${content}`);
