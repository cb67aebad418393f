import assert from "node:assert/strict";
import { getRegion } from "@werkcentrum/regions";

assert.equal(getRegion("rijnmond")?.code, "AM22");
assert.equal(getRegion("AM22")?.name, "Rijnmond");
assert.equal(getRegion("Zaanstreek/Waterland")?.host, "zaanstreek-waterland.werkcentrum.nl");
assert.equal(getRegion("Atlantis"), undefined);
