/**
 * The Markdown report of a self-assessment: result, sections, prioritised actions and every
 * question with its answer. Built in the browser when the reader downloads it.
 */
import type { Checklist, FlagLevel } from '#src/schemas/checklist.ts';
import { isoDay } from '#src/lib/dates.ts';
import { sanitizeAnswers, scaleOf, type Answers, type Instrument } from './answers.ts';
import type { ScoreResult } from './scores.ts';

/** How the overall score reads, in words. */
export function scoreMeaning(mode: Checklist['mode']): string {
  return mode === 'risk' ? 'risk score: 0 is lowest risk, 100 highest' : mode === 'maturity' ? 'maturity score: 100 is best practice' : 'reflection score';
}

const FLAG_WORD: Record<FlagLevel, string> = { low: 'Low flag', medium: 'Medium flag', high: 'High flag' };

/** Makes text safe inside a Markdown table cell or list line. */
function md(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').replace(/([\\|*_`[\]<>])/g, '\\$1');
}

/** Options of `toMarkdown`. */
export interface MarkdownOptions {
  /**
   * The site's address (e.g. `https://example.org/`). Site paths in action links ("/practices/…")
   * are made absolute against it, so the links still work in a downloaded file. Default: left as is.
   */
  baseUrl?: string;
}

/** A site path made absolute against `baseUrl` (other links, and all links without a base, unchanged). */
export function absoluteHref(href: string, baseUrl?: string): string {
  if (!baseUrl || !href.startsWith('/') || href.startsWith('//')) return href;
  try {
    return new URL(href, baseUrl).href;
  } catch {
    return href;
  }
}

/** A Markdown report: result, sections, prioritised actions and every question with its answer. */
export function toMarkdown(instrument: Instrument, answers: Answers, result: ScoreResult, date: string | Date, options: MarkdownOptions = {}): string {
  const clean = sanitizeAnswers(instrument, answers);
  const out: string[] = [];
  const pct = (x: number | null) => (x === null ? 'no score' : `${x} / 100`);
  out.push(`# ${md(instrument.title)}`, '');
  out.push(`Self-assessment completed on ${isoDay(date)}. Modelled on ${instrument.modelledOn.map((m) => md(m.label)).join('; ')}. This is not an official form.`, '');
  out.push('## Result', '');
  out.push(`- Overall: ${pct(result.score)} (${scoreMeaning(result.mode)})`);
  out.push(`- Level: ${result.level ? `**${md(result.level.label)}**: ${md(result.level.description)}` : 'none (no applicable answer yet)'}`);
  if (result.level && result.level !== result.scoreLevel) {
    out.push(`- ${result.scoreLevel ? `The score alone gives "${md(result.scoreLevel.label)}"` : 'There is no score yet'}; the level was set because:`);
    for (const r of result.forced.filter((f) => f.level === result.level)) out.push(`  - ${md(r.description)}`);
  }
  out.push(`- Answered: ${result.answered} of ${result.total} (${Math.round(result.completion * 100)}%), of which ${result.notApplicable} not applicable`);
  out.push(`- Flags raised: ${result.flags.length}`, '');
  out.push('| Section | Score | Answered |', '| --- | --- | --- |');
  for (const s of result.sections) out.push(`| ${md(s.title)} | ${s.score === null ? 'no score' : s.score} | ${s.answered} of ${s.total} |`);
  out.push('');
  out.push(result.mode === 'risk' ? '## Draft risk-mitigation plan' : '## Recommended actions', '');
  if (result.actions.length === 0) out.push('No action: every answered item has the best answer.', '');
  for (const a of result.actions) {
    const flag = a.flag ? `[${FLAG_WORD[a.flag]}] ` : '';
    out.push(`${a.rank}. ${flag}**${md(a.question)}** (${md(a.sectionTitle)}; answer: ${md(a.answerLabel)})`);
    out.push(`   ${md(a.action)}`);
    if (a.links.length) out.push(`   See: ${a.links.map((l) => `[${md(l.label)}](${absoluteHref(l.href, options.baseUrl)})`).join(', ')}`);
  }
  if (result.actions.length) out.push('');
  out.push('## Answers', '');
  for (const section of instrument.sections) {
    out.push(`### ${md(section.title)}`, '');
    for (const item of section.items) {
      const value = clean[item.id];
      const label = value === undefined ? 'Not answered' : (scaleOf(instrument, item).find((o) => o.value === value)?.label ?? 'Not answered');
      out.push(`- ${md(item.question)}`, `  Answer: ${md(label)}`);
    }
    out.push('');
  }
  return out.join('\n');
}

