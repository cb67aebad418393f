import type { ComponentExample } from "../../../component.js";
import type { BreadcrumbsParams } from "./params.js";

export const breadcrumbsExamples: ComponentExample<BreadcrumbsParams>[] = [
  {
    name: "Dienstpagina",
    params: {
      label: "Kruimelpad (voorbeeld 1)",
      items: [{ text: "Home", href: "/" }, { text: "Werkzoekenden", href: "/werkzoekenden/" }, { text: "Hulp bij solliciteren" }],
    },
  },
  {
    name: "Alleen links naar bovenliggende pagina's",
    params: {
      label: "Kruimelpad (voorbeeld 2)",
      items: [
        { text: "Home", href: "/" },
        { text: "Nieuws", href: "/nieuws/" },
      ],
    },
  },
];
