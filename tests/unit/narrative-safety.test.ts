/**
 * Narrative and print safety: only https/mailto links are stored or printed, unknown nodes and marks are
 * refused, unknown attributes are dropped, and every text the printer writes (header, section titles,
 * table titles, cells, narrative) comes out escaped, with no script anywhere.
 */
import { describe, expect, it } from 'vitest';
import { sampleDb } from './sample-db';
import { isAllowedHref, richDocSchema } from '../../shared/model/richtext';
import { updateNarrative } from '../../electron/services/narrative';
import { updateCell } from '../../electron/services/rows';
import { renameSection } from '../../electron/services/sections';
import { updateHeader, getPlan } from '../../electron/services/plans';
import { printHtml } from '../../electron/print/print-html';
import { narrativeHtml } from '../../electron/print/print-narrative';
import { XSS_HREFS, XSS_PAYLOADS } from '../support/xss-payloads';
import { modelViolations } from '../support/model-rules';

const linkDoc = (href: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'here', marks: [{ type: 'link', attrs: { href } }] }] }],
});
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function narrativeBlock(db: ReturnType<typeof sampleDb>['db'], planId: number): number {
  return (
    db.prepare(`SELECT b.id FROM plan_block b JOIN plan_section s ON s.id = b.section_id WHERE s.plan_id = ? AND b.kind = 'narrative'`).get(planId) as {
      id: number;
    }
  ).id;
}

describe('link targets', () => {
  it('allows https and mailto only', () => {
    for (const h of ['https://example.org/a?b=1#c', 'HTTPS://EXAMPLE.ORG', 'mailto:someone@example.org']) expect(isAllowedHref(h), h).toBe(true);
  });

  it('refuses every hostile or unqualified target, http included', () => {
    expect(XSS_HREFS.filter((h) => isAllowedHref(h))).toEqual([]);
  });

  it('the main process refuses a document with any of them, and stores nothing', () => {
    const { db, planId } = sampleDb();
    const block = narrativeBlock(db, planId);
    const before = db.prepare('SELECT doc FROM plan_block WHERE id = ?').get(block);
    for (const h of XSS_HREFS) expect(() => updateNarrative(db, block, linkDoc(h)), h).toThrow(/links must be https/);
    expect(db.prepare('SELECT doc FROM plan_block WHERE id = ?').get(block)).toEqual(before);
    expect(updateNarrative(db, block, linkDoc('https://example.org/'))).toEqual(linkDoc('https://example.org/'));
  });
});

describe('narrative structure', () => {
  it('refuses unknown nodes and marks', () => {
    const bad = [
      { type: 'doc', content: [{ type: 'script', content: [{ type: 'text', text: 'alert(1)' }] }] },
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'image', attrs: { src: 'x', onerror: 'alert(1)' } }] }] },
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'textStyle', attrs: { style: 'x' } }] }] }] },
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'html', text: '<script>alert(1)</script>' }] }] },
    ];
    for (const d of bad) expect(richDocSchema.safeParse(d).success, JSON.stringify(d)).toBe(false);
  });

  it('drops attributes the model does not know (event handlers) before storing', () => {
    const { db, planId } = sampleDb();
    const block = narrativeBlock(db, planId);
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          attrs: { onclick: 'alert(1)' },
          content: [
            {
              type: 'text',
              text: 'x',
              onmouseover: 'alert(1)',
              marks: [{ type: 'link', attrs: { href: 'https://example.org/', onclick: 'alert(1)', target: '_blank' } }],
            },
          ],
        },
      ],
    };
    updateNarrative(db, block, doc);
    const stored = (db.prepare('SELECT doc FROM plan_block WHERE id = ?').get(block) as { doc: string }).doc;
    expect(stored).not.toMatch(/onclick|onmouseover|target|alert/);
  });
});

describe('print HTML', () => {
  it('escapes every payload wherever a user typed it, and holds no script or event handler', () => {
    const { db, planId } = sampleDb();
    const doc0 = getPlan(db, planId);
    const block = narrativeBlock(db, planId);
    updateNarrative(db, block, { type: 'doc', content: XSS_PAYLOADS.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });
    updateHeader(db, planId, { title: XSS_PAYLOADS[0], division: XSS_PAYLOADS[8], director: XSS_PAYLOADS[11] });
    renameSection(db, doc0.sections[1].id, XSS_PAYLOADS[6]);
    const rows = db
      .prepare(
        `SELECT r.id, b.table_kind FROM plan_row r JOIN plan_block b ON b.id = r.block_id JOIN plan_section s ON s.id = b.section_id WHERE s.plan_id = ? AND r.role = 'line'`,
      )
      .all(planId) as { id: number; table_kind: string }[];
    const budget = rows.find((r) => r.table_kind === 'budget')!;
    const risk = rows.find((r) => r.table_kind === 'risks')!;
    updateCell(db, budget.id, 'activity', XSS_PAYLOADS[12]);
    updateCell(db, risk.id, 'existingControls', [XSS_PAYLOADS[15], XSS_PAYLOADS[16]]);
    expect(modelViolations(db)).toEqual([]);

    const html = printHtml(getPlan(db, planId));
    for (const p of XSS_PAYLOADS) expect(html, p).toContain(escape(p));
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|<img|<svg|<iframe|<object|<embed|<base|<meta http-equiv="refresh"/i);
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i); // no element carries an event handler
    expect(html).not.toMatch(/href="(?!https:|mailto:|#section-)/i);
    // The section title sits in the page header's CSS string too: it cannot end the string or the style.
    expect(html.slice(html.indexOf('<style>'), html.indexOf('</style>'))).not.toMatch(/<\/|<script/i);
  });

  it('prints a link the model refuses as plain text, even if one reached the database by other means', () => {
    for (const h of XSS_HREFS) {
      const html = narrativeHtml(linkDoc(h) as never);
      expect(html, h).toBe('<div class="narrative"><p>here</p></div>');
    }
    expect(narrativeHtml(linkDoc('https://example.org/?a=1&b="2"') as never)).toContain('<a href="https://example.org/?a=1&amp;b=&quot;2&quot;">here</a>');
  });
});
