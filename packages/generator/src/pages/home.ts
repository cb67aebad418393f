import { setGlobalData } from "../global-data.js";
import { newestFirst, newsListItem } from "../sections/news.js";
import { siteContent } from "../sections/site-content.js";
import { guideBlock } from "./required.js";
import type { PageModule } from "./types.js";

/** How many news items the home page shows (theme `home` layout, data `werkcentrum.latestNews`). */
export const HOME_NEWS = 3;

/**
 * `werkcentrum.latestNews` for the home page: the three newest items; `werkcentrum.guide`, how to reach a guide, for
 * the home and contact pages. (`werkcentrum.upcomingEvents` comes from the events module,
 * which knows the build date that decides what is upcoming.)
 */
export const addHomeData: PageModule = async (config, context) => {
  if (context.site.kind !== "region") return;
  const content = siteContent(context);
  setGlobalData(config, "guide", guideBlock(context.profile));
  setGlobalData(config, "latestNews", content.of("nieuws").sort(newestFirst).slice(0, HOME_NEWS).map(newsListItem));
};
