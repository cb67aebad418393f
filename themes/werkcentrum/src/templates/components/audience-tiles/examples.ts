import type { ComponentExample } from "../../../component.js";
import type { AudienceTilesParams } from "./params.js";

export const audienceTilesExamples: ComponentExample<AudienceTilesParams>[] = [
  {
    name: "De drie doelgroepen met de standaardteksten",
    params: {
      items: [
        { audience: "werkzoekenden", href: "/werkzoekenden/" },
        { audience: "werkenden", href: "/werkenden/" },
        { audience: "werkgevers", href: "/werkgevers/" },
      ],
    },
  },
  {
    name: "Met eigen teksten, als kopje van niveau 3",
    params: {
      headingLevel: 3,
      items: [
        { audience: "werkzoekenden", href: "/werkzoekenden/", title: "Ik zoek werk", text: "Vacatures, sollicitatiehulp en scholing." },
        { audience: "werkgevers", href: "/werkgevers/", title: "Ik zoek personeel", text: "Wij vinden en begeleiden nieuwe medewerkers." },
      ],
    },
  },
];
