/**
 * The benchmark's floor: the least a page can do to show every position of a dataset. It fetches the
 * same JSON as the dashboard and renders one plain <table> row per position with plain React; no
 * validation, no state library, no styles. `npm run bench` compares the dashboard's table view with it.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
// Type-only: erased at build time, so the floor bundles React and nothing else.
import type { Dataset, Position } from '../../src/data/schema';

// Same default as the dashboard's bundled dataset, seen from /.bench/floor/.
const DEFAULT_DATA = '../../data/dataset.json';

interface Names {
  parties: Map<string, string>;
  actors: Map<string, string>;
  issues: Map<string, string>;
}

/** Id -> display name lookups, so rows show the same names the dashboard's table does. */
function namesOf(dataset: Dataset): Names {
  return {
    parties: new Map(dataset.parties.map((p) => [p.id, p.shortName])),
    actors: new Map(dataset.actors.map((a) => [a.id, a.name])),
    issues: new Map(dataset.issues.map((i) => [i.id, i.title])),
  };
}

function Row({ position: p, names }: { position: Position; names: Names }) {
  return (
    <tr>
      <td>{p.date}</td>
      <td>{names.parties.get(p.party) ?? p.party}</td>
      <td>{p.actor === null ? '' : (names.actors.get(p.actor) ?? p.actor)}</td>
      <td>{names.issues.get(p.issue) ?? p.issue}</td>
      <td>{p.stance}</td>
      <td>{p.summary}</td>
    </tr>
  );
}

function Table({ dataset }: { dataset: Dataset }) {
  const names = namesOf(dataset);
  return (
    <table>
      <thead>
        <tr>
          <th>Date</th>
          <th>Party</th>
          <th>Actor</th>
          <th>Issue</th>
          <th>Stance</th>
          <th>Summary</th>
        </tr>
      </thead>
      <tbody>
        {dataset.positions.map((p) => (
          <Row key={p.id} position={p} names={names} />
        ))}
      </tbody>
    </table>
  );
}

async function main(): Promise<void> {
  const container = document.getElementById('root');
  if (container === null) throw new Error('#root element missing from index.html');
  const root = createRoot(container);
  const url = new URLSearchParams(window.location.search).get('data') ?? DEFAULT_DATA;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
    // Unvalidated on purpose: the floor measures rendering, and the bench only feeds it valid files.
    const dataset = (await response.json()) as Dataset;
    // flushSync: the rows are in the DOM when it returns, so `ready` marks the same moment as the dashboard's.
    flushSync(() => root.render(<Table dataset={dataset} />));
    document.documentElement.dataset.ready = 'true';
  } catch (err) {
    // Same class as the dashboard's error panel: the bench tells a failed load from a slow one by it.
    root.render(<p className="error-panel">{err instanceof Error ? err.message : String(err)}</p>);
  }
}

void main();
