import type { ComponentExample } from "../../../component.js";
import type { NewsListParams } from "./params.js";

export const newsListExamples: ComponentExample<NewsListParams>[] = [
  {
    name: "Laatste nieuws",
    params: {
      items: [
        {
          href: "/nieuws/banenmarkt-zorg/",
          title: "Banenmarkt zorg en welzijn in het voorjaar",
          date: "2026-03-12",
          summary: "Zorgorganisaties uit de regio zoeken nieuwe collega's, ook zonder ervaring in de zorg.",
        },
        { href: "/nieuws/nieuwe-werkplek/", title: "Werkcentrum opent een tweede inloopplek", date: "2026-02-03" },
      ],
    },
  },
  { name: "Nog geen nieuws", params: { items: [] } },
];
