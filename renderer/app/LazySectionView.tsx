/**
 * Sections (the grid and the text editor, most of the app's code) load apart from the shell, so the outline
 * is drawn before their code is read. The code is fetched as soon as the window is idle; once it is in, a
 * section renders at once (no suspended frame, which would drop the focus of whatever opened it).
 */
import { lazy, Suspense, type ComponentProps } from 'react';

type Module = typeof import('../sections/SectionView');
let loaded: Module | null = null;
const load = () => import('../sections/SectionView').then((m) => (loaded = m));
const Suspended = lazy(() => load().then((m) => ({ default: m.SectionView })));

export function preloadSections(): void {
  const start = () => void load();
  if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 500 });
  else setTimeout(start, 100);
}

export function LazySectionView(props: ComponentProps<Module['SectionView']>) {
  if (loaded) return <loaded.SectionView {...props} />;
  return (
    <Suspense fallback={<Opening />}>
      <Suspended {...props} />
    </Suspense>
  );
}

/** What a page shows while its contents are read. */
export function Opening() {
  return <p className="empty-note">Opening…</p>;
}
