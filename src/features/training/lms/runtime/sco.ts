/**
 * The runtime inside a SCORM package (bundled to `sco.js` by scripts/build/scorm-packages.ts): shows
 * the course one step at a time (each lesson, then the module's quiz; after the last module, the
 * results), asks the knowledge checks and the quiz, and reports to the LMS through session.ts.
 *
 * The package's `index.html` holds every lesson, so it reads top to bottom without this script;
 * the script hides all steps but the current one. Quiz logic (order, checking, scoring) is the
 * site's (quiz/quiz.ts), the course model too (course.ts); this file holds only the DOM.
 * Nothing here makes a request: the package is self-contained and the page's CSP forbids it.
 */
import { courseSteps, lessonPosition, minutesLeft, type CourseModule } from '../../course.ts';
import {
  checkQuiz,
  isMultiple,
  needsSelectAllHint,
  optionOrder,
  percent,
  updateSelection,
  type ClientQuestion,
} from '../../quiz/quiz.ts';
import { messages } from '#src/lib/i18n/messages.ts';
import type { ScoData, ScoModule } from '../types.ts';
import { connectLms, type WindowLike } from './scorm-api.ts';
import { createSession } from './session.ts';
import { markSeen, newAttempt, recordQuizResult, type ScoState } from './state.ts';

const data = JSON.parse(document.getElementById('sco-data')?.textContent ?? 'null') as ScoData;
const { t, tn } = messages(data.strings, data.locale);
const course: CourseModule[] = data.modules.map((m) => ({
  id: m.id,
  minutes: m.minutes,
  lessons: m.lessons,
  questions: m.questions.length,
}));
const steps = courseSteps(course, { end: true });
const lms = connectLms(window as unknown as WindowLike, data.scorm);
const session = createSession(lms, data, steps);
const begun = session.start();
let state: ScoState = begun.state;
let ended = false;

const $ = <E extends Element = HTMLElement>(selector: string, root: ParentNode = document) =>
  root.querySelector<E & Element>(selector);
const $$ = <E extends Element = HTMLElement>(selector: string, root: ParentNode = document) => [
  ...root.querySelectorAll<E & Element>(selector),
];

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') node.className = String(v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

/** Saves the state in the LMS (and commits when asked). */
function persist(commit: boolean): void {
  session.save(state);
  if (commit) session.commit();
  const errors = session.errors.splice(0);
  if (errors.length > 0) notice(t('training.sco.lmsError', { error: errors.at(-1)! }));
}

function notice(text: string): void {
  const box = $('#sco-notice');
  if (box) box.textContent = text;
}

function updateModule(index: number, change: (m: ScoState['modules'][number]) => ScoState['modules'][number]) {
  state = { ...state, modules: state.modules.map((m, i) => (i === index ? change(m) : m)) };
}

// ---------------------------------------------------------------------------------------------
// Questions (knowledge checks and quizzes share the markup)

function readMore(q: ClientQuestion): HTMLElement | null {
  if (!q.link) return null;
  return el(
    'p',
    { class: 'sco-readmore' },
    `${t('training.quiz.readMore')}: `,
    t('training.sco.address', { label: q.link.label, url: q.link.href }),
  );
}

function feedback(q: ClientQuestion, right: boolean, answered: boolean, id: string): HTMLElement {
  return el(
    'div',
    { class: `sco-feedback ${right ? 'sco-feedback--right' : 'sco-feedback--wrong'}`, id },
    el(
      'p',
      { class: 'sco-verdict' },
      right
        ? `✓ ${t('training.quiz.correct')}`
        : `✗ ${answered ? t('training.quiz.incorrect') : t('training.quiz.unanswered')}`,
    ),
    q.explanation ? el('p', {}, q.explanation) : null,
    readMore(q),
  );
}

