import assert from "node:assert/strict";
import { test } from "node:test";
import { parseDocument } from "htmlparser2";
import { classify, linksOf } from "./links.mjs";
import { mayLoadScript } from "./budgets.mjs";

const page = "https://rijnmond.werkcentrum.nl/werkenden/";

test("classify: internal, cross-host, fragment, external and other links", () => {
  const cases = [
    ["/privacy/", "internal", "rijnmond.werkcentrum.nl", "/privacy/", ""],
    ["../over-ons/#contact", "internal", "rijnmond.werkcentrum.nl", "/over-ons/", "contact"],
    ["#inhoud", "internal", "rijnmond.werkcentrum.nl", "/werkenden/", "inhoud"],
    ["https://werkcentrum.nl/", "internal", "werkcentrum.nl", "/", ""],
    ["http://twente.werkcentrum.nl/a", "internal", "twente.werkcentrum.nl", "/a", ""],
  ];
  for (const [value, kind, host, path, hash] of cases) {
    assert.deepEqual(
      { kind: classify(value, page).kind, host: classify(value, page).host, path: classify(value, page).path, hash: classify(value, page).hash },
      { kind, host, path, hash },
      value,
    );
  }
  assert.equal(classify("https://www.uwv.nl/", page).kind, "external");
  assert.equal(classify("mailto:info@example.org", page).kind, "other");
  assert.equal(classify("tel:+31101234567", page).kind, "other");
  assert.equal(classify("http://[", page).kind, "invalid");
});

test("linksOf finds href, src, action and every srcset candidate", () => {
  const doc = parseDocument(
    '<a href="/a/">a</a><link rel="stylesheet" href="/s.css"><img src="/i.png" srcset="/i1.png 1x, /i2.png 2x"><form action="/zoeken/"></form><script src="/j.js"></script>',
  );
  assert.deepEqual(
    linksOf(doc)
      .map((l) => l.value)
      .sort(),
    ["/a/", "/i.png", "/i1.png", "/i2.png", "/j.js", "/s.css", "/zoeken/"],
  );
});

test("mayLoadScript: only the landing page and the search pages", () => {
  assert.ok(mayLoadScript("werkcentrum.nl", "/"));
  assert.ok(mayLoadScript("rijnmond.werkcentrum.nl", "/zoeken/"));
  assert.ok(!mayLoadScript("rijnmond.werkcentrum.nl", "/"));
  assert.ok(!mayLoadScript("werkcentrum.nl", "/ontwerp/"));
});
