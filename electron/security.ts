/**
 * Security policy for every window and page: the Content-Security-Policy (also in renderer/index.html),
 * and the fixed web preferences of the one window. Scripts only from the app itself; no eval, no remote
 * content. Styles allow inline because ag-grid injects its theme CSS at run time.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
