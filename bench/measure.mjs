// Runs a command and measures its wall time and the peak resident memory of its whole process tree.
//
// A build runs several processes at once (turbo, npm, node with its builder threads, Pagefind), so the memory that
// matters is the sum over every process alive at the same moment. `/usr/bin/time -v` reports one process's own peak only, so the
// tree is sampled from /proc instead: every `intervalMs` the runner walks /proc, finds all descendants of the
// child, and sums their VmRSS. The peak of those sums is the figure. Shared pages (the node binary, shared
// libraries) are counted once per process, so the figure errs on the high side, which is what a memory limit on a
// build machine would also see (cgroup accounting differs, but not by much for node processes).
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

function processTable() {
  const parents = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Field 4 (ppid) follows the command name in parentheses, which may itself contain spaces.
      const after = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parents.set(Number(entry), Number(after[1]));
    } catch {
      // The process ended between readdir and read.
    }
  }
  return parents;
}

function rssKb(pid) {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** `root` and every process below it. */
function processTree(root) {
  const children = new Map();
  for (const [pid, ppid] of processTable()) {
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push(pid);
  }
  const tree = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop();
    tree.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Sum of VmRSS over `root` and all its descendants, in kB, and how many processes that was. */
export function treeRss(root) {
  const tree = processTree(root);
  return { kb: tree.reduce((sum, pid) => sum + rssKb(pid), 0), processes: tree.length };
}

/**
 * CPU seconds used so far by `root` and every process below it, running or finished (proc(5): utime, stime, cutime,
 * cstime, in clock ticks of 1/100 s on Linux): what the work costs whatever else the machine runs.
 */
export function treeCpuSeconds(root) {
  let ticks = 0;
  for (const pid of processTree(root)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // A running child's own time counts here; once it has ended and been waited for, in its parent's cutime.
      ticks += fields.slice(11, 15).reduce((sum, value) => sum + Number(value), 0);
    } catch {
      // The process ended between the walk and the read.
    }
  }
  return ticks / 100;
}

/**
 * Runs `command args` in `cwd`; resolves { seconds, peakRssMb, peakProcesses, code, output }. Rejects on a non-zero
 * exit unless `allowFailure`.
 */
export function measure(command, args, { cwd, env = {}, intervalMs = 100, allowFailure = false, quiet = true } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const collect = (chunk) => {
      output += chunk;
      if (!quiet) process.stderr.write(chunk);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    let peakKb = 0;
    let peakProcesses = 0;
    const sample = () => {
      const { kb, processes } = treeRss(child.pid);
      if (kb > peakKb) peakKb = kb;
      if (processes > peakProcesses) peakProcesses = processes;
    };
    const timer = setInterval(sample, intervalMs);
    child.on("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      const result = { seconds, peakRssMb: peakKb / 1024, peakProcesses, code, output };
      if (code !== 0 && !allowFailure) {
        reject(new Error(`${command} ${args.join(" ")} exited with ${code}\n${output.slice(-4000)}`));
      } else resolve(result);
    });
  });
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
