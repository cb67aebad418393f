import { fileURLToPath } from "node:url";

/** Folder with the theme's Nunjucks templates (`layouts/`, `components/`), for a Nunjucks loader search path. */
export const templatesDir: string = fileURLToPath(new URL("./templates/", import.meta.url));

/**
 * Folder with the theme's built, content-hashed assets (CSS and fonts), copied to `/assets/` of every site.
 * `themeAssets` names the files in it that pages load.
 */
export const assetsDir: string = fileURLToPath(new URL("./assets/", import.meta.url));
