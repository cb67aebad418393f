import assert from "node:assert/strict";
import { regionForGemeente, searchGemeenten } from "@werkcentrum/regions/finder";

assert.equal(regionForGemeente("Hengelo").status, "unique");
assert.equal(searchGemeenten("zwol")[0]?.region.name, "Regio Zwolle");
