import type { ComponentExample } from "../../../component.js";
import type { GemeenteFinderParams } from "./params.js";

export const gemeenteFinderExamples: ComponentExample<GemeenteFinderParams>[] = [
  {
    name: "Lijst van A tot Z (werkt zonder JavaScript)",
    params: {
      idPrefix: "voorbeeld-gemeenten",
      groups: [
        {
          letter: "A",
          gemeenten: [
            { name: "Aa en Hunze", href: "https://drenthe.werkcentrum.nl/", regionName: "Drenthe" },
            { name: "Aalsmeer", href: "https://groot-amsterdam.werkcentrum.nl/", regionName: "Groot Amsterdam" },
          ],
        },
        {
          letter: "B",
          gemeenten: [
            { name: "Bergen (L.)", href: "https://noord-limburg.werkcentrum.nl/", regionName: "Noord-Limburg" },
            { name: "Bergen (NH.)", href: "https://noord-holland-noord.werkcentrum.nl/", regionName: "Noord-Holland Noord" },
          ],
        },
      ],
    },
  },
];
