import type { ComponentExample } from "../../../component.js";
import type { PaginationParams } from "./params.js";

export const paginationExamples: ComponentExample<PaginationParams>[] = [
  {
    name: "Pagina 3 van 9",
    params: {
      label: "Paginering (voorbeeld 1)",
      previous: { href: "/nieuws/pagina/2/" },
      next: { href: "/nieuws/pagina/4/" },
      items: [
        { number: 1, href: "/nieuws/" },
        { ellipsis: true },
        { number: 2, href: "/nieuws/pagina/2/" },
        { number: 3, href: "/nieuws/pagina/3/", current: true },
        { number: 4, href: "/nieuws/pagina/4/" },
        { ellipsis: true },
        { number: 9, href: "/nieuws/pagina/9/" },
      ],
    },
  },
  {
    name: "Alleen vorige en volgende",
    params: {
      label: "Paginering (voorbeeld 2)",
      previous: { href: "/agenda/", text: "Eerdere activiteiten" },
      next: { href: "/agenda/pagina/3/", text: "Latere activiteiten" },
    },
  },
];
