import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { readEvidence } from "@werkcentrum/generator";

import { Evidence, toolFacts } from "./evidence.mjs";
import { tempDir } from "./temp.mjs";

const here = new URL("..", import.meta.url).pathname;
const axeResult = (violations) => ({ passes: [1, 2, 3], incomplete: [1], inapplicable: [1, 2], violations });

test("the evidence the gates write is what `werkcentrum build --evidence` reads back", async () => {
  const evidence = new Evidence();
  const help = `Elements must\nhave ${"long ".repeat(100)}text`;
  evidence.axe("rijnmond.werkcentrum.nl", "/contact/", axeResult([{ id: "color-contrast", impact: "serious", help, nodes: [{}, {}] }]));
  evidence.html("rijnmond.werkcentrum.nl", "/contact/", [
    { severity: 2, ruleId: "no-dup-id", message: 'Duplicate ID "kop"', line: 3, column: 7 },
    { severity: 1, ruleId: "long-title", message: "a warning", line: 1, column: 1 },
  ]);
  evidence.html("rijnmond.werkcentrum.nl", "/", []);
  evidence.html("groningen.werkcentrum.nl", "/", []);
  const dir = tempDir("e2e-evidence-");
  const meta = { date: "2026-12-05T08:00:00.000Z", browser: "Chromium 1.2.3", ...(await toolFacts(join(here, "htmlvalidate.json"))) };
  assert.equal(await evidence.write(dir, meta, new Set(["rijnmond.werkcentrum.nl"])), 2);

  const read = await readEvidence(dir, ["rijnmond.werkcentrum.nl", "groningen.werkcentrum.nl"]);
  const rijnmond = read.get("rijnmond.werkcentrum.nl").evidence;
  assert.equal(rijnmond.axe.selection, "all");
  assert.equal(read.get("groningen.werkcentrum.nl").evidence.axe.selection, "types");
  // The rules axe ran on a page: passes, incomplete, inapplicable and violations.
  assert.equal(rijnmond.axe.rules, 7);
  assert.deepEqual(
    rijnmond.pages.map((page) => page.path),
    ["/", "/contact/"],
  );
  const contact = rijnmond.pages[1];
  assert.deepEqual(
    contact.axe.violations.map(({ rule, impact, nodes }) => ({ rule, impact, nodes })),
    [{ rule: "color-contrast", impact: "serious", nodes: 2 }],
  );
  // One line, at most 300 characters: the schema's bound.
  assert.equal(contact.axe.violations[0].help.length, 300);
  assert.ok(!contact.axe.violations[0].help.includes("\n"));
  // Errors only: a warning does not fail the gate, so it is no finding either.
  assert.deepEqual(contact.html.errors, [{ rule: "no-dup-id", message: 'Duplicate ID "kop"', line: 3, column: 7 }]);
  assert.equal(rijnmond.pages[0].axe, undefined);
});
