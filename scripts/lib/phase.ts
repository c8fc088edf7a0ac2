/**
 * Phase markers of the build, read by the benchmark (`npm run bench`, scripts/bench/phases.ts) to
 * time each step and find its memory peak. A step calls `phase('Pagefind index')` when it starts;
 * the line `[phase] Pagefind index` is printed only when ACADEMY_PHASES is set (the benchmark sets
 * it), so a plain `npm run build` prints nothing more.
 */
export function phase(name: string): void {
  if (process.env.ACADEMY_PHASES) process.stdout.write(`[phase] ${name}\n`);
}
