/**
 * Accessibility checks the a11y specs share: an axe-core scan of what is on screen (WCAG 2.0-2.2 A and AA
 * rules; the page's CSP is bypassed for these specs only, see test.use in each), where the focus is, and
 * whether its indicator can be seen: a ring of at least 3:1 against the colours either side of it
 * (WCAG 1.4.11, 2.4.7), and the focused element not hidden under anything (2.4.11).
 */
import { expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

// Tests run from the project's folder (as the fixtures' dist/renderer path assumes too).
const AXE_SOURCE = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe on the page (or the part matching `within`) and returns its violations, one line each. */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(
    async ([tags, scope]) => {
      const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
      const result = await axe.run(scope ? { include: [scope] } : document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
    },
    [WCAG_AA, within ?? null] as const,
  );
  return found.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes.length}: ${v.nodes
        .slice(0, 4)
        .map((n) => n.target.join(' '))
        .join(' | ')})`,
  );
}

export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  expect(await axeViolations(page), `axe violations on ${what}`).toEqual([]);
}

export interface FocusReport {
  onBody: boolean;
  /** What has the focus: tag, role and accessible text, for messages. */
  what: string;
  /** The focus ring's contrast against the colours either side of it (0 when there is no ring). */
  contrast: number;
  ringWidth: number;
  /** Some of the focused element is inside the window and on top there (not all under a toolbar or dialog). */
  unobscured: boolean;
}

/** Where the focus is and how well its indicator can be seen, computed from the page's styles. */
export function focusReport(page: Page): Promise<FocusReport> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return { onBody: true, what: 'body', contrast: 0, ringWidth: 0, unobscured: false };
    const parse = (c: string): [number, number, number, number] => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) return [0, 0, 0, 0];
      const p = m[1]
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number);
      return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
    };
    /** The opaque colour painted behind an element: its background over its ancestors', down to white. */
    const backdrop = (start: Element | null): [number, number, number] => {
      const layers: [number, number, number, number][] = [];
      for (let e = start; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c[3] > 0) layers.push(c);
        if (c[3] >= 1) break;
      }
      let out: [number, number, number] = [255, 255, 255];
      for (const [r, g, b, a] of layers.reverse()) out = [r * a + out[0] * (1 - a), g * a + out[1] * (1 - a), b * a + out[2] * (1 - a)];
      return out;
    };
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const ratio = (a: number[], b: number[]) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    const s = getComputedStyle(el);
    const width = s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth);
    let contrast = 0;
    if (width > 0) {
      const ring = parse(s.outlineColor).slice(0, 3);
      const offset = parseFloat(s.outlineOffset) || 0;
      const inside = backdrop(el);
      const outside = backdrop(el.parentElement);
      // An inset ring lies on the element; one drawn outside with a gap lies on what surrounds it; at 0 on both edges.
      const sides = offset < 0 ? [inside] : offset > 0 ? [outside] : [inside, outside];
      contrast = Math.min(...sides.map((c) => ratio(ring, c)));
    }
    // Not entirely hidden (2.4.11, AA): some point of the element's part inside the window shows the element
    // itself, not something over it (a sticky header, a dialog, a toolbar).
    const r = el.getBoundingClientRect();
    const [left, right, top, bottom] = [Math.max(r.left, 0), Math.min(r.right, innerWidth), Math.max(r.top, 0), Math.min(r.bottom, innerHeight)];
    let unobscured = false;
    for (let i = 1; i <= 5 && !unobscured && right > left && bottom > top; i++)
      for (let j = 1; j <= 5 && !unobscured; j++) {
        const hit = document.elementFromPoint(left + ((right - left) * i) / 6, top + ((bottom - top) * j) / 6);
        unobscured = !!hit && (el === hit || el.contains(hit));
      }
    const what = `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
    return { onBody: false, what, contrast: Math.round(contrast * 100) / 100, ringWidth: width, unobscured };
  });
}

/** The focus is on an element (not the body), drawn with a ring of >= 3:1 and at least 2px, and not hidden. */
export async function expectVisibleFocus(page: Page): Promise<FocusReport> {
  const f = await focusReport(page);
  expect(f.onBody, 'focus fell to the page body').toBe(false);
  expect(f.ringWidth, `focus ring width on ${f.what}`).toBeGreaterThanOrEqual(2);
  expect(f.contrast, `focus ring contrast on ${f.what}`).toBeGreaterThanOrEqual(3);
  expect(f.unobscured, `focused ${f.what} is hidden or off screen`).toBe(true);
  return f;
}

/** Presses a key and checks the focus after it; returns how many presses were made, for bounds. */
export class Keys {
  count = 0;
  constructor(private page: Page) {}
  async press(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) {
      await this.page.keyboard.press(key);
      this.count++;
    }
  }
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    this.count += text.length;
  }
  /** Presses until `done` holds (checking after each press), at most `max` times; fails beyond. */
  async pressUntil(key: string, done: () => Promise<boolean>, max: number): Promise<number> {
    for (let i = 1; i <= max; i++) {
      await this.press(key);
      if (await done()) return i;
    }
    throw new Error(`${key} pressed ${max} times without reaching the target`);
  }
}

/** The text a live region of announce.ts holds now. */
export function liveText(page: Page, politeness: 'polite' | 'assertive') {
  return page.locator(`#announce-${politeness}`);
}
