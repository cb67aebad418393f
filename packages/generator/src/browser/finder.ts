// Entry of the landing page's finder script (bundled by ../browser-bundle.ts into /assets/finder.<hash>.js).
import { initFinder } from "./finder-ui.js";

// Array.from: the tsconfig has no DOM.Iterable, and a NodeList needs no more than this.
for (const root of Array.from(document.querySelectorAll<HTMLElement>("[data-wc-gemeente-finder]"))) initFinder(root);
