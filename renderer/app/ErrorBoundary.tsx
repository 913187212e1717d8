/**
 * Contains a render error to the part of the window that failed (one table, one section, one page): the
 * rest of the app stays usable, the user reads one sentence and can draw that part again. What is saved is
 * never affected: rendering only shows stored data.
 */
import { Component, type ReactNode } from 'react';

interface Props {
  /** What failed, in the user's words: "the Secondary revenue budget". */
  what: string;
  children: ReactNode;
  /** Changing this key clears the error (e.g. opening another section). */
  resetKey?: unknown;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  componentDidCatch(error: Error, info: { componentStack?: string | null }): void {
    console.error(`Plan Editor could not show ${this.props.what}:`, error, info.componentStack);
  }

  render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div className="render-error" role="alert">
        <p>
          Plan Editor could not show {this.props.what} ({this.state.error.message}). Your work is saved.
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Show it again
        </button>
      </div>
    );
  }
}
