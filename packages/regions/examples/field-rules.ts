import assert from "node:assert/strict";
import { addressProblem, dateProblem, phoneProblem, telHref } from "@werkcentrum/regions";

assert.equal(phoneProblem("(010) 123-4567"), undefined); // accepted
assert.match(phoneProblem("112") ?? "", /^112 is het alarmnummer en hoort hier niet\./);
assert.equal(telHref("+31 (0)20 123 45 67"), "tel:+31201234567"); // the one tel: link every page makes
assert.equal(telHref("14 020"), undefined); // not reachable from abroad, shown as text
assert.match(addressProblem("http://x.nl/", ["https", "path", "mailto", "tel"]) ?? "", /^Gebruik https:\/\/ in plaats van http:\/\//);
assert.match(addressProblem("tel:010 123 45 67", ["tel"]) ?? "", /^Schrijf de link als tel:\+31101234567/);
assert.match(dateProblem("2026-02-30") ?? "", /^Ongeldige datum: 2026-02-30 bestaat niet, want februari 2026 heeft 28 dagen\./);
