import { formatProblem, type Problem } from '../data/problem';
import { useI18n } from '../state/i18n';

const MAX_SHOWN_PROBLEMS = 20;

/** A load's problems under their title. Problem lines are technical (paths, sheets, rows) and stay in English. */
export function ProblemList({ title, problems, level }: { title: string; problems: readonly Problem[]; level: 1 | 3 }) {
  const { m } = useI18n();
  const Heading = level === 1 ? 'h1' : 'h3';
  return (
    <>
      <Heading lang="en">{title}</Heading>
      {problems.length > 1 && <p>{m.app.problemsFound(problems.length, MAX_SHOWN_PROBLEMS)}</p>}
      <ul>
        {problems.slice(0, MAX_SHOWN_PROBLEMS).map((p, i) => (
          <li key={i} lang="en">
            <code>{formatProblem(p)}</code>
          </li>
        ))}
      </ul>
    </>
  );
}
