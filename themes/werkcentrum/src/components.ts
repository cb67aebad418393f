import { defineComponent } from "./component.js";
import type { ThemeComponent } from "./component.js";
import { skipLinkExamples } from "./templates/components/skip-link/examples.js";
import { skipLinkParams } from "./templates/components/skip-link/params.js";
import { headerExamples } from "./templates/components/header/examples.js";
import { headerParams } from "./templates/components/header/params.js";
import { breadcrumbsExamples } from "./templates/components/breadcrumbs/examples.js";
import { breadcrumbsParams } from "./templates/components/breadcrumbs/params.js";
import { audienceTilesExamples } from "./templates/components/audience-tiles/examples.js";
import { audienceTilesParams } from "./templates/components/audience-tiles/params.js";
import { serviceCardExamples } from "./templates/components/service-card/examples.js";
import { serviceCardParams } from "./templates/components/service-card/params.js";
import { newsListExamples } from "./templates/components/news-list/examples.js";
import { newsListParams } from "./templates/components/news-list/params.js";
import { eventListExamples } from "./templates/components/event-list/examples.js";
import { eventListParams } from "./templates/components/event-list/params.js";
import { locationCardExamples } from "./templates/components/location-card/examples.js";
import { locationCardParams } from "./templates/components/location-card/params.js";
import { contactBlockExamples } from "./templates/components/contact-block/examples.js";
import { contactBlockParams } from "./templates/components/contact-block/params.js";
import { memberListExamples } from "./templates/components/member-list/examples.js";
import { memberListParams } from "./templates/components/member-list/params.js";
import { indicatorExamples } from "./templates/components/indicator/examples.js";
import { indicatorParams } from "./templates/components/indicator/params.js";
import { noticeExamples } from "./templates/components/notice/examples.js";
import { noticeParams } from "./templates/components/notice/params.js";
import { paginationExamples } from "./templates/components/pagination/examples.js";
import { paginationParams } from "./templates/components/pagination/params.js";
import { searchFormExamples } from "./templates/components/search-form/examples.js";
import { searchFormParams } from "./templates/components/search-form/params.js";
import { languageSwitchExamples } from "./templates/components/language-switch/examples.js";
import { languageSwitchParams } from "./templates/components/language-switch/params.js";
import { gemeenteFinderExamples } from "./templates/components/gemeente-finder/examples.js";
import { gemeenteFinderParams } from "./templates/components/gemeente-finder/params.js";
import { footerExamples } from "./templates/components/footer/examples.js";
import { footerParams } from "./templates/components/footer/params.js";

/**
 * Every component of the theme, in the order of the preview page (`/ontwerp/` on werkcentrum.nl). A test checks
 * that this list and the folders in `templates/components/` agree.
 */
export const components: readonly ThemeComponent[] = [
  defineComponent({
    name: "skip-link",
    macro: "wcSkipLink",
    title: "Skiplink",
    description: "Eerste link op elke pagina: springt over de kop en het menu naar de inhoud. Zichtbaar zodra hij focus krijgt.",
    params: skipLinkParams,
    examples: skipLinkExamples,
  }),
  defineComponent({
    name: "header",
    macro: "wcHeader",
    title: "Kop",
    description: "Woordmerk met de regionaam eronder, hoofdmenu, en waar nodig taalkeuze en zoeken.",
    params: headerParams,
    examples: headerExamples,
  }),
  defineComponent({
    name: "breadcrumbs",
    macro: "wcBreadcrumbs",
    title: "Kruimelpad",
    description: "Laat zien waar de pagina in de website staat.",
    params: breadcrumbsParams,
    examples: breadcrumbsExamples,
  }),
  defineComponent({
    name: "audience-tiles",
    macro: "wcAudienceTiles",
    title: "Doelgroepen",
    description: "De drie ingangen van elk Werkcentrum: werkzoekenden, werkenden en werkgevers.",
    params: audienceTilesParams,
    examples: audienceTilesExamples,
  }),
  defineComponent({
    name: "service-card",
    macro: "wcServiceCard",
    title: "Dienst",
    description: "Korte kaart van een dienst, met aanbieder en doelgroepen.",
    params: serviceCardParams,
    examples: serviceCardExamples,
  }),
  defineComponent({
    name: "news-list",
    macro: "wcNewsList",
    title: "Nieuwslijst",
    description: "Nieuwsberichten met datum en samenvatting.",
    params: newsListParams,
    examples: newsListExamples,
  }),
  defineComponent({
    name: "event-list",
    macro: "wcEventList",
    title: "Agenda",
    description: "Activiteiten met datum, tijd en plaats.",
    params: eventListParams,
    examples: eventListExamples,
  }),
  defineComponent({
    name: "location-card",
    macro: "wcLocationCard",
    title: "Vestiging",
    description: "Adres, openingstijden en toegankelijkheid van een vestiging.",
    params: locationCardParams,
    examples: locationCardExamples,
  }),
  defineComponent({
    name: "contact-block",
    macro: "wcContactBlock",
    title: "Contact",
    description: "Telefoon, e-mail en contactformulier.",
    params: contactBlockParams,
    examples: contactBlockExamples,
  }),
  defineComponent({
    name: "member-list",
    macro: "wcMemberList",
    title: "Leden Regionaal Beraad",
    description: "De partners in het Regionaal Beraad, per groep.",
    params: memberListParams,
    examples: memberListExamples,
  }),
  defineComponent({
    name: "indicator",
    macro: "wcIndicator",
    title: "Kerncijfer en grafiek",
    description: "Een cijfer over de arbeidsmarkt met bron, en eventueel een grafiek met beschrijving en tabel.",
    params: indicatorParams,
    examples: indicatorExamples,
  }),
  defineComponent({
    name: "notice",
    macro: "wcNotice",
    title: "Melding",
    description: "Informatie, bevestiging, waarschuwing of fout. De soort staat ook in tekst, niet alleen in kleur.",
    params: noticeParams,
    examples: noticeExamples,
  }),
  defineComponent({
    name: "pagination",
    macro: "wcPagination",
    title: "Paginering",
    description: "Naar de vorige, volgende of een andere pagina van een lange lijst.",
    params: paginationParams,
    examples: paginationExamples,
  }),
  defineComponent({
    name: "search-form",
    macro: "wcSearchForm",
    title: "Zoeken",
    description: "Zoekveld dat zonder JavaScript werkt: het stuurt de zoekvraag naar de zoekpagina.",
    params: searchFormParams,
    examples: searchFormExamples,
  }),
  defineComponent({
    name: "language-switch",
    macro: "wcLanguageSwitch",
    title: "Taalkeuze",
    description: "Links naar de vertalingen van een pagina, alleen als die er zijn.",
    params: languageSwitchParams,
    examples: languageSwitchExamples,
  }),
  defineComponent({
    name: "gemeente-finder",
    macro: "wcGemeenteFinder",
    title: "Gemeentezoeker",
    description: "Alle gemeenten van A tot Z met een link naar hun Werkcentrum. Werkt zonder JavaScript.",
    params: gemeenteFinderParams,
    examples: gemeenteFinderExamples,
  }),
  defineComponent({
    name: "footer",
    macro: "wcFooter",
    title: "Voet",
    description: "Over het Werkcentrum en de verplichte links: toegankelijkheid, privacy, contact en sitemap.",
    params: footerParams,
    examples: footerExamples,
  }),
];
