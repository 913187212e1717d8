/**
 * The window: plan list and outline on the left, the selected page on the right, a status line below.
 * Keyboard: a skip link first, F6 between areas, Ctrl+Tab out of a table, F1 for the shortcut list.
 */
import { useCallback, useEffect, useState } from 'react';
import { usePlanStore } from '../stores/plan-store';
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

export function App() {
  const plan = usePlanStore((s) => s.plan);
  const complete = usePlanStore((s) => s.complete);
  const place = usePlanStore((s) => s.place);
  const message = usePlanStore((s) => s.message);
  const loading = usePlanStore((s) => s.loading);
  const loadPlans = usePlanStore((s) => s.loadPlans);
  const [newPlan, setNewPlan] = useState(false);
  const [backups, setBackups] = useState(false);
  const recovery = useDatabaseStore((s) => s.status?.recovery ?? null);
  // Plans load only once the file is known to be usable; a damaged one waits for the user's choice.
  useEffect(() => {
    void useDatabaseStore.getState().load().then((status) => (status?.recovery ? (dropFirstLoad(), usePlanStore.setState({ loading: false })) : loadPlans()));
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
        {plan && <span className="plan-name">{[...new Set([planLabel(plan), plan.header.title])].join(' · ')} · {fyLabel(plan.header.year)}</span>}
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
        {!plan && !loading && !recovery && <p className="empty-note">No plans yet: start one with “New plan…”.</p>}
        {plan && place.kind === 'header' && <HeaderForm plan={plan} />}
        {plan && place.kind === 'contents' && <ContentsPage plan={plan} />}
        {plan && place.kind === 'budgets' && (complete ? <BudgetSummary plan={plan} /> : <Opening />)}
        {place.kind === 'targets' && <TargetsView selected={place.key} />}
        {plan && place.kind === 'print' && <PrintPreview plan={plan} />}
        {plan && place.kind === 'search' && <SearchResults planId={plan.id} query={place.query} />}
        {plan && place.kind === 'section' && (complete ? <LazySectionView key={plan.id} plan={plan} sectionId={place.sectionId} /> : <Opening />)}
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
