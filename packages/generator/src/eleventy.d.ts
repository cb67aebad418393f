// Eleventy 3 ships JSDoc, not TypeScript declarations. These declare only the surface this package's own code uses
// (build.ts starts Eleventy, serve.ts the dev server). Internal: never published, and never referenced from the
// published types (tsup.config.ts), because an ambient module here would replace a consumer's own Eleventy types.
declare module "@11ty/eleventy" {
  /** The plugin's view of the configuration API (src/eleventy-config.ts). */
  export type EleventyConfig = import("./eleventy-config.js").EleventyConfig & {
    addPlugin<T>(plugin: (config: import("./eleventy-config.js").EleventyConfig, options: T) => void | Promise<void>, options?: T): void;
    setQuietMode(quiet: boolean): void;
    setLibrary(extension: string, library: unknown): void;
    /** `false`: no template, layout or compile result is kept in Eleventy's process-wide caches. */
    setUseTemplateCache(use: boolean): void;
  };
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
    /** Eleventy's console output; `overrideLogger(false)` silences all of it (quietMode leaves the "Wrote" line). */
    readonly logger: { overrideLogger(logger: false): void };
  }
}

declare module "@11ty/eleventy-dev-server" {
  interface DevServerOptions {
    logger?: { log(...args: unknown[]): void; info(...args: unknown[]): void; error(...args: unknown[]): void };
    /** URL patterns answered by a function; returning undefined passes the request on to the served folder. */
    // The server awaits the callback's result (server.js), so it may be a promise.
    onRequest?: Record<string, (request: { url: URL }) => DevServerAnswer | Promise<DevServerAnswer>>;
  }
  type DevServerAnswer = string | { status?: number; headers?: Record<string, string>; body?: string | Uint8Array } | undefined;
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
