import { Component, type ContextType, type ReactNode } from 'react';
import { I18nContext } from '../state/i18n';

interface Props {
  /** What failed, in the reader's words: "the timeline", "this chart". */
  label: string;
  children: ReactNode;
  /** Changing it (e.g. the view) clears a past failure. */
  resetKey?: string;
}

interface State {
  error: Error | null;
}

/**
 * Contains a failure to one view or chart: a short message and "try again" instead of a blank
 * page, while the rest of the dashboard keeps working. The error itself is reported once by the
 * root's error callbacks (main.tsx).
 */
export class ErrorBoundary extends Component<Props, State> {
  static override contextType = I18nContext;
  declare context: ContextType<typeof I18nContext>;
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidUpdate(prev: Props) {
    if (prev.resetKey !== this.props.resetKey && this.state.error !== null) this.setState({ error: null });
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    const { m } = this.context;
    return (
      <div className="contained-error" role="alert">
        <p>
          <strong>{m.app.partFailed(this.props.label)}</strong> {m.app.partFailedHint}
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {m.app.tryAgain}
        </button>
      </div>
    );
  }
}
