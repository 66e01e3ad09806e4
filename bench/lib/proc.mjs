// Server CPU and memory from /proc (Linux): the server processes and their descendants (the embedded database runs
// in a child process), sampled while a scenario runs. CPU % is of one core (200 % = both cores of this machine).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const TICKS = 100; // USER_HZ on Linux
const PAGE = 4096;

function stat(pid) {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // fields after the command name: state(3) ppid(4) … utime(14) stime(15) … rss(24), numbered from 1 for pid
    return { ppid: Number(f[1]), cpuTicks: Number(f[11]) + Number(f[12]), rss: Number(f[21]) * PAGE };
  } catch {
    return null;
  }
}

/** The pids and all their descendants that are alive now. */
export function processTree(roots) {
  const parents = new Map();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const s = stat(name);
    if (s) parents.set(Number(name), s.ppid);
  }
  const tree = new Set(roots.filter((p) => parents.has(p)));
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parents)
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
  }
  return [...tree];
}

/** The pid(s) listening on a loopback TCP port (from `ss`), for a server the runner did not start. */
export function pidsListeningOn(port) {
  try {
    const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
    return [...new Set([...out.matchAll(/pid=(\d+)/g)].map((m) => Number(m[1])))];
  } catch {
    return [];
  }
}

/** Starts sampling; `stop()` returns { cpuPercent, rssMb } (CPU averaged over the window, peak RSS summed). */
export function sampleProcesses(rootPids, intervalMs = 500) {
  if (rootPids.length === 0) return { stop: () => ({ cpuPercent: null, rssMb: null }) };
  const pids = processTree(rootPids);
  const ticksNow = () => pids.reduce((sum, p) => sum + (stat(p)?.cpuTicks ?? 0), 0);
  const start = { ticks: ticksNow(), at: performance.now() };
  let peakRss = 0;
  const timer = setInterval(() => {
    const rss = pids.reduce((sum, p) => sum + (stat(p)?.rss ?? 0), 0);
    if (rss > peakRss) peakRss = rss;
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      const seconds = (performance.now() - start.at) / 1000;
      const cpu = (ticksNow() - start.ticks) / TICKS / seconds;
      const rss = pids.reduce((sum, p) => sum + (stat(p)?.rss ?? 0), 0);
      return { cpuPercent: Math.round(cpu * 100), rssMb: Math.round(Math.max(peakRss, rss) / 1048576) };
    },
  };
}
