import type { ComponentExample } from "../../../component.js";
import type { MemberListParams } from "./params.js";

export const memberListExamples: ComponentExample<MemberListParams>[] = [
  {
    name: "Regionaal Beraad van een voorbeeldregio",
    params: {
      groups: [
        { category: "gemeenten", members: [{ name: "Gemeente Voorbeeldstad", role: "centrumgemeente" }, { name: "Gemeente Voorbeelddorp" }] },
        { category: "uwv", members: [{ name: "UWV", href: "https://www.uwv.nl/" }] },
        { category: "sbb", members: [{ name: "SBB", href: "https://www.s-bb.nl/" }] },
        { category: "werkgeversorganisaties", members: [{ name: "Regionale werkgeversvereniging" }] },
        { category: "werknemersorganisaties", members: [{ name: "Regionale vakbond" }] },
        { category: "onderwijs", members: [{ name: "Voorbeeld College", role: "contactschool" }] },
      ],
    },
  },
];
