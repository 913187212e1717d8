/**
 * The desktop shell as the page sees it: window.planEditorDesktop (the preload's bridge, shared/api/desktop.ts)
 * in the desktop app, absent in a browser. Its calls come back as values or one-sentence errors.
 */
import type { DesktopBridge, ShellCallName, ShellCalls } from '../../shared/api/desktop';

declare global {
  interface Window {
    planEditorDesktop?: DesktopBridge;
  }
}

export function desktopShell(): DesktopBridge | null {
  return typeof window === 'undefined' ? null : (window.planEditorDesktop ?? null);
}

export async function shellCall<K extends ShellCallName>(name: K, arg: ShellCalls[K]['arg']): Promise<ShellCalls[K]['result']> {
  const bridge = desktopShell();
  if (!bridge) throw new Error('This needs the desktop app.');
  const r = await (bridge[name] as (a: ShellCalls[K]['arg']) => ReturnType<DesktopBridge[K]>)(arg);
  if (!r.ok) throw new Error(r.error.message);
  return r.result as ShellCalls[K]['result'];
}
