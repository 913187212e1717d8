/** Search the open plan: header, narrative text and every table cell (Ctrl+F goes here). */
import { useEffect, useRef, useState } from 'react';
import { usePlanStore } from '../stores/plan-store';

export function SearchBox() {
  const go = usePlanStore((s) => s.go);
  const hasPlan = usePlanStore((s) => !!s.plan);
  const [q, setQ] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') (e.preventDefault(), input.current?.focus(), input.current?.select());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  if (!hasPlan) return null;
  return (
    <form className="search-box" role="search" aria-label="Search the plan" onSubmit={(e) => (e.preventDefault(), q.trim() && go({ kind: 'search', query: q.trim() }))}>
      <input ref={input} type="search" aria-label="Search this plan" placeholder="Search this plan (Ctrl+F)" value={q} onChange={(e) => setQ(e.target.value)} />
    </form>
  );
}
