/**
 * A streaming pass over one XML part that counts instead of building anything: nesting depth, tag length,
 * text length, and each opening tag's name and attributes for the caller's own counts. It refuses a
 * DOCTYPE outright (no spreadsheet part has one, and it is how entity-expansion bombs begin). It is not a
 * validating parser; exceljs parses the part afterwards, knowing it is within the limits.
 */
export interface XmlScanLimits {
  depth: number;
  tagChars: number;
  /** One run of text (between two tags), entities counted as one character. */
  textChars: number;
}

/** Called with an opening tag's local name ("row" for "x:row") and its text, attributes included. */
export type OpenTag = (name: string, tag: string) => void;
/** Called with the length of each run of text, for counts across runs (a rich-text cell). */
export type TextRun = (chars: number) => void;

export class XmlLimitError extends Error {}

type State = 'text' | 'lt' | 'tag' | 'bang' | 'comment' | 'cdata' | 'pi';

export class XmlScanner {
  private state: State = 'text';
  private depth = 0;
  private tag = '';
  private quote = '';
  private bang = '';
  private tail = '';
  private text = 0;

  constructor(
    private limits: XmlScanLimits,
    private onOpen: OpenTag,
    private onText: TextRun = () => {},
  ) {}

  write(s: string): void {
    let i = 0;
    while (i < s.length) i = this.step(s, i);
  }

  /** After the last chunk: the part must end outside any tag, with every element closed. */
  end(): void {
    if (this.state !== 'text' || this.depth !== 0) throw new XmlLimitError('a part ends in the middle of its XML');
  }

  private step(s: string, i: number): number {
    switch (this.state) {
      case 'text':
        return this.inText(s, i);
      case 'lt':
        return this.afterLt(s, i);
      case 'tag':
        return this.inTag(s, i);
      case 'bang':
        return this.inBang(s, i);
      default:
        return this.inSkipped(s, i);
    }
  }

  private inText(s: string, i: number): number {
    const lt = s.indexOf('<', i);
    const run = s.slice(i, lt < 0 ? s.length : lt);
    this.addText(run.length - entityExtra(run));
    if (lt < 0) return s.length;
    this.endText();
    this.state = 'lt';
    return lt + 1;
  }

  private addText(chars: number): void {
    this.text += chars;
    if (this.text > this.limits.textChars)
      throw new XmlLimitError(`a cell or other text holds more than ${this.limits.textChars.toLocaleString('en-GB')} characters, Excel's own limit for a cell`);
  }

  private endText(): void {
    if (this.text) this.onText(this.text);
    this.text = 0;
  }

  private afterLt(s: string, i: number): number {
    const c = s[i];
    if (c === '!') {
      this.state = 'bang';
      this.bang = '';
    } else if (c === '?') {
      this.state = 'pi';
      this.tail = '';
    } else {
      this.state = 'tag';
      this.tag = c;
      this.quote = '';
    }
    return i + 1;
  }

  /** "<!" then a comment, a CDATA section or a declaration: read enough characters to tell which. */
  private inBang(s: string, i: number): number {
    this.bang += s[i];
    if (this.bang === '--') {
      this.state = 'comment';
      this.tail = '';
    } else if (this.bang === '[CDATA[') {
      this.state = 'cdata';
      this.tail = '';
    } else if (!'--'.startsWith(this.bang) && !'[CDATA['.startsWith(this.bang)) {
      throw new XmlLimitError('a part declares a DOCTYPE or entities, which spreadsheet files never do');
    }
    return i + 1;
  }

  /** Comments, CDATA and processing instructions, up to their closing "-->", "]]>" or "?>". */
  private inSkipped(s: string, i: number): number {
    const close = this.state === 'comment' ? '-->' : this.state === 'cdata' ? ']]>' : '?>';
    const at = (this.tail + s.slice(i)).indexOf(close);
    const upTo = at < 0 ? s.length : i + at - this.tail.length + close.length;
    if (this.state === 'cdata') this.addText(Math.max(0, upTo - i - (at < 0 ? 0 : close.length)));
    this.tail = (this.tail + s.slice(i, upTo)).slice(-2);
    if (at >= 0) this.state = 'text';
    return Math.max(upTo, i + 1);
  }

  private inTag(s: string, i: number): number {
    let k = i;
    for (; k < s.length; k++) {
      const c = s[k];
      if (this.quote) {
        if (c === this.quote) this.quote = '';
      } else if (c === '"' || c === "'") this.quote = c;
      else if (c === '>') break;
    }
    this.tag += s.slice(i, k);
    if (this.tag.length > this.limits.tagChars) throw new XmlLimitError(`a tag is longer than ${this.limits.tagChars.toLocaleString('en-GB')} characters`);
    if (k === s.length) return k;
    this.closeTag();
    this.state = 'text';
    return k + 1;
  }

  private closeTag(): void {
    const t = this.tag;
    if (t[0] === '/') {
      if (--this.depth < 0) throw new XmlLimitError('a part closes more elements than it opens');
      return;
    }
    const name = /^[^\s/>]*/.exec(t)![0];
    if (!t.endsWith('/') && ++this.depth > this.limits.depth) {
      throw new XmlLimitError(`its XML is nested more than ${this.limits.depth} levels deep`);
    }
    this.onOpen(name.slice(name.indexOf(':') + 1), t);
  }
}

/** Characters an entity reference adds beyond the one it stands for ("&amp;" is 5 for 1). */
function entityExtra(run: string): number {
  if (run.indexOf('&') < 0) return 0;
  let extra = 0;
  for (const m of run.matchAll(/&[^;&<]{0,16};/g)) extra += m[0].length - 1;
  return extra;
}

const attrRes = new Map<string, RegExp>();

/** An attribute's value from a tag's text, or null. */
export function attr(tag: string, name: string): string | null {
  let re = attrRes.get(name);
  if (!re) attrRes.set(name, (re = new RegExp(`\\s${name}\\s*=\\s*(["'])(.*?)\\1`, 's')));
  const m = re.exec(tag);
  return m ? m[2] : null;
}
