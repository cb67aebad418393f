import assert from "node:assert/strict";
import { regionForGemeente } from "@werkcentrum/regions";

const result = regionForGemeente("Den Bosch");
assert.equal(result.status, "unique");
if (result.status === "unique") assert.equal(result.region.host, "noordoost-brabant.werkcentrum.nl");

const bergen = regionForGemeente("Bergen");
// { status: "ambiguous", matches: [{ gemeente: Bergen (L.), region: Noord-Limburg },
//                                  { gemeente: Bergen (NH.), region: Noord-Holland Noord }] }
assert.equal(bergen.status, "ambiguous");
if (bergen.status === "ambiguous") {
  assert.deepEqual(
    bergen.matches.map((match) => `${match.gemeente.name}: ${match.region.name}`),
    ["Bergen (L.): Noord-Limburg", "Bergen (NH.): Noord-Holland Noord"],
  );
}

assert.deepEqual(regionForGemeente("Atlantis"), { status: "not-found", query: "Atlantis" });
