// Every page module, one per file, called in this order. Add a module by adding one line to the list.
import { addLanding } from "./landing.js";
import { agendaPages } from "./sections/agenda.js";
import { audiencePages } from "./sections/audiences.js";
import { faqPage } from "./sections/faq.js";
import { homeData } from "./sections/home-data.js";
import { newsPages } from "./sections/news.js";
import { schemePages } from "./sections/schemes.js";
import { addAboutPage } from "./about.js";
import { addAgendaPlanPages } from "./agenda-plan.js";
import { contentPages } from "./content-pages.js";
import { addLegalPages } from "./legal.js";
import { addLocationsPage } from "./locations.js";
import { addRequiredPages } from "./required.js";
import { addSearchPage } from "./search.js";
import { addThemeFilters } from "./theme-filters.js";
import type { PageModule } from "./types.js";

export const pageModules: readonly PageModule[] = [
  addThemeFilters,
  addLanding,
  audiencePages,
  newsPages,
  agendaPages,
  schemePages,
  faqPage,
  homeData,
  addLocationsPage,
  addAboutPage,
  addAgendaPlanPages,
  addSearchPage,
  addLegalPages,
  addRequiredPages,
  // Last: the other modules decide the layouts of section URLs and which entries get no page of their own.
  contentPages,
];
