/**
 * Security rules for every window and page, as pure functions and constants (nothing here imports
 * Electron, so unit tests call them): see SECURITY.md for the Electron checklist item each one serves.
 * electron/main.ts and electron/window.ts only wire them into Electron.
 */
export { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META, SECURITY_HEADERS } from './security/csp';
export { mainWindowWebPreferences, type SecureWebPreferences } from './security/web-preferences';
export {
  APP_SCHEME,
  APP_HOST,
  APP_ORIGIN,
  APP_INDEX_URL,
  REMOTE_URL_PATTERNS,
  isAppUrl,
  navigationDecision,
  externalLinkDecision,
  type Decision,
} from './security/urls';
export { permissionDecision, isTrustedIpcSender } from './security/permissions';
export { APP_SCHEME_PRIVILEGES, resolveAppRequest, resolveRendererPath, mimeTypeOf, appResponseHeaders, type AppResource } from './security/app-protocol';
