import { describe, expect, it } from 'vitest';
import {
  EMPTY_VIEW,
  addIds,
  jurisdictionGroups,
  layoutFor,
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
  it('ignores unknown ids, repeats, unknown values and parameters', () => {
    const view = parseView(
      'j=narnia&j=canada&j=canada&j=norway&j=france&j=australia&j=norway&d=nope&v=maybe&only=yes&x=1',
      matrix,
    );
    expect(view.jurisdictions).toEqual(['canada', 'norway', 'france', 'australia']);
    expect(view.dimensions).toEqual([]);
    expect(view.values).toEqual([]);
    expect(view.onlyDiff).toBe(false);
  });
  it('keeps every jurisdiction of the matrix, in the order given', () => {
    const all = matrix.jurisdictions.map((j) => j.id).reverse();
    const view = parseView(all.map((id) => `j=${id}`).join('&'), matrix);
    expect(view.jurisdictions).toEqual(all);
    expect(isComparable(view)).toBe(true);
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
  it('needs 2 or more jurisdictions to compare, with no upper limit', () => {
    expect(isComparable({ jurisdictions: [] })).toBe(false);
    expect(isComparable({ jurisdictions: ['a'] })).toBe(false);
    expect(isComparable({ jurisdictions: ['a', 'b'] })).toBe(true);
    expect(isComparable({ jurisdictions: Array.from({ length: 16 }, (_, i) => `j${i}`) })).toBe(true);
  });
  it('toggles ids in order', () => {
    expect(toggleId(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleId(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggleId(['a', 'b'], 'a', true)).toEqual(['a', 'b']);
    expect(toggleId(['a', 'b', 'c', 'd'], 'e', true)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
  it('adds a group of ids after those already picked, without repeats', () => {
    expect(addIds(['france'], ['canada', 'france', 'japan', 'canada'])).toEqual(['france', 'canada', 'japan']);
    expect(addIds([], [])).toEqual([]);
  });
  it('groups the picker: G7 members, the European Union on its own, other jurisdictions', () => {
    const groups = jurisdictionGroups(
      [
        { id: 'canada', g7: true },
        { id: 'european-union', g7: true },
        { id: 'france', g7: true },
        { id: 'norway', g7: false },
      ],
      { canada: 'country', 'european-union': 'union', france: 'country', norway: 'country' },
    );
    expect(groups).toEqual({ members: ['canada', 'france'], unions: ['european-union'], others: ['norway'] });
  });
  it('shows up to five jurisdictions as a table (wide screens) or cards, more as cards only', () => {
    expect(layoutFor({ jurisdictions: ['a', 'b'] })).toBe('table-or-cards');
    expect(layoutFor({ jurisdictions: ['a', 'b', 'c', 'd', 'e'] })).toBe('table-or-cards');
    expect(layoutFor({ jurisdictions: ['a', 'b', 'c', 'd', 'e', 'f'] })).toBe('cards');
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
