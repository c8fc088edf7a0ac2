import { describe, expect, it } from 'vitest';
import {
  EMPTY_VIEW,
  differingDimensions,
  differsOn,
  isComparable,
  normaliseView,
  parseView,
  serialiseView,
  summarise,
  toggleId,
  viewRows,
} from '#src/features/compare/view.ts';
import { matrix } from './helpers.ts';

describe('view state in the URL', () => {
  it('parses jurisdictions, dimensions, differences-only and values', () => {
    const view = parseView('?j=canada&j=france&d=entity-list&only=diff&v=yes', matrix);
    expect(view).toEqual({
      jurisdictions: ['canada', 'france'],
      dimensions: ['entity-list'],
      onlyDiff: true,
      values: ['yes'],
    });
  });
  it('ignores unknown ids, repeats, unknown values and parameters; keeps at most 4 jurisdictions', () => {
    const view = parseView(
      'j=narnia&j=canada&j=canada&j=norway&j=france&j=australia&j=norway&d=nope&v=maybe&only=yes&x=1',
      matrix,
    );
    expect(view.jurisdictions).toEqual(['canada', 'norway', 'france', 'australia']);
    expect(view.dimensions).toEqual([]);
    expect(view.values).toEqual([]);
    expect(view.onlyDiff).toBe(false);
    const five = parseView('j=canada&j=norway&j=france&j=australia&j=norway', matrix);
    expect(five.jurisdictions).toHaveLength(4);
  });
  it('accepts URLSearchParams and puts dimensions and values in matrix order', () => {
    const view = parseView(
      new URLSearchParams('j=france&j=canada&d=entity-list&d=binding-legislation&v=unknown&v=yes'),
      matrix,
    );
    expect(view.jurisdictions).toEqual(['france', 'canada']);
    expect(view.dimensions).toEqual(['binding-legislation', 'entity-list']);
    expect(view.values).toEqual(['yes', 'unknown']);
  });
  it('round-trips through serialiseView, and the empty view is the empty string', () => {
    const view = {
      jurisdictions: ['canada', 'france', 'norway'],
      dimensions: ['technology-list'],
      onlyDiff: true,
      values: ['no' as const],
    };
    const query = serialiseView(view);
    expect(query).toBe('j=canada&j=france&j=norway&d=technology-list&only=diff&v=no');
    expect(parseView(query, matrix)).toEqual(view);
    expect(serialiseView(EMPTY_VIEW)).toBe('');
  });
  it('normalises a partial view', () => {
    expect(normaliseView({ jurisdictions: ['france'] }, matrix)).toEqual({
      jurisdictions: ['france'],
      dimensions: [],
      onlyDiff: false,
      values: [],
    });
  });
  it('needs 2 to 4 jurisdictions to compare', () => {
    expect(isComparable({ jurisdictions: ['a'] })).toBe(false);
    expect(isComparable({ jurisdictions: ['a', 'b'] })).toBe(true);
    expect(isComparable({ jurisdictions: ['a', 'b', 'c', 'd'] })).toBe(true);
    expect(isComparable({ jurisdictions: ['a', 'b', 'c', 'd', 'e'] })).toBe(false);
  });
  it('toggles ids in order and refuses to go past the maximum', () => {
    expect(toggleId(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleId(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggleId(['a', 'b'], 'a', true)).toEqual(['a', 'b']);
    expect(toggleId(['a', 'b'], 'c', true, 2)).toEqual(['a', 'b']);
  });
});

describe('differences and filters', () => {
  it('finds the dimensions on which the picked jurisdictions differ', () => {
    expect(differingDimensions(matrix, ['canada', 'france'])).toEqual(['binding-legislation', 'entity-list']);
    expect(differingDimensions(matrix, ['canada', 'norway'])).toEqual(['technology-list', 'entity-list']);
    expect(differingDimensions(matrix, ['canada'])).toEqual([]);
  });
  it('treats a missing cell as different from any value', () => {
    expect(differsOn(matrix, ['norway', 'australia'], 'entity-list')).toBe(true);
    expect(differsOn(matrix, ['canada', 'france'], 'technology-list')).toBe(false);
  });
  it('returns every dimension by default, one cell per picked jurisdiction in pick order', () => {
    const rows = viewRows(matrix, { ...EMPTY_VIEW, jurisdictions: ['france', 'canada'] });
    expect(rows.map((r) => r.dimension.id)).toEqual(['binding-legislation', 'technology-list', 'entity-list']);
    expect(rows[0]!.cells.map((c) => c?.value)).toEqual(['yes', 'no']);
    expect(rows.map((r) => r.differs)).toEqual([true, false, true]);
  });
  it('keeps only differences, only picked dimensions, and only rows with a picked value', () => {
    const base = { ...EMPTY_VIEW, jurisdictions: ['canada', 'france'] };
    expect(viewRows(matrix, { ...base, onlyDiff: true }).map((r) => r.dimension.id)).toEqual([
      'binding-legislation',
      'entity-list',
    ]);
    expect(viewRows(matrix, { ...base, dimensions: ['technology-list'] }).map((r) => r.dimension.id)).toEqual([
      'technology-list',
    ]);
    expect(viewRows(matrix, { ...base, values: ['no'] }).map((r) => r.dimension.id)).toEqual([
      'binding-legislation',
      'entity-list',
    ]);
    expect(viewRows(matrix, { ...base, values: ['unknown'] })).toEqual([]);
    expect(viewRows(matrix, { ...base, dimensions: ['technology-list'], onlyDiff: true })).toEqual([]);
  });
  it('summarises a view for the live message', () => {
    const view = { ...EMPTY_VIEW, jurisdictions: ['canada', 'france', 'norway'] };
    expect(summarise(view, viewRows(matrix, view))).toEqual({ jurisdictions: 3, dimensions: 3, differ: 3 });
  });
});
