import type { ComponentExample } from "../../../component.js";
import type { IndicatorParams } from "./params.js";

/** A stand-in for a chart the generator draws: three bars, labelled, accessible as one image. */
const exampleChart =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 160" width="320" height="160" role="img" aria-label="Staafdiagram, zie de beschrijving eronder">' +
  '<g fill="#0e5e6b"><rect x="30" y="70" width="60" height="60"/><rect x="130" y="50" width="60" height="80"/><rect x="230" y="30" width="60" height="100"/></g>' +
  '<g fill="#1c2326" font-size="14" text-anchor="middle"><text x="60" y="150">2023</text><text x="160" y="150">2024</text><text x="260" y="150">2025</text></g>' +
  '<line x1="20" y1="130" x2="300" y2="130" stroke="#1c2326"/></svg>';

export const indicatorExamples: ComponentExample<IndicatorParams>[] = [
  {
    name: "Kerncijfer",
    params: {
      label: "Werkloosheid in de voorbeeldregio",
      value: 4.2,
      unit: "%",
      description: "Het deel van de beroepsbevolking dat geen werk heeft en wel werk zoekt.",
      source: "voorbeeldbron",
      referenceDate: "1 januari 2026",
    },
  },
  {
    name: "Kerncijfer met grafiek, beschrijving en tabel",
    params: {
      label: "Openstaande vacatures in de zorg",
      value: 12345,
      source: "voorbeeldbron",
      referenceDate: "2025",
      chart: {
        svg: exampleChart,
        caption: "Openstaande vacatures in de zorg, 2023 tot en met 2025",
        description: "Het aantal openstaande vacatures in de zorg steeg elk jaar: van 7.400 in 2023 tot 12.345 in 2025.",
        table: {
          columns: ["Jaar", "Vacatures"],
          rows: [
            ["2023", "7.400"],
            ["2024", "9.870"],
            ["2025", "12.345"],
          ],
        },
      },
    },
  },
];
