import type { ComponentExample } from "../../../component.js";
import type { ServiceCardParams } from "./params.js";

export const serviceCardExamples: ComponentExample<ServiceCardParams>[] = [
  {
    name: "Dienst met aanbieder en doelgroepen",
    params: {
      href: "/diensten/loopbaanadvies/",
      title: "Loopbaanadvies",
      summary: "Een gesprek met een loopbaanadviseur over uw talenten en over werk met toekomst. Gratis.",
      provider: "UWV en gemeenten",
      audiences: ["werkzoekenden", "werkenden"],
    },
  },
  {
    name: "Alleen titel en samenvatting",
    params: {
      href: "/diensten/proefplaatsing/",
      title: "Proefplaatsing",
      summary: "Eerst een paar weken meewerken, dan pas beslissen over een contract.",
    },
  },
];
