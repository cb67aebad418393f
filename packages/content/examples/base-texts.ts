import assert from "node:assert/strict";
import { createContentFile, loadBaseTexts } from "@werkcentrum/content";

const texts = await loadBaseTexts(); // every base text, each also as a model entry (`entry`, origin "toolkit")
assert.ok(texts.every((text) => text.entry?.origin === "toolkit"));
const file = await createContentFile("sites/rijnmond", "nieuws", "Open dag"); // never overwrites a file
console.log(file);
