/** Permission and IPC rules (checklist items 5 and 17). */
import { isAppUrl } from './urls';

/**
 * Every permission request and check is refused: the app needs no camera, notifications, geolocation,
 * clipboard-read or any other permission (copy and paste use the page's clipboard events).
 */
export function permissionDecision(_permission: string, _requestingUrl?: string): boolean {
  return false;
}

/** An IPC call is trusted only from the app's own page in a main frame, never from a subframe or other origin. */
export function isTrustedIpcSender(frameUrl: string | null | undefined, isMainFrame: boolean): boolean {
  return isMainFrame === true && typeof frameUrl === 'string' && isAppUrl(frameUrl);
}
