/**
 * Sections (the grid and the text editor, most of the app's code) load apart from the shell, so the outline
 * is drawn before their code is read. The code is fetched as soon as the window is idle; once it is in, a
 * section renders at once. The component rendered is always the module's own SectionView (never a lazy
 * wrapper swapped for it later), so a section on screen is never remounted when the code arrives.
 */
import { useEffect, useState, type ComponentProps } from 'react';

type Module = typeof import('../sections/SectionView');
let loaded: Module | null = null;
const load = (): Promise<Module> => import('../sections/SectionView').then((m) => (loaded = m));

export function preloadSections(): void {
  const start = () => void load();
  if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 500 });
  else setTimeout(start, 100);
}

export function LazySectionView(props: ComponentProps<Module['SectionView']>) {
  const [mod, setMod] = useState<Module | null>(loaded);
  useEffect(() => {
    let live = true;
    if (!mod) void load().then((m) => live && setMod(m));
    return () => void (live = false);
  }, [mod]);
  return mod ? <mod.SectionView {...props} /> : <Opening />;
}

/** What a page shows while its contents are read. */
export function Opening() {
  return <p className="empty-note">Opening…</p>;
}
