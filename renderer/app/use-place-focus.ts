/**
 * Opening a page (a section, the contents, search results...) moves the focus to its heading, so the next
 * Tab continues in the page and a screen reader reads where the user now is. Not on the first load (the
 * skip link comes first), and not while the user types elsewhere (the search box, a section's new name).
 * A jump to a cell or a text (a search result) then takes the focus from the heading.
 */
import { useEffect, useRef } from 'react';
import { usePlanStore } from '../stores/plan-store';
import { useUiStore } from '../stores/ui-store';
import { focusIsLost, focusPageHeading, isTyping, pageHeading, whenDrawn } from './focus';

export function usePlaceFocus(): void {
  const planId = usePlanStore((s) => s.plan?.id ?? null);
  const place = useUiStore((s) => s.place);
  const key = planId === null ? null : `${planId}:${JSON.stringify(place)}`;
  const previous = useRef<string | null>(null);
  useEffect(() => {
    const first = previous.current === null;
    previous.current = key;
    if (first || key === null) return;
    const main = document.querySelector('main');
    if (isTyping() && !main?.contains(document.activeElement)) return;
    // At once when the page is drawn, so a jump made on the next frame (to a text, a field) comes after it.
    // A page whose contents come later (the plan still loading, the grid's code) must not take the focus
    // from where the user has put it meanwhile (a cell clicked, a key pressed).
    const from = document.activeElement;
    const toHeading = () => (document.activeElement !== from && !focusIsLost()) || (pageHeading() !== null && focusPageHeading());
    if (!toHeading()) whenDrawn(toHeading);
  }, [key]);
}
