import { describe, expect, it } from 'vitest';
import { sampleDb } from './sample-db';
import { addSection, moveSection, removeSection, renameSection } from '../../electron/services/sections';
import { undo, redo } from '../../electron/services/history';
import { getPlan } from '../../electron/services/plans';

const titles = (db: Parameters<typeof getPlan>[0], id: number) => getPlan(db, id).sections.map((s) => `${s.level === 2 ? '- ' : ''}${s.title}`);

describe('editing the outline', () => {
  it('adds, renames, moves and removes sections, each undoable', () => {
    const { db, planId, doc } = sampleDb();
    const original = doc();
    const risks = original.sections.find((s) => s.title === 'Risks')!;
    const added = addSection(db, planId, '  Glossary ', 1, risks.id);
    let t = titles(db, planId);
    expect(t[t.indexOf('Risks') + 1]).toBe('Glossary');
    expect(getPlan(db, planId).sections.find((s) => s.id === added)!.blocks).toEqual([expect.objectContaining({ kind: 'narrative' })]);
    renameSection(db, added, 'Glossary of terms');
    moveSection(db, added, 'up');
    t = titles(db, planId);
    expect(t[t.indexOf('Risks') - 1]).toBe('Glossary of terms');
    // Moving a unit moves its subsections with it, past the whole neighbouring unit.
    const primary = original.sections.find((s) => s.title === 'Primary')!;
    moveSection(db, primary.id, 'down');
    t = titles(db, planId);
    expect(t.slice(t.indexOf('Primary') - 4, t.indexOf('Primary') + 4)).toEqual([
      'Secondary',
      '- Revenue Budget',
      '- Core Service & Forecast Activity Levels',
      '- Projects, Developments & Key Actions',
      'Primary',
      '- Revenue Budget',
      '- Core Service & Forecast Activity Levels',
      '- Projects, Developments & Key Actions',
    ]);
    for (let i = 0; i < 4; i++) undo(db, planId);
    expect(getPlan(db, planId).sections).toEqual(original.sections);
    for (let i = 0; i < 4; i++) redo(db, planId);
    expect(titles(db, planId)).toContain('Glossary of terms');
  });

  it('removes a unit with its subsections and tables, and undo brings back every row', () => {
    const { db, planId, doc } = sampleDb();
    const original = doc();
    const secondary = original.sections.find((s) => s.title === 'Secondary')!;
    expect(removeSection(db, secondary.id)).toBe(4);
    expect(titles(db, planId)).not.toContain('Secondary');
    expect(db.prepare("SELECT count(*) FROM plan_row r JOIN plan_block b ON b.id = r.block_id WHERE b.table_kind = 'budget'").pluck().get()).toBe(64 - 8); // Secondary's 5 lines and 3 memorandum items
    undo(db, planId);
    expect(getPlan(db, planId).sections).toEqual(original.sections);
  });

  it('refuses an empty title', () => {
    const { db, doc } = sampleDb();
    expect(() => renameSection(db, doc().sections[0].id, '   ')).toThrow(/needs a title/);
  });
});
