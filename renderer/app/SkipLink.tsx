/** The first Tab stop of the window: straight to the page's heading, past the app bar and the outline. */
import { focusPageHeading } from './focus';

export function SkipLink() {
  return (
    <a className="skip-link" href="#main" onClick={(e) => (e.preventDefault(), focusPageHeading())}>
      Skip to content
    </a>
  );
}