function questionBlock(
  q: ClientQuestion,
  prefix: string,
  order: { id: string; text: string }[],
  selected: readonly string[],
  locked: boolean,
  onChange: (optionId: string, checked: boolean) => void,
  number?: { n: number; total: number },
): HTMLElement {
  const qid = `${prefix}-${q.id}`;
  const multiple = isMultiple(q);
  const fieldset = el(
    'fieldset',
    { disabled: locked },
    el(
      'legend',
      {},
      number
        ? el('span', { class: 'sco-qnumber' }, t('training.quiz.questionOf', { number: number.n, total: number.total }))
        : null,
      q.scenario ? el('span', { class: 'sco-scenario' }, `${t('training.quiz.scenario')}: ${q.scenario}`) : null,
      el('span', { class: 'sco-prompt' }, q.prompt),
      needsSelectAllHint(q) ? el('span', { class: 'sco-hint' }, t('training.quiz.selectAll')) : null,
    ),
  );
  for (const o of order) {
    const id = `${qid}-${o.id}`;
    const input = el('input', { type: multiple ? 'checkbox' : 'radio', name: qid, id, value: o.id });
    input.checked = selected.includes(o.id);
    input.addEventListener('change', () => onChange(o.id, input.checked));
    const yours =
      locked && selected.includes(o.id)
        ? el('span', { class: 'sco-yours' }, ` (${t('training.quiz.yourAnswer')})`)
        : null;
    fieldset.append(el('div', { class: 'sco-option' }, input, el('label', { for: id }, o.text, yours)));
  }
  return el('div', { class: 'sco-question', id: qid }, fieldset);
}

function renderCheck(host: HTMLElement, moduleIndex: number): void {
  const m = data.modules[moduleIndex]!;
  const index = m.checks.findIndex((c) => c.id === host.dataset.check);
  const q = m.checks[index];
  if (!q) return;
  const saved = state.modules[moduleIndex]!.checks[index] ?? null;
  let selection: string[] = saved ? [...saved] : [];
  const prefix = `kc-${m.id}`;
  const status = el('div', { class: 'sco-status', role: 'status', tabindex: '-1' });
  const form = el('form', { class: 'sco-form', novalidate: true });
  const draw = (checked: boolean) => {
    form.replaceChildren(
      questionBlock(q, prefix, optionOrder(q, `${m.id}|0`), selection, checked, (id, on) => {
        selection = updateSelection(selection, id, on, isMultiple(q));
        status.textContent = '';
      }),
      status,
      el(
        'div',
        { class: 'sco-actions' },
        checked
          ? el(
              'button',
              { type: 'button', class: 'sco-button sco-button--quiet', 'data-action': 'retry' },
              t('training.quiz.tryAgain'),
            )
          : el('button', { type: 'submit', class: 'sco-button' }, t('training.quiz.checkAnswer')),
      ),
    );
    if (checked) {
      const result = checkQuiz(m.id, [q], { [q.id]: selection }, 1);
      status.replaceChildren(
        feedback(q, result.results[q.id] === true, selection.length > 0, `${prefix}-${q.id}-feedback`),
      );
      form.querySelector<HTMLButtonElement>('[data-action="retry"]')?.addEventListener('click', () => {
        selection = [];
        updateModule(moduleIndex, (s) => ({ ...s, checks: s.checks.map((c, i) => (i === index ? null : c)) }));
        persist(false);
        draw(false);
        form.querySelector<HTMLInputElement>('input')?.focus();
      });
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (selection.length === 0) {
      status.textContent = t('training.quiz.chooseFirst');
      status.focus();
      return;
    }
    updateModule(moduleIndex, (s) => ({ ...s, checks: s.checks.map((c, i) => (i === index ? [...selection] : c)) }));
    persist(true);
    draw(true);
    status.focus();
  });
  host.replaceChildren(el('p', { class: 'sco-check-title' }, t('training.module.knowledgeCheck')), form);
  draw(saved !== null);
}

