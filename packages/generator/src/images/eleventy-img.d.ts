// @11ty/eleventy-img ships JSDoc, not TypeScript declarations. These declare only the surface images/prepare.ts uses.
declare module "@11ty/eleventy-img" {
  export interface ImageOutput {
    format: string;
    width: number;
    height: number;
    url: string;
    sourceType: string;
    srcset: string;
    filename: string;
    size: number;
    /** With `dryRun: true`: the encoded file, not written anywhere. */
    buffer: Buffer;
  }
  export interface ImageOptions {
    widths: (number | "auto")[];
    formats: string[];
    urlPath: string;
    outputDir: string;
    filenameFormat: (id: string, src: string | Buffer, width: number, format: string) => string;
    dryRun: boolean;
    useCache: boolean;
    sharpOptions: Record<string, unknown>;
    sharpAvifOptions: Record<string, unknown>;
    sharpWebpOptions: Record<string, unknown>;
    sharpJpegOptions: Record<string, unknown>;
    sharpPngOptions: Record<string, unknown>;
    minimumThreshold: number;
    fixOrientation: boolean;
  }
  /** `src`: a file path, or the file's bytes (prepare.ts passes the bytes it checked). */
  function eleventyImage(src: string | Buffer, options: Partial<ImageOptions>): Promise<Record<string, ImageOutput[]>>;
  namespace eleventyImage {
    let concurrency: number;
  }
  export default eleventyImage;
}
