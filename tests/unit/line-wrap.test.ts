import { describe, expect, it } from 'vitest';
import { paragraphLines, wrappedLines } from '../../renderer/grid/line-wrap';

// Every character 10 pixels wide: line breaks can be worked out by hand.
const mono = (s: string) => s.length * 10;

describe('lines a cell wraps to', () => {
  it('breaks between words when the next word does not fit', () => {
    expect(paragraphLines('aaa bbb ccc', 70, mono)).toBe(2); // "aaa bbb" is 70 wide, "ccc" goes down
    expect(paragraphLines('aaa bbb ccc', 69, mono)).toBe(3);
    expect(paragraphLines('aaa bbb ccc', 110, mono)).toBe(1);
  });
  it('counts hard line breaks, and an empty paragraph as a line', () => {
    expect(wrappedLines('one\ntwo\n\nfour', 500, mono)).toBe(4);
  });
  it('breaks inside a word only when the word alone is wider than the box', () => {
    expect(paragraphLines('abcdefghijkl', 50, mono)).toBe(3); // 120 wide: 50 + 50 + 20
    expect(paragraphLines('ab abcdefghij', 50, mono)).toBe(3); // "ab", then 100 wide exactly two lines
    expect(paragraphLines('abcdefghij x', 50, mono)).toBe(3); // the word fills two lines exactly: "x" below
  });
  it('keeps a nowrap run ("[March 2009]") whole', () => {
    expect(paragraphLines('do it [March 2009]', 120, mono)).toBe(2);
    expect(paragraphLines('do it [March 2009]', 120, mono, ['[March 2009]'])).toBe(2);
    expect(paragraphLines('do [March 2009]', 150, mono, ['[March 2009]'])).toBe(1);
    expect(paragraphLines('do it now [March 2009]', 130, mono, ['[March 2009]'])).toBe(2); // not "do it now [March" + "2009]"
  });
});