function renderQuiz(host: HTMLElement, moduleIndex: number): void {
  const m: ScoModule = data.modules[moduleIndex]!;
  const s = state.modules[moduleIndex]!;
  const prefix = `quiz-${m.id}`;
  const answers = Object.fromEntries(m.questions.map((q, i) => [q.id, s.answers[i] ?? []]));
  const checked = s.checked ? checkQuiz(m.id, m.questions, answers, m.passMark) : null;
  const status = el('div', { class: 'sco-status', role: 'status', 'aria-live': 'polite', tabindex: '-1' });
  const form = el('form', { class: 'sco-form', novalidate: true });
  m.questions.forEach((q, i) => {
    const block = questionBlock(
      q,
      prefix,
      optionOrder(q, `${m.id}|${s.attempt}`),
      s.answers[i] ?? [],
      checked !== null,
      (id, on) => {
        updateModule(moduleIndex, (st) => ({
          ...st,
          answers: st.answers.map((a, k) => (k === i ? updateSelection(a, id, on, isMultiple(q)) : a)),
        }));
        status.textContent = '';
        persist(false);
      },
      { n: i + 1, total: m.questions.length },
    );
    if (checked)
      block.append(
        feedback(q, checked.results[q.id] === true, !checked.unanswered.includes(q.id), `${prefix}-${q.id}-feedback`),
      );
    form.append(block);
  });
  form.append(status);
  if (checked) {
    const passedNow = checked.score.passed;
    status.append(
      el(
        'div',
        { class: `sco-result ${passedNow ? 'sco-result--passed' : 'sco-result--failed'}` },
        el(
          'p',
          { class: 'sco-score' },
          t('training.quiz.score', {
            correct: checked.score.correct,
            total: checked.score.total,
            percent: percent(checked.score.ratio),
          }),
        ),
        el(
          'p',
          {},
          passedNow
            ? `✓ ${t('training.sco.quizPassed', { mark: percent(m.passMark) })}`
            : `✗ ${t('training.sco.quizFailed', { mark: percent(m.passMark) })}`,
        ),
        s.passed && !passedNow ? el('p', {}, t('training.sco.passedBefore', { percent: percent(s.best ?? 0) })) : null,
        el('p', {}, lms.connected ? t('training.sco.recorded') : t('training.sco.notRecorded')),
      ),
    );
  }
  const button = checked
    ? el('button', { type: 'button', class: 'sco-button sco-button--quiet' }, t('training.quiz.tryAgain'))
    : el('button', { type: 'submit', class: 'sco-button' }, t('training.quiz.checkAnswers'));
  form.append(el('div', { class: 'sco-actions' }, button));
  if (checked) {
    button.addEventListener('click', () => {
      updateModule(moduleIndex, newAttempt);
      persist(true);
      renderQuiz(host, moduleIndex);
      $(`#${prefix}-cleared`)?.replaceChildren(t('training.quiz.cleared'));
      host.querySelector<HTMLInputElement>('input')?.focus();
    });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const current = state.modules[moduleIndex]!;
    if (!current.answers.some((a) => a.length > 0)) {
      status.textContent = t('training.quiz.chooseFirst');
      status.focus();
      return;
    }
    const result = checkQuiz(
      m.id,
      m.questions,
      Object.fromEntries(m.questions.map((q, i) => [q.id, current.answers[i] ?? []])),
      m.passMark,
    );
    updateModule(moduleIndex, (st) => recordQuizResult(st, result.score.ratio, result.score.passed));
    session.recordAnswers(moduleIndex, current.answers);
    persist(true);
    renderQuiz(host, moduleIndex);
    host.querySelector<HTMLElement>('.sco-status')?.focus();
    renderToc();
  });
  host.replaceChildren(el('p', { class: 'visually-hidden', id: `${prefix}-cleared`, role: 'status' }), form);
}

// ---------------------------------------------------------------------------------------------
// Steps, contents and results

function stepLabel(index: number): string {
  const step = steps[index]!;
  if (step.kind === 'end') return t('training.sco.resultsHeading');
  const m = data.modules[step.module]!;
  return step.kind === 'quiz' ? t('training.module.quizHeading') : m.lessons[step.lesson! - 1]!.title;
}

function renderToc(): void {
  const list = $('#sco-toc-list');
  if (!list) return;
  const entries: HTMLElement[] = [];
  data.modules.forEach((m, mi) => {
    const s = state.modules[mi]!;
    const items: HTMLElement[] = [];
    steps.forEach((step, i) => {
      if (step.module !== mi) return;
      const done = step.kind === 'lesson' ? s.seen.includes(step.lesson!) : s.passed;
      const button = el(
        'button',
        { type: 'button', class: 'sco-toc-link', 'aria-current': i === state.step ? 'step' : undefined },
        stepLabel(i),
        done
          ? el(
              'span',
              { class: 'sco-done' },
              ` (${step.kind === 'quiz' ? t('training.sco.status.passed') : t('training.sco.seen')})`,
            )
          : null,
      );
      button.addEventListener('click', () => go(i));
      items.push(el('li', {}, button));
    });
    if (data.modules.length > 1)
      entries.push(el('li', {}, el('span', { class: 'sco-toc-module' }, m.title), el('ol', {}, ...items)));
    else entries.push(...items);
  });
  const last = steps.length - 1;
  const end = el(
    'button',
    { type: 'button', class: 'sco-toc-link', 'aria-current': state.step === last ? 'step' : undefined },
    t('training.sco.resultsHeading'),
  );
  end.addEventListener('click', () => go(last));
  list.replaceChildren(...entries, el('li', {}, end));
}

