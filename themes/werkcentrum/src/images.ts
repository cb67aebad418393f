/** CSS pixels in one rem: the browser default, which the theme never changes on the root element. */
const REM_PX = 16;

/**
 * The widest an editor's image is shown, in CSS pixels: the text column (`--werkcentrum-text-max-inline-size`,
 * 42rem in tokens/layout.tokens.json), which both the news item's figure and images in a Markdown body are held to
 * (styles/layout.css). Written here as a number because the package cannot read its token files at run time (they
 * are not published, and a JSON import does not survive every loader); index.test.ts checks it against the token.
 * The generator makes image widths up to twice this (for high-density screens); `werkcentrum check` warns about an
 * image narrower than this.
 */
export const imageDisplayWidth = 42 * REM_PX;

/**
 * The `sizes` attribute of every editor's image: the full viewport width minus the page's side padding on a phone,
 * the text column from there on. One value, because every editor's image sits in the text column.
 */
export const imageSizes = `(min-width: ${imageDisplayWidth + 2 * REM_PX}px) ${imageDisplayWidth}px, calc(100vw - ${2 * REM_PX}px)`;
