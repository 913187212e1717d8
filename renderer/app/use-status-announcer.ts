/**
 * Every message of the status line is spoken: a result politely, a refusal or failure ("Not saved: ...")
 * at once. The status line itself stays visible text (role=status with aria-live off), so nothing is
 * read twice. Code that wants something heard without showing it calls announce() directly.
 */
import { useEffect } from 'react';
import { useUiStore } from '../stores/ui-store';
import { announce, announceError } from './announce';

export function useStatusAnnouncer(): void {
  const message = useUiStore((s) => s.message);
  useEffect(() => {
    if (!message?.text) return;
    if (message.tone === 'error') announceError(message.text);
    else announce(message.text);
  }, [message]);
}