function renderResults(): void {
  const host = $('#sco-results');
  if (!host) return;
  const o = session.outcome(state);
  const rows = data.modules.map((m, i) => {
    const s = state.modules[i]!;
    const status = s.passed
      ? t('training.sco.status.passed')
      : s.tries > 0
        ? t('training.sco.status.failed')
        : t('training.sco.status.notAttempted');
    return el(
      'tr',
      {},
      el('th', { scope: 'row' }, m.title),
      el('td', {}, status),
      el('td', {}, s.best === undefined ? '—' : t('training.sco.percent', { percent: percent(s.best) })),
    );
  });
  host.replaceChildren(
    el(
      'p',
      { class: 'sco-score' },
      o.passed === true
        ? t('training.sco.resultPassed')
        : tn('training.sco.resultOpen', data.modules.filter((_, i) => !state.modules[i]!.passed).length),
    ),
    el(
      'table',
      {},
      el('caption', {}, t('training.sco.resultsCaption')),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col' }, t('training.sco.col.module')),
          el('th', { scope: 'col' }, t('training.sco.col.status')),
          el('th', { scope: 'col' }, t('training.sco.col.best')),
        ),
      ),
      el('tbody', {}, ...rows),
    ),
    el('p', {}, lms.connected ? t('training.sco.recordedEnd') : t('training.sco.notRecorded')),
  );
}

function renderProgress(): void {
  const line = $('#sco-progress');
  if (!line) return;
  const step = steps[state.step]!;
  const parts: string[] = [];
  if (data.modules.length > 1 && step.module >= 0)
    parts.push(
      t('training.sco.moduleOf', {
        number: step.module + 1,
        total: data.modules.length,
        title: data.modules[step.module]!.title,
      }),
    );
  const position = lessonPosition(course, step);
  if (position) parts.push(t('training.course.lessonOf', position));
  if (step.kind === 'quiz') parts.push(t('training.module.quizHeading'));
  const left = minutesLeft(course, steps, state.step);
  if (left > 0) parts.push(tn('training.course.minutesLeft', left));
  line.textContent = parts.join(' · ');
}

function go(index: number, focus = true): void {
  const target = Math.min(Math.max(0, index), steps.length - 1);
  const step = steps[target]!;
  state = { ...state, step: target };
  if (step.kind === 'lesson') updateModule(step.module, (s) => markSeen(s, step.lesson!));
  for (const section of $$('[data-step]')) section.hidden = section.dataset.step !== step.id;
  if (step.kind === 'end') renderResults();
  const prev = $<HTMLButtonElement>('#sco-prev');
  const next = $<HTMLButtonElement>('#sco-next');
  if (prev) prev.disabled = target === 0;
  if (next) {
    next.hidden = target === steps.length - 1;
    const following = steps[target + 1];
    next.textContent =
      following?.kind === 'quiz'
        ? t('training.course.toQuiz')
        : following?.kind === 'end'
          ? t('training.sco.toResults')
          : t('training.sco.next');
  }
  renderProgress();
  renderToc();
  persist(true);
  if (focus) {
    const heading = $<HTMLElement>(`[data-step="${CSS.escape(step.id)}"] h2`);
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
    window.scrollTo(0, 0);
  }
}

function end(): void {
  if (ended) return;
  ended = true;
  session.end(state);
}

// ---------------------------------------------------------------------------------------------
// Start

document.documentElement.classList.add('sco-js');
$('#sco-lms')!.textContent = lms.connected ? t('training.sco.lmsConnected') : t('training.sco.lmsNone');
if (begun.resumed) notice(t('training.sco.resumed'));
if (begun.lost) notice(t('training.sco.resumeLost'));
for (const host of $$('[data-check]')) {
  const section = host.closest<HTMLElement>('[data-module]');
  const mi = data.modules.findIndex((m) => m.id === section?.dataset.module);
  if (mi >= 0) renderCheck(host, mi);
}
for (const host of $$('[data-quiz]')) {
  const mi = data.modules.findIndex((m) => m.id === host.dataset.quiz);
  if (mi >= 0) renderQuiz(host, mi);
}
$('#sco-prev')?.addEventListener('click', () => go(state.step - 1));
$('#sco-next')?.addEventListener('click', () => go(state.step + 1));
$('#sco-pager')?.removeAttribute('hidden');
go(state.step, false);
window.addEventListener('pagehide', end);
window.addEventListener('beforeunload', end);
