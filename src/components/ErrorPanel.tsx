import { formatProblem, type Problem } from '../data/validate';

export const MAX_SHOWN_PROBLEMS = 20;

/** A fatal problem, shown in full instead of a blank page. */
export function ErrorPanel({ title, problems, onRetry }: { title: string; problems: Problem[]; onRetry?: () => void }) {
  return (
    <div className="error-panel" role="alert">
      <h1>{title}</h1>
      {problems.length > 1 && <p>{problems.length} problems found{problems.length > MAX_SHOWN_PROBLEMS ? `; the first ${MAX_SHOWN_PROBLEMS}:` : ':'}</p>}
      <ul>
        {problems.slice(0, MAX_SHOWN_PROBLEMS).map((p, i) => (
          <li key={i}>
            <code>{formatProblem(p)}</code>
          </li>
        ))}
      </ul>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
