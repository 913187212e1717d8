/**
 * The one Content-Security-Policy, sent as a header by the app:// protocol and the loopback host, and
 * written into the built index.html's meta tag by vite.config.mts. Scripts only from the app itself; no
 * eval, no remote content. Styles allow inline because ag-grid injects its theme CSS at run time.
 */
const DIRECTIVES: readonly string[] = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

/** Directives a browser ignores in a <meta> tag (they only work as a header). */
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'sandbox'];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** The same policy without the header-only directives, for the page's meta tag. */
export const CONTENT_SECURITY_POLICY_META = DIRECTIVES.filter((d) => !HEADER_ONLY.includes(d.split(' ')[0]!)).join('; ');

/** Headers on every response the app's page or its assets come with (app:// and the loopback host). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=(), payment=()',
});
