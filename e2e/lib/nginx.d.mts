// Types of nginx.mjs, for the TypeScript tests that run nginx (packages/generator/src/deploy/nginx-real.test.ts).
import type { ChildProcess } from "node:child_process";

export declare const nginxBin: string;
export declare const nginxEnv: NodeJS.ProcessEnv;
export declare function haveNginx(): boolean;
export declare function testConfig(config: string, options?: { prefix?: string; master?: boolean }): { ok: boolean; output: string };
export declare function startNginx(
  config: string,
  options?: { work?: string; port?: number; master?: boolean; onExit?: (code: number | null, signal: NodeJS.Signals | null) => void },
): Promise<{ child: ChildProcess; output: string; stop(): Promise<void> }>;
export declare function freePort(): Promise<number>;
export declare function waitForPort(port: number, ms?: number): Promise<void>;
export declare function selfSignedCertificate(dir: string, openssl?: string): { key: string; cert: string };
export declare function testMainConfig(options: { state: string; include: string; workerProcesses?: number }): string;
