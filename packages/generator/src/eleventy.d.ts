// Eleventy 3 ships JSDoc, not TypeScript declarations. These declare only the surface this package uses.
declare module "@11ty/eleventy" {
  export interface EleventyConfig {
    dir: { input: string; includes: string; output: string };
    /** The resolved project directories (absolute input path); `dir` still holds the defaults while plugins run. */
    directories: { input: string; includes: string; output: string };
    addPlugin<T>(plugin: (config: EleventyConfig, options: T) => void | Promise<void>, options?: T): void;
    addTemplate(virtualPath: string, content: string, data?: Record<string, unknown>): void;
    addGlobalData(name: string, value: unknown): void;
    addLayoutAlias(alias: string, path: string): void;
    /** Runs on every rendered page before it is written; `this.page` has its input and output paths. */
    addTransform(name: string, callback: (this: never, content: unknown) => unknown): void;
    addFilter(name: string, filter: (...args: never[]) => unknown): void;
    /** A filter for Nunjucks templates only (Eleventy also adds it to an Environment set with `setLibrary`). */
    addNunjucksFilter(name: string, filter: (...args: never[]) => unknown): void;
    addPassthroughCopy(paths: string | Record<string, string>): void;
    setLibrary(extension: string, library: unknown): void;
    setQuietMode(quiet: boolean): void;
    on(event: string, callback: (...args: never[]) => unknown): void;
  }
  export interface EleventyOptions {
    quietMode?: boolean;
    runMode?: "build" | "serve" | "watch";
    configPath?: string;
    config?: (config: EleventyConfig) => void | Promise<void>;
  }
  export interface WriteResult {
    inputPath: string;
    outputPath: string | false;
    url: string | false;
  }
  export class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    init(): Promise<void>;
    write(): Promise<[unknown[], WriteResult[]]>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
  }
}

declare module "@11ty/eleventy-dev-server" {
  interface DevServerOptions {
    logger?: { log(...args: unknown[]): void; info(...args: unknown[]): void; error(...args: unknown[]): void };
    /** URL patterns answered by a function; returning undefined passes the request on to the served folder. */
    // The server awaits the callback's result (server.js), so it may be a promise.
    onRequest?: Record<string, (request: { url: URL }) => DevServerAnswer | Promise<DevServerAnswer>>;
  }
  type DevServerAnswer = string | { status?: number; headers?: Record<string, string>; body?: string } | undefined;
  export default class EleventyDevServer {
    static getServer(name: string, dir: string, options?: DevServerOptions): EleventyDevServer;
    serve(port: number): void;
    /** Tells every open page to reload. */
    reload(event?: Record<string, unknown>): void;
    /** The page with the live-reload script added, as the server serves files. */
    augmentContentWithNotifier(html: string): string;
    close(): Promise<void>;
  }
}
