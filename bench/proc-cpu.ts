import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** CPU seconds (user + system) a process and its descendants have used, from /proc (Linux). */
export function cpuSeconds(rootPid: number | undefined): number {
  if (rootPid === undefined || !existsSync('/proc')) return NaN;
  const stats = new Map<number, { ppid: number; cpu: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const text = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
      // After the name: state ppid … utime(12) stime(13) cutime(14) cstime(15), from field 3 on.
      stats.set(Number(entry), { ppid: Number(fields[1]), cpu: Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]) });
    } catch {
      // the process ended meanwhile
    }
  }
  let ticks = 0;
  const visit = (pid: number) => {
    const own = stats.get(pid);
    if (!own) return;
    ticks += own.cpu;
    for (const [child, info] of stats) if (info.ppid === pid) visit(child);
  };
  visit(rootPid);
  return ticks / 100; // USER_HZ is 100 on Linux
}
