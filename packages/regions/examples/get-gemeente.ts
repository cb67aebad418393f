import assert from "node:assert/strict";
import { getGemeente } from "@werkcentrum/regions";

assert.equal(getGemeente("GM0518")?.name, "'s-Gravenhage");
assert.equal(getGemeente("den haag")?.regionCode, "AM21");
assert.equal(getGemeente("Bergen"), undefined); // ambiguous: use regionForGemeente to get both
