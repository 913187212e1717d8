/** Keys typed while a cell editor opens are kept for it, and only then. */
import { afterEach, describe, expect, it } from 'vitest';
import { typeahead } from '../../renderer/grid/typeahead';
import { inlineOpening } from '../../renderer/grid/editor-start';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

afterEach(() => typeahead.cancel());

describe('typeahead', () => {
  it('keeps printable keys while the grid is editing a cell whose editor has not opened, and gives them once', () => {
    expect(['1', '2', '0'].map((k) => typeahead.capture(key(k), true))).toEqual([true, true, true]);
    expect(typeahead.take()).toBe('120');
    expect(typeahead.take()).toBe('');
  });

  it('lets keys through when no editor is opening, and never keeps shortcuts or named keys', () => {
    expect(typeahead.capture(key('a'))).toBe(false);
    expect(typeahead.capture(key('c', { ctrlKey: true }), true)).toBe(false);
    expect(typeahead.capture(key('Enter'), true)).toBe(false);
    expect(typeahead.capture(key('Tab'), true)).toBe(false);
    expect(typeahead.take()).toBe('');
  });

  it('keeps keys for a popup editor asked for before the grid starts editing', () => {
    typeahead.start();
    expect(typeahead.capture(key('S'))).toBe(true);
    expect(typeahead.capture(key('e'))).toBe(true);
    expect(typeahead.take()).toBe('Se');
    expect(typeahead.capture(key('t'))).toBe(false);
  });
});

describe('inlineOpening: what a one-line editor opens with', () => {
  it('a typed key replaces the content, and keys typed while it opened follow it', () => {
    expect(inlineOpening('1', '409.5', '20')).toEqual({ text: '120', selectAll: false });
  });

  it('F2 or Enter edit what is there, caret at the end', () => {
    expect(inlineOpening('F2', '409.5', '')).toEqual({ text: '409.5', selectAll: false });
    expect(inlineOpening('Enter', '409.5', '1')).toEqual({ text: '409.51', selectAll: false });
  });

  it('opened by Tab (no key) it selects everything, and keys already typed replace it', () => {
    expect(inlineOpening(null, '25', '')).toEqual({ text: '25', selectAll: true });
    expect(inlineOpening(undefined, '25', '99')).toEqual({ text: '99', selectAll: false });
  });

  it('Backspace or Delete start from nothing', () => {
    expect(inlineOpening('Backspace', '25', '')).toEqual({ text: '', selectAll: false });
  });
});
