/** The shortcut list's one-line-a-shortcut tables read into keys and descriptions as the dialog shows them. */
import { describe, expect, it } from 'vitest';
import { SHORTCUTS } from '../../renderer/app/shortcut-list';

describe('shortcut list', () => {
  it('reads each line into its keys and what they do', () => {
    const items = SHORTCUTS.flatMap((g) => g.items);
    expect(items.length).toBeGreaterThan(30);
    for (const s of items) {
      expect(s.keys.length).toBeGreaterThan(0);
      expect(s.keys.every((k) => k && !/[|,]/.test(k) && k === k.trim())).toBe(true);
      expect(s.what).toMatch(/^\S.*\S$/);
    }
    expect(SHORTCUTS[0]).toMatchObject({ title: 'Anywhere' });
    expect(SHORTCUTS[0].items[0]).toEqual({ keys: ['F6', 'Shift+F6'], what: 'Next or previous area: app bar, plans, outline, page' });
    expect(items).toContainEqual({ keys: ['F1', '?'], what: 'This list of shortcuts' });
    expect(items).toContainEqual({ keys: ['Shift+F10', 'Menu key'], what: 'The row menu (as right-click): cut, copy, paste, insert and delete rows' });
  });
});
