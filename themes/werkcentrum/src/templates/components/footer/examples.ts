import type { ComponentExample } from "../../../component.js";
import type { FooterParams } from "./params.js";

export const footerExamples: ComponentExample<FooterParams>[] = [
  { name: "Landelijke site", params: { linksLabel: "Over deze website (voorbeeld 1)" } },
  {
    name: "Regionale site met extra link",
    params: {
      regionName: "Rijnmond",
      linksLabel: "Over deze website (voorbeeld 2)",
      landingHref: "https://werkcentrum.nl/",
      links: [{ href: "/over-ons/", text: "Over het Werkcentrum" }],
    },
  },
];
