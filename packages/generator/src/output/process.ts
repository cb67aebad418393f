/** Whether a process with this id runs on this machine (signal 0 only checks; EPERM means it runs as another user). */
export function isAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The environment variable of the crash tests' hook (output/*.chaos.test.ts). */
export const PAUSE_VARIABLE = "WERKCENTRUM_TEST_PAUSE";
/** The line the hook writes to stderr when it stops at a point. */
export const PAUSED_LINE = "werkcentrum-test-paused";

/**
 * A named point in the output swap where the crash tests kill the build. Only when WERKCENTRUM_TEST_PAUSE names
 * this point does the process say so on stderr and then wait until it is killed; otherwise this returns at once,
 * so a real build never waits here. The tests use it to SIGKILL a build at an exact step instead of guessing with
 * timers.
 */
export async function pausePoint(name: string): Promise<void> {
  if (process.env[PAUSE_VARIABLE] !== name) return;
  process.stderr.write(`${PAUSED_LINE} ${name}\n`);
  await new Promise<never>(() => setInterval(() => undefined, 60_000));
}
