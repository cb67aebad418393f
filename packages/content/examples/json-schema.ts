import assert from "node:assert/strict";
import nieuws from "@werkcentrum/content/schemas/nieuws.json" with { type: "json" };

assert.ok("titel" in nieuws.properties);
