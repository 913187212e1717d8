/** The small pure parts of the keyboard work: the outline's type-ahead and where backups are kept. */
import { describe, expect, it } from 'vitest';
import { typeAhead } from '../../renderer/app/type-ahead';
import { backupsFolder } from '../../renderer/app/backup-label';

const labels = ['title page', 'contents', 'significant change', 'service comparisons', 'section 17 crime', 'secondary', 'risks', 'staffing'];

describe('typeAhead', () => {
  it('goes to the next entry starting with one letter, after the current one, wrapping round', () => {
    expect(typeAhead(labels, 0, 's')).toBe(2);
    expect(typeAhead(labels, 2, 's')).toBe(3);
    expect(typeAhead(labels, 7, 's')).toBe(2);
  });
  it('matches several letters from the current entry on, so typing on narrows to the entry', () => {
    expect(typeAhead(labels, 2, 'se')).toBe(3);
    expect(typeAhead(labels, 3, 'sec')).toBe(4);
    expect(typeAhead(labels, 4, 'seco')).toBe(5);
  });
  it('steps through entries when one letter is repeated ("ss" as "s" twice)', () => {
    expect(typeAhead(labels, 2, 'ss')).toBe(3);
  });
  it('finds nothing for letters no entry starts with', () => {
    expect(typeAhead(labels, 0, 'zq')).toBe(-1);
  });
});

describe('backupsFolder', () => {
  it('is the backups folder beside the plans file, in its own separator', () => {
    expect(backupsFolder('/home/ann/.config/Plan Editor/plans.db')).toBe('/home/ann/.config/Plan Editor/backups');
    expect(backupsFolder('C:\\Users\\Ann\\AppData\\Roaming\\Plan Editor\\plans.db')).toBe('C:\\Users\\Ann\\AppData\\Roaming\\Plan Editor\\backups');
  });
  it('is unknown when the file is', () => {
    expect(backupsFolder('')).toBeNull();
  });
});
