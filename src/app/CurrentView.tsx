import { lazy, useLayoutEffect, type ComponentType } from 'react';
import { CompareGrid } from '../components/compare/CompareGrid';
import { MatrixView } from '../components/matrix/MatrixView';
import type { LazyView, View } from '../core/views';
import { LAZY_VIEWS, loadedView, loadView } from './viewChunks';

/**
 * A view fetched on demand. When its code arrived while the data loaded (preloadData.ts starts it at boot), it renders
 * at once: going through Suspense anyway cost a fallback commit, an extra layout and a second render on a phone.
 */
function onDemand(view: LazyView) {
  const Lazy = lazy(() => loadView(view));
  return function OnDemandView() {
    const Loaded = loadedView(view);
    return Loaded === null ? <Lazy /> : <Loaded />;
  };
}
/** The first bundle's views; the others are fetched on demand (src/core/views.ts says which). */
const EAGER_VIEWS = { compare: CompareGrid, matrix: MatrixView } satisfies Record<
  Exclude<View, LazyView>,
  ComponentType
>;
const LAZY_COMPONENTS = {} as Record<LazyView, ComponentType>;
for (const view of LAZY_VIEWS) LAZY_COMPONENTS[view] = onDemand(view);
const isEager = (view: View): view is keyof typeof EAGER_VIEWS => Object.hasOwn(EAGER_VIEWS, view);

export function CurrentView({ view }: { view: View }) {
  const Component = isEager(view) ? EAGER_VIEWS[view] : LAZY_COMPONENTS[view];
  return <Component />;
}

/**
 * Marks `<html data-ready="true">` once the current view has rendered (after its lazy chunk),
 * so screenshot tools and tests wait for the chart, not only the data. Inside the Suspense
 * boundary: while a view is loading, the fallback hides this and its layout effect is undone.
 */
export function ReadySignal() {
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.dataset.ready = 'true';
    return () => {
      delete root.dataset.ready;
    };
  }, []);
  return null;
}
