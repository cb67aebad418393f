import assert from "node:assert/strict";
import { readSiteProfile } from "@werkcentrum/content";

const { data: profile, problems } = await readSiteProfile("sites/rijnmond/site.yml");
assert.deepEqual(problems, []);
assert.equal(profile?.naam, "Rijnmond");
