import { fileURLToPath } from "node:url";

/** Folder with the theme's Nunjucks templates (`layouts/`), for a Nunjucks loader search path. */
export const templatesDir: string = fileURLToPath(new URL("./templates/", import.meta.url));

/** Folder with the theme's static assets (CSS), copied to `/assets/` of every site. */
export const assetsDir: string = fileURLToPath(new URL("./assets/", import.meta.url));

/** Layouts a page may name in its front matter. Anything else is refused by the content checks. */
export const layoutNames = ["base", "home", "landing", "page"] as const;
export type LayoutName = (typeof layoutNames)[number];
