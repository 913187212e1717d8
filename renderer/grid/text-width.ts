/**
 * The width a piece of text takes in a given font, measured by the browser (a canvas), so column minimums
 * fit the real heading words in the real font rather than a guess per character.
 */
let context: CanvasRenderingContext2D | null | undefined;

export function textWidth(text: string, font: string): number {
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return text.length * 7.5; // no canvas (tests without a DOM): a generous estimate
  context.font = font;
  return context.measureText(text).width;
}

/** The grid's heading font: the page's family at the theme's heading size and weight. */
export function headingFont(): string {
  const family = typeof document === 'undefined' ? 'sans-serif' : getComputedStyle(document.body).fontFamily;
  return `600 12px ${family}`;
}
