/**
 * The phases of a build as the benchmark sees them (scripts/bench.ts): each line of the build log
 * that starts a phase, either a marker of our own steps (`[phase] <name>`, scripts/lib/phase.ts) or a
 * line Astro itself prints. A phase lasts until the next one starts; its peak memory is the largest
 * process-tree RSS sampled while it ran, its CPU time what the tree's processes used meanwhile.
 * Pure, so it is unit-tested without a build.
 */

/** Astro's own log lines that start a phase, in the order Astro prints them. */
const ASTRO_PHASES: [RegExp, string][] = [
  [/\[content\] Syncing content/, 'content loading (Astro content layer)'],
  [/\[build\] Building static entrypoints/, 'bundling (Vite)'],
  [/generating static routes/, 'rendering pages (Astro)'],
  [/\[build\] \d+ page\(s\) built in/, 'Astro exit, next step start-up'],
];

// biome-ignore lint/suspicious/noControlCharactersInRegex: the terminal's colour codes (ESC [ … m), stripped from the build log.
const ANSI_COLOUR = /\x1b\[[0-9;]*m/g;

/** The phase names a chunk of build log starts, in order. */
export function phasesIn(text: string): string[] {
  const out: string[] = [];
  for (const line of text.replace(ANSI_COLOUR, '').split('\n')) {
    const own = /^\[phase\] (.+)$/.exec(line.trim());
    if (own) {
      out.push(own[1]!.trim());
      continue;
    }
    const astro = ASTRO_PHASES.find(([re]) => re.test(line));
    if (astro) out.push(astro[1]);
  }
  return out;
}

export interface PhaseStats {
  name: string;
  seconds: number;
  /** Largest RSS of the build's process tree sampled during the phase, in MB. */
  peakMB: number;
  /** CPU time (user + system) of the build's process tree during the phase, in seconds. */
  cpuSeconds: number;
}

/**
 * The CPU time of a process tree, from samples of /proc: each sample gives, for every process in
 * the tree, its own user + system time so far (all its threads). A process that has ended keeps
 * the last time sampled, so the total counts processes that were never waited for: Pagefind's
 * binary is killed by its Node API, not waited for, and `/usr/bin/time` misses its 10 s and more.
 * Processes are told apart by process id and start time, so a reused id is a new process.
 * What a process used after its last sample is lost: at most one sampling interval per process.
 */
export class TreeCpu {
  private readonly last = new Map<string, number>();
  private total = 0;

  /** `times`: seconds of CPU so far, per process (key: id and start time). Returns the tree's total. */
  update(times: ReadonlyMap<string, number>): number {
    for (const [key, seconds] of times) {
      const before = this.last.get(key) ?? 0;
      if (seconds > before) {
        this.total += seconds - before;
        this.last.set(key, seconds);
      }
    }
    return this.total;
  }

  get seconds(): number {
    return this.total;
  }
}

/**
 * Collects phases as a build runs: `enter` when a phase starts (at a time in ms), `sample` with
 * each memory reading and the tree's CPU time so far, `finish` at the end. The CPU used between two
 * samples counts for the phase of the later one. A name seen twice adds up (e.g. two passes of a step).
 */
export class PhaseClock {
  private current = 'start-up';
  private since: number;
  private cpu = 0;
  private readonly stats = new Map<string, PhaseStats>();

  constructor(now: number) {
    this.since = now;
    this.stats.set(this.current, { name: this.current, seconds: 0, peakMB: 0, cpuSeconds: 0 });
  }

  enter(name: string, now: number): void {
    this.close(now);
    this.current = name;
    if (!this.stats.has(name)) this.stats.set(name, { name, seconds: 0, peakMB: 0, cpuSeconds: 0 });
  }

  /** `cpuSeconds`: the tree's CPU time since the build started (TreeCpu). */
  sample(rssMB: number, cpuSeconds = this.cpu): void {
    const s = this.stats.get(this.current)!;
    if (rssMB > s.peakMB) s.peakMB = rssMB;
    if (cpuSeconds > this.cpu) {
      s.cpuSeconds += cpuSeconds - this.cpu;
      this.cpu = cpuSeconds;
    }
  }

  get phase(): string {
    return this.current;
  }

  finish(now: number): PhaseStats[] {
    this.close(now);
    return [...this.stats.values()];
  }

  private close(now: number): void {
    this.stats.get(this.current)!.seconds += (now - this.since) / 1000;
    this.since = now;
  }
}
