import type { ComponentExample } from "../../../component.js";
import type { LocationCardParams } from "./params.js";

export const locationCardExamples: ComponentExample<LocationCardParams>[] = [
  {
    name: "Vestiging met openingstijden en middagpauze",
    params: {
      name: "Werkplein Voorbeeldstad",
      address: { street: "Voorbeeldstraat 1", postcode: "1234 AB", place: "Voorbeeldstad" },
      openingHours: [
        { days: ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"], opens: "09:00", closes: "12:30" },
        { days: ["maandag", "dinsdag", "woensdag", "donderdag"], opens: "13:30", closes: "17:00" },
      ],
      openingHoursNote: "Op feestdagen zijn wij gesloten.",
      accessibility: "De ingang is gelijkvloers. Er is een lift en een stille ruimte voor een gesprek.",
      routeHref: "/vestigingen/werkplein-voorbeeldstad/#route",
    },
  },
  {
    name: "Alleen een adres",
    params: { name: "Leerwerkpunt Voorbeelddorp", address: { street: "Dorpsplein 2", postcode: "5678 CD", place: "Voorbeelddorp" } },
  },
];
