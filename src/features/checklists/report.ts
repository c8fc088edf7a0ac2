/**
 * The Markdown report of a self-assessment: result, sections, prioritised actions and every
 * question with its answer. Built in the browser when the reader downloads it, in the page's
 * language: every word comes from the `checklists.*` strings (REPORT_KEYS in strings.ts).
 */
import { formatDay } from '#src/lib/i18n/format.ts';
import type { Locale } from '#src/lib/i18n/locale.ts';
import type { Messages } from '#src/lib/i18n/messages.ts';
import { sanitizeAnswers, scaleOf, type Answers, type Instrument } from './answers.ts';
import type { LevelReason, ScoreResult } from './scores.ts';
import type { ReportKey } from './strings.ts';

/** The strings a report is written with. */
export type ReportText = Messages<ReportKey>['t'];

/** Why a level was forced, in words: a flag's message, or the rule's own description. */
export function reasonText(reason: LevelReason, t: ReportText): string {
  return reason.kind === 'flag' ? t(`checklists.reason.flag.${reason.id}`) : reason.description;
}

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
  /** The page's locale, for the date ("21 November 2026", "21 novembre 2026"). Default: English. */
  locale?: Locale;
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
export function toMarkdown(
  instrument: Instrument,
  answers: Answers,
  result: ScoreResult,
  date: string | Date,
  t: ReportText,
  options: MarkdownOptions = {},
): string {
  const clean = sanitizeAnswers(instrument, answers);
  const out: string[] = [];
  const noScore = t('checklists.report.noScore');
  const pct = (x: number | null) => (x === null ? noScore : t('checklists.report.outOf100', { score: x }));
  out.push(`# ${md(instrument.title)}`, '');
  out.push(
    t('checklists.report.completed', {
      date: formatDay(date, options.locale ?? 'en'),
      modelledOn: instrument.modelledOn.map((m) => md(m.label)).join('; '),
    }),
    '',
  );
  out.push(`## ${t('checklists.report.result')}`, '');
  out.push(
    `- ${t('checklists.report.overall', { score: pct(result.score), meaning: t(`checklists.report.meaning.${result.mode}`) })}`,
  );
  const levelText = result.level
    ? `**${md(result.level.label)}**: ${md(result.level.description)}`
    : result.levelWithheld
      ? t('checklists.report.levelWithheld', { min: result.minAnswered, total: result.total })
      : t('checklists.report.levelNone');
  out.push(`- ${t('checklists.report.level', { level: levelText })}`);
  if (result.level && result.level !== result.scoreLevel) {
    out.push(
      `- ${result.scoreLevel ? t('checklists.report.forced', { level: md(result.scoreLevel.label) }) : t('checklists.report.forcedNoScore')}`,
    );
    for (const r of result.forced.filter((f) => f.level === result.level)) out.push(`  - ${md(reasonText(r, t))}`);
  }
  out.push(
    `- ${t('checklists.report.answered', { answered: result.answered, total: result.total, percent: Math.round(result.completion * 100), notApplicable: result.notApplicable })}`,
  );
  if (result.provisional) out.push(`- ${t('checklists.report.provisional')}`);
  out.push(`- ${t('checklists.report.flags', { count: result.flags.length })}`, '');
  out.push(
    `| ${t('checklists.results.section')} | ${t('checklists.results.score')} | ${t('checklists.results.answered')} |`,
    '| --- | --- | --- |',
  );
  for (const s of result.sections)
    out.push(
      `| ${md(s.title)} | ${s.score === null ? noScore : s.score} | ${t('checklists.results.answeredOf', { answered: s.answered, total: s.total })} |`,
    );
  out.push('');
  out.push(
    `## ${t(result.mode === 'risk' ? 'checklists.results.actions.risk' : 'checklists.results.actions.other')}`,
    '',
  );
  if (result.actions.length === 0) out.push(t('checklists.results.noActions'), '');
  for (const a of result.actions) {
    const flag = a.flag ? `[${t(`checklists.flag.${a.flag}`)}] ` : '';
    out.push(
      `${a.rank}. ${flag}**${md(a.question)}** (${t('checklists.report.actionContext', { section: md(a.sectionTitle), answer: md(a.answerLabel) })})`,
    );
    out.push(`   ${md(a.action)}`);
    if (a.links.length)
      out.push(
        `   ${t('checklists.results.see')} ${a.links.map((l) => `[${md(l.label)}](${absoluteHref(l.href, options.baseUrl)})`).join(', ')}`,
      );
  }
  if (result.actions.length) out.push('');
  out.push(`## ${t('checklists.report.answers')}`, '');
  const notAnswered = t('checklists.report.notAnswered');
  for (const section of instrument.sections) {
    out.push(`### ${md(section.title)}`, '');
    for (const item of section.items) {
      const value = clean[item.id];
      const label =
        value === undefined
          ? notAnswered
          : (scaleOf(instrument, item).find((o) => o.value === value)?.label ?? notAnswered);
      out.push(`- ${md(item.question)}`, `  ${t('checklists.report.answer', { answer: md(label) })}`);
    }
    out.push('');
  }
  return out.join('\n');
}
