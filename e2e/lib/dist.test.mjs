import assert from "node:assert/strict";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

import { fileForPath, isOwnHost, listFiles, listHosts, urlPathOf } from "./dist.mjs";
import { tempDir } from "./temp.mjs";

function fixture() {
  const dist = tempDir("e2e-dist-");
  for (const file of ["werkcentrum.nl/index.html", "rijnmond.werkcentrum.nl/werkenden/index.html", "rijnmond.werkcentrum.nl/assets/a.css"]) {
    mkdirSync(join(dist, file, ".."), { recursive: true });
    writeFileSync(join(dist, file), "x");
  }
  mkdirSync(join(dist, "deploy"));
  mkdirSync(join(dist, ".cache"));
  // As `werkcentrum build` writes a host: a link to a version folder in .werkcentrum/out/.
  mkdirSync(join(dist, ".werkcentrum/out/twente.werkcentrum.nl/1-a-00000000"), { recursive: true });
  writeFileSync(join(dist, ".werkcentrum/out/twente.werkcentrum.nl/1-a-00000000/index.html"), "x");
  symlinkSync(".werkcentrum/out/twente.werkcentrum.nl/1-a-00000000", join(dist, "twente.werkcentrum.nl"));
  symlinkSync(".werkcentrum/out/weg", join(dist, "weg.werkcentrum.nl"));
  return dist;
}

test("listHosts: host folders and links to folders only, the landing site first", () => {
  assert.deepEqual(listHosts(fixture()), ["werkcentrum.nl", "rijnmond.werkcentrum.nl", "twente.werkcentrum.nl"]);
});

test("listFiles reads a host through its link", () => {
  assert.deepEqual(listFiles(join(fixture(), "twente.werkcentrum.nl")), ["index.html"]);
});

test("urlPathOf maps files to the URLs nginx serves them at", () => {
  for (const [rel, path] of [
    ["index.html", "/"],
    ["werkenden/index.html", "/werkenden/"],
    ["404.html", "/404.html"],
    ["a/b/index.html", "/a/b/"],
  ]) {
    assert.equal(urlPathOf(rel), path);
  }
});

test("fileForPath resolves like try_files $uri $uri/, and refuses what nginx would not serve", () => {
  const dist = fixture();
  const host = "rijnmond.werkcentrum.nl";
  assert.equal(fileForPath(dist, host, "/werkenden/"), join(dist, host, "werkenden/index.html"));
  assert.equal(fileForPath(dist, host, "/werkenden"), join(dist, host, "werkenden/index.html"));
  assert.equal(fileForPath(dist, host, "/assets/a.css"), join(dist, host, "assets/a.css"));
  for (const missing of ["/werkgevers/", "/assets/a.css/", "/../werkcentrum.nl/index.html", "/%E0%A4%A", "/"]) {
    assert.equal(fileForPath(dist, host, missing), undefined, missing);
  }
});

test("isOwnHost: werkcentrum.nl and its sub-domains, nothing that only ends alike", () => {
  assert.ok(isOwnHost("werkcentrum.nl"));
  assert.ok(isOwnHost("rijnmond.werkcentrum.nl"));
  assert.ok(!isOwnHost("nepwerkcentrum.nl"));
  assert.ok(!isOwnHost("werkcentrum.nl.example.com"));
});
