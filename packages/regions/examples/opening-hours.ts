import assert from "node:assert/strict";
import { toOpeningHoursSpecification, type Openingstijd } from "@werkcentrum/regions";

// A vestiging's `openingstijden` from site.yml, as siteProfileSchema validated them.
const openingstijden: Openingstijd[] = [{ dagen: ["maandag", "dinsdag", "woensdag", "donderdag"], open: "09:00", dicht: "17:00" }];
assert.deepEqual(toOpeningHoursSpecification(openingstijden), [
  { "@type": "OpeningHoursSpecification", dayOfWeek: ["Monday", "Tuesday", "Wednesday", "Thursday"], opens: "09:00", closes: "17:00" },
]);
