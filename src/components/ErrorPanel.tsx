import { lazy, Suspense } from 'react';
import type { Problem } from '../data/problem';
import { usePresentation } from '../state/presentation';
import { useI18n } from '../state/i18n';
import { ProblemList } from './ProblemList';

// Only an editor with a draft needs it: it loads with the panel, not with every reader's page.
const FileDrop = lazy(() => import('./FileDrop').then((mod) => ({ default: mod.FileDrop })));

/**
 * A fatal problem, shown in full instead of a blank page. On a page of its own (not in an article's embed) it offers
 * to preview a local file instead: an editor checking a draft lands here when it does not load.
 */
export function ErrorPanel({ title, problems, onRetry }: { title: string; problems: Problem[]; onRetry?: () => void }) {
  const { m } = useI18n();
  const { embed } = usePresentation();
  return (
    <div className="error-panel">
      <div role="alert">
        <ProblemList title={title} problems={problems} level={1} />
        {onRetry && (
          <button type="button" onClick={onRetry}>
            {m.app.tryAgain}
          </button>
        )}
      </div>
      {!embed && (
        <Suspense fallback={null}>
          <FileDrop />
        </Suspense>
      )}
    </div>
  );
}
