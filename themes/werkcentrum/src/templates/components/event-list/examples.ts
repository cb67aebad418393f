import type { ComponentExample } from "../../../component.js";
import type { EventListParams } from "./params.js";

export const eventListExamples: ComponentExample<EventListParams>[] = [
  {
    name: "Komende activiteiten",
    params: {
      items: [
        {
          href: "/agenda/inloopochtend-april/",
          title: "Inloopochtend: vragen over werk en scholing",
          start: "2026-04-02T09:30",
          end: "2026-04-02T12:00",
          place: "Werkplein, Voorbeeldstad",
        },
        {
          href: "/agenda/webinar-omscholen/",
          title: "Webinar: omscholen naar de techniek",
          start: "2026-04-16T19:00+02:00",
          online: true,
        },
        {
          href: "/agenda/banenweek/",
          title: "Banenweek",
          start: "2026-05-11",
          end: "2026-05-15",
          place: "Verschillende plaatsen in de regio",
          online: true,
        },
      ],
    },
  },
  { name: "Lege agenda", params: { items: [] } },
];
