import assert from "node:assert/strict";
import { allGemeenten, allRegions, DATA_SOURCE, DATA_YEAR } from "@werkcentrum/regions";

assert.equal(DATA_SOURCE, "CBS, tabel 86247NED Gebieden in Nederland 2026");
assert.equal(DATA_YEAR, 2026);
assert.equal(allRegions.length, 35); // in CBS code order
assert.equal(allGemeenten.length, 342); // sorted by name
