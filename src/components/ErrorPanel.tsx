import { formatProblem, type Problem } from '../data/problem';
import { useI18n } from '../state/i18n';

const MAX_SHOWN_PROBLEMS = 20;

/** A fatal problem, shown in full instead of a blank page. Problem lines are technical (JSON paths) and stay in English. */
export function ErrorPanel({ title, problems, onRetry }: { title: string; problems: Problem[]; onRetry?: () => void }) {
  const { m } = useI18n();
  return (
    <div className="error-panel" role="alert">
      <h1 lang="en">{title}</h1>
      {problems.length > 1 && <p>{m.app.problemsFound(problems.length, MAX_SHOWN_PROBLEMS)}</p>}
      <ul>
        {problems.slice(0, MAX_SHOWN_PROBLEMS).map((p, i) => (
          <li key={i} lang="en">
            <code>{formatProblem(p)}</code>
          </li>
        ))}
      </ul>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {m.app.tryAgain}
        </button>
      )}
    </div>
  );
}
