import assert from "node:assert/strict";
import { searchGemeenten } from "@werkcentrum/regions";

const names = (prefix: string, limit?: number) => searchGemeenten(prefix, { limit }).map((s) => s.gemeente.name);
assert.deepEqual(names("bergen"), ["Bergen (L.)", "Bergen (NH.)", "Berg en Dal", "Bergen op Zoom"]);
assert.deepEqual(names("ijssel", 2), ["IJsselstein", "Capelle aan den IJssel"]);

const [first] = searchGemeenten("den bo"); // found through its everyday name
assert.equal(first?.gemeente.name, "'s-Hertogenbosch");
assert.equal(first?.match, "alias");
assert.equal(first?.alias, "Den Bosch");
