/**
 * The window: plan list and outline on the left, the selected page on the right, a status line below.
 * Keyboard: a skip link first, F6 between areas, Ctrl+Tab out of a table, F1 for the shortcut list.
 */
import { useCallback, useEffect, useState } from 'react';
import { usePlanStore } from '../stores/plan-store';
import { useShallow } from 'zustand/react/shallow';
import type { Place } from '../stores/ui-store';
import { useOpenPlan, usePlanId } from '../stores/plan-selectors';
import { useUiStore } from '../stores/ui-store';
import { PlanList } from './PlanList';
import { planLabel } from './plan-label';
import { Outline } from './Outline';
import { HeaderForm } from './HeaderForm';
import { ContentsPage } from './ContentsPage';
import { NewPlanDialog } from './NewPlanDialog';
import { BudgetSummary } from '../sections/BudgetSummary';
import { TargetsView } from '../sections/TargetsView';
import { PrintPreview } from '../sections/PrintPreview';
import { SearchResults } from '../sections/SearchResults';
import { SearchBox } from './SearchBox';
import { UndoButtons } from './UndoButtons';
import { fyLabel } from '../../shared/calc/financial-year';
import { useUndoKeys } from './use-undo-keys';
import { FindReplace } from './ReplaceDialog';
import { useDatabaseStore } from '../stores/database-store';
import { RecoveryDialog } from './RecoveryDialog';
import { BackupsDialog } from './BackupsDialog';
import { ErrorBoundary } from './ErrorBoundary';
import { SelectionStatus } from './SelectionStatus';
import { FileMenu } from './FileMenu';
import { HistoryTools } from '../sections/HistoryTools';
import { runCommand } from '../stores/file-commands';
import { SkipLink } from './SkipLink';
import { useAppKeys } from './use-app-keys';
import { usePlaceFocus } from './use-place-focus';
import { prepareLiveRegions } from './announce';
import { LazySectionView, Opening, preloadSections } from './LazySectionView';
import { dropFirstLoad } from '../stores/first-load';
import { useStatusAnnouncer } from './use-status-announcer';

/** The app bar's name of the open plan; redrawn only when its header changes. */
function PlanName() {
  const plan = usePlanStore(useShallow((s) => (s.plan ? { kind: s.plan.kind, header: s.plan.header } : null)));
  if (!plan) return null;
  return (
    <span className="plan-name">
      {[...new Set([planLabel(plan), plan.header.title])].join(' · ')} · {fyLabel(plan.header.year)}
    </span>
  );
}

/** A section page follows its own sections (plan-selectors); the other pages show the whole plan. */
function PlanPage({ place }: { place: Place }) {
  const planId = usePlanId();
  const complete = usePlanStore((s) => s.complete);
  if (place.kind === 'targets') return <TargetsView selected={place.key} />;
  if (planId === null) return null;
  if (place.kind === 'section') return complete ? <LazySectionView key={planId} sectionId={place.sectionId} /> : <Opening />;
  if (place.kind === 'search') return <SearchResults planId={planId} query={place.query} />;
  return <WholePlanPage place={place} complete={complete} />;
}

function WholePlanPage({ place, complete }: { place: Place; complete: boolean }) {
  const plan = useOpenPlan();
  if (!plan) return null;
  if (place.kind === 'header') return <HeaderForm plan={plan} />;
  if (place.kind === 'contents') return <ContentsPage plan={plan} />;
  if (place.kind === 'budgets') return complete ? <BudgetSummary plan={plan} /> : <Opening />;
  if (place.kind === 'print') return <PrintPreview plan={plan} />;
  return null;
}

export function App() {
  const hasPlan = usePlanStore((s) => s.plan !== null);
  const place = useUiStore((s) => s.place);
  const message = useUiStore((s) => s.message);
  const loading = usePlanStore((s) => s.loading);
  const loadPlans = usePlanStore((s) => s.loadPlans);
  const [newPlan, setNewPlan] = useState(false);
  const [backups, setBackups] = useState(false);
  const recovery = useDatabaseStore((s) => s.status?.recovery ?? null);
  // Plans load only once the file is known to be usable; a damaged one waits for the user's choice.
  useEffect(() => {
    void useDatabaseStore
      .getState()
      .load()
      .then((status) => (status?.recovery ? (dropFirstLoad(), usePlanStore.setState({ loading: false })) : loadPlans()));
  }, [loadPlans]);
  useUndoKeys();
  // One shortcut list for F1, "?", the Shortcuts button and the Help menu: the File/Help command's dialog.
  const showShortcuts = useCallback(() => void runCommand('keyboard-shortcuts'), []);
  useAppKeys(showShortcuts);
  usePlaceFocus();
  useEffect(prepareLiveRegions, []);
  useEffect(preloadSections, []);
  useStatusAnnouncer();

  return (
    <div className="app">
      <SkipLink />
      <header className="app-bar">
        <span className="app-name">Plan Editor</span>
        <FileMenu />
        <PlanName />
        <UndoButtons />
        <HistoryTools />
        <SearchBox />
        <button type="button" className="app-bar-button" onClick={() => setBackups(true)}>
          Backups…
        </button>
        <button type="button" className="app-bar-button" aria-keyshortcuts="F1" title="Keyboard shortcuts (F1)" onClick={showShortcuts}>
          Shortcuts
        </button>
      </header>
      <aside className="sidebar">
        <PlanList onNew={() => setNewPlan(true)} />
        <Outline />
      </aside>
      <main id="main" className="page" aria-busy={loading}>
        <ErrorBoundary what="this page" resetKey={place}>
          {!hasPlan && !loading && !recovery && <p className="empty-note">No plans yet: start one with “New plan…”.</p>}
          <PlanPage place={place} />
        </ErrorBoundary>
      </main>
      <footer className={`status ${message?.tone ?? ''}`}>
        {/* Visible text only: useStatusAnnouncer speaks each message once through the live regions. */}
        <span role="status" aria-live="off">
          {message?.text ?? ''}
        </span>
        <SelectionStatus />
      </footer>
      {newPlan && <NewPlanDialog onClose={() => setNewPlan(false)} />}
      {backups && <BackupsDialog onClose={() => setBackups(false)} />}
      {recovery && <RecoveryDialog recovery={recovery} />}
      <FindReplace />
    </div>
  );
}
