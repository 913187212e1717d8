/**
 * A narrative block in a rich-text editor (TipTap, on ProseMirror): headings, bold, italic, bullet and
 * numbered lists with nesting, quotations and links, nothing else, so the stored document always fits
 * shared/model/richtext.ts. Saved as you type (after a pause), and at once when you leave the editor or
 * the window. Ctrl+Z inside the editor undoes typing; the plan's own undo takes back saved steps.
 */
import { useEffect, useRef, useState } from 'react';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { isAllowedHref, richDocSchema, type RichDoc } from '../../shared/model/richtext';
import { usePlanStore } from '../stores/plan-store';
import { useUiStore } from '../stores/ui-store';

const SAVE_AFTER_MS = 700;

/**
 * Event-handler attributes in pasted HTML are renamed before ProseMirror parses it. The schema would drop
 * them anyway and the CSP would block them, but the browser reports a CSP violation for each one it meets,
 * even in the parser's detached document. Quoted attribute values are skipped over as the HTML tokenizer does.
 */
export function neutralizePastedHtml(html: string): string {
  return html.replace(/<[a-zA-Z](?:[^>"']|"[^"]*"|'[^']*')*>?/g, (tag) => tag.replace(/([\s/"'])on([a-z-]*\s*=)/gi, '$1data-dropped-on$2'));
}
/** The model's rule (https and mailto only), so the editor never makes a link the main process would refuse. */
const allowedUri = (url: string) => isAllowedHref(url);

export const narrativeExtensions = [
  StarterKit.configure({
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    horizontalRule: false,
    trailingNode: false,
    heading: { levels: [1, 2, 3, 4] },
    link: { openOnClick: false, autolink: true, protocols: ['https', 'mailto'], isAllowedUri: (url) => allowedUri(url) },
  }),
];

export function NarrativeEditor({ blockId, doc, label }: { blockId: number; doc: RichDoc; label: string }) {
  const saveNarrative = usePlanStore((s) => s.saveNarrative);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saved = useRef(JSON.stringify(doc));
  const [status, setStatus] = useState<'saved' | 'editing' | 'saving'>('saved');

  const flush = async (editor: Editor | null) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    // A destroyed editor (its section was just removed or the page changed) has nothing left to save.
    if (!editor || editor.isDestroyed || !blockExists(blockId)) return;
    const parsed = richDocSchema.safeParse(editor.getJSON());
    if (!parsed.success) return useUiStore.getState().say(`This text cannot be saved: ${parsed.error.issues[0].message}`, 'error');
    const json = JSON.stringify(parsed.data);
    if (json === saved.current) return setStatus('saved');
    setStatus('saving');
    saved.current = json;
    if (await saveNarrative(blockId, parsed.data)) setStatus('saved');
  };

  const editor = useEditor({
    extensions: narrativeExtensions,
    content: doc,
    editorProps: { attributes: { 'aria-label': label, class: 'narrative narrative-editable' }, transformPastedHTML: neutralizePastedHtml },
    onUpdate: ({ editor: e }) => {
      setStatus('editing');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(e), SAVE_AFTER_MS);
    },
    onBlur: ({ editor: e }) => void flush(e),
  });

  // A change from elsewhere (undo, redo, import) replaces the text, unless it is what we just saved.
  useEffect(() => {
    const json = JSON.stringify(doc);
    if (editor && json !== saved.current && !editor.isFocused) {
      saved.current = json;
      editor.commands.setContent(doc, { emitUpdate: false });
    }
  }, [doc, editor]);

  // A search result in this text: bring it into view.
  const found = useUiStore((s) => s.focus?.blockId === blockId);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!found) return;
    box.current?.scrollIntoView({ block: 'center' });
    box.current?.classList.add('flash');
    const t = setTimeout(() => box.current?.classList.remove('flash'), 1200);
    useUiStore.getState().setFocus(null);
    return () => clearTimeout(t);
  }, [found]);

  // Leaving the window or closing it saves what was typed.
  useEffect(() => {
    const now = () => void flush(editor);
    window.addEventListener('beforeunload', now);
    document.addEventListener('visibilitychange', now);
    return () => {
      window.removeEventListener('beforeunload', now);
      document.removeEventListener('visibilitychange', now);
      now();
    };
  }, [editor]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <div className="narrative-block" ref={box}>
      {editor && <Toolbar editor={editor} status={status} />}
      <EditorContent editor={editor} />
    </div>
  );
}

function Toolbar({ editor, status }: { editor: Editor; status: string }) {
  const [linking, setLinking] = useState(false);
  const [href, setHref] = useState('');
  const chain = () => editor.chain().focus();
  const btn = (label: string, active: boolean, run: () => void, shortcut?: string) => (
    <button type="button" aria-pressed={active} title={shortcut ? `${label} (${shortcut})` : label} onMouseDown={(e) => e.preventDefault()} onClick={run}>
      {label}
    </button>
  );
  const level = [1, 2, 3, 4].find((l) => editor.isActive('heading', { level: l }));
  return (
    <div className="rt-toolbar" role="toolbar" aria-label="Text formatting">
      <select
        aria-label="Paragraph style"
        value={level ? `h${level}` : 'p'}
        onChange={(e) => {
          const v = e.target.value;
          if (v === 'p') chain().setParagraph().run();
          else
            chain()
              .setHeading({ level: Number(v.slice(1)) as 1 | 2 | 3 | 4 })
              .run();
        }}
      >
        <option value="p">Paragraph</option>
        <option value="h1">Heading 1</option>
        <option value="h2">Heading 2</option>
        <option value="h3">Heading 3</option>
        <option value="h4">Heading 4</option>
      </select>
      {btn('Bold', editor.isActive('bold'), () => chain().toggleBold().run(), 'Ctrl+B')}
      {btn('Italic', editor.isActive('italic'), () => chain().toggleItalic().run(), 'Ctrl+I')}
      {btn('Bullets', editor.isActive('bulletList'), () => chain().toggleBulletList().run(), 'Ctrl+Shift+8')}
      {btn('Numbering', editor.isActive('orderedList'), () => chain().toggleOrderedList().run(), 'Ctrl+Shift+7')}
      {btn('Indent', false, () => chain().sinkListItem('listItem').run(), 'Tab')}
      {btn('Outdent', false, () => chain().liftListItem('listItem').run(), 'Shift+Tab')}
      {btn('Quote', editor.isActive('blockquote'), () => chain().toggleBlockquote().run(), 'Ctrl+Shift+B')}
      {btn('Link', editor.isActive('link'), () => (setHref(editor.getAttributes('link').href ?? 'https://'), setLinking(true)))}
      {linking && (
        <form
          className="link-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!href.trim() || href === 'https://') chain().unsetLink().run();
            else if (allowedUri(href.trim())) chain().extendMarkRange('link').setLink({ href: href.trim() }).run();
            else return useUiStore.getState().say('Links must start with https:// or mailto:', 'error');
            setLinking(false);
          }}
        >
          <input
            aria-label="Link address"
            value={href}
            autoFocus
            onChange={(e) => setHref(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setLinking(false)}
          />
          <button type="submit">Set</button>
        </form>
      )}
      <span className={`save-state ${status}`} aria-live="polite">
        {status === 'saved' ? 'Saved' : status === 'saving' ? 'Saving…' : 'Editing'}
      </span>
    </div>
  );
}

function blockExists(blockId: number): boolean {
  return usePlanStore.getState().plan?.sections.some((s) => s.blocks.some((b) => b.id === blockId)) ?? false;
}
