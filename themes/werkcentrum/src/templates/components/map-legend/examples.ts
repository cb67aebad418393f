import type { ComponentExample } from "../../../component.js";
import type { MapLegendParams } from "./params.js";

/** Stand-ins for the swatches the generator draws: a square filled like a region, the pattern (if any) inside. */
const svg = (defs: string, rect: string) =>
  '<svg xmlns="http://www.w3.org/2000/svg" class="wc-map-legend__swatch" viewBox="0 0 24 24" width="1.5em" height="1.5em" aria-hidden="true" focusable="false">' +
  `${defs}<rect class="wc-map__region" x="0.5" y="0.5" width="23" height="23" ${rect}/></svg>`;
const dots = '<path d="M2 .8a1.2 1.2 0 1 1 0 2.4a1.2 1.2 0 1 1 0-2.4M6 4.8a1.2 1.2 0 1 1 0 2.4a1.2 1.2 0 1 1 0-2.4" fill="#1c2326"/>';
const lines = '<path d="M-1 1L1-1M0 8L8 0M7 9L9 7" stroke="#1c2326" stroke-width="1.2"/>';
const patterned = (id: string, marks: string) =>
  svg(
    `<defs><pattern id="${id}" patternUnits="userSpaceOnUse" width="8" height="8"><rect width="8" height="8" fill="#dcedef"/>${marks}</pattern></defs>`,
    `fill="url(#${id})" stroke="#1c2326"`,
  );
const active = svg("", 'fill="currentColor" stroke="#fff"');
const developing = svg("", 'fill="#dcedef" stroke="#1c2326"');

export const mapLegendExamples: ComponentExample<MapLegendParams>[] = [
  {
    name: "Kleur en patroon",
    params: {
      items: [
        { kind: "status", key: "actief", label: "Werkcentrum actief", count: 12, swatch: active },
        { kind: "status", key: "in-ontwikkeling", label: "Werkcentrum in ontwikkeling", count: 23, swatch: developing },
        { kind: "form", key: "fysiek", label: "Fysiek", count: 9, swatch: patterned("voorbeeldlegenda-fysiek", dots) },
        { kind: "form", key: "digitaal", label: "Digitaal", count: 1, swatch: patterned("voorbeeldlegenda-digitaal", lines) },
        { kind: "form", key: "beide", label: "Fysiek en digitaal", count: 12, swatch: patterned("voorbeeldlegenda-beide", lines + dots) },
        { kind: "form", key: "onbekend", label: "Vorm nog niet bekend: geen patroon", count: 13, swatch: developing },
      ],
    },
  },
  {
    name: "Alleen kleur, met een eigen tekst erboven",
    params: {
      statusHeading: "Stand van het Werkcentrum",
      items: [
        { kind: "status", key: "actief", label: "Werkcentrum actief", count: 1, swatch: active },
        { kind: "status", key: "in-ontwikkeling", label: "Werkcentrum in ontwikkeling", count: 34, swatch: developing },
      ],
    },
  },
];
