import { useEffect, useState, type ComponentType } from 'react';
import type { LazyView, View } from '../core/views';

// Recharts is only fetched for the views that draw with it; the positions table brings TanStack Table. Dynamic
// imports only: importing this module evaluates nothing else, so preloadData.ts can use it before React loads.
const loaders = {
  agreement: () => import('../components/agreement/AgreementView').then((module) => module.AgreementView),
  timeline: () => import('../components/timeline/TimelineView').then((module) => module.TimelineView),
  distribution: () => import('../components/distribution/DistributionView').then((module) => module.DistributionView),
  table: () => import('../components/table/PositionsTable').then((module) => module.PositionsTable),
  method: () => import('../components/method/MethodView').then((module) => module.MethodView),
} satisfies Record<LazyView, () => Promise<ComponentType>>;

/** The views fetched on demand, from the registry's rows without `eager`. */
export const LAZY_VIEWS = Object.keys(loaders) as LazyView[];

/** Views whose code has arrived: rendered directly, without a round through Suspense. */
const loaded = new Map<LazyView, ComponentType>();

export function loadView(view: LazyView): Promise<{ default: ComponentType }> {
  return loaders[view]().then((component) => {
    loaded.set(view, component);
    // React.lazy's shape.
    return { default: component };
  });
}

/** The view's component if its code is already here, else null (the caller suspends on loadView). */
export const loadedView = (view: LazyView): ComponentType | null => loaded.get(view) ?? null;

/** Starts fetching a view's code (preloadData.ts, at boot); a failure is left to the view's own error boundary. */
export function preloadView(view: View): void {
  if (Object.hasOwn(loaders, view)) void loadView(view as LazyView).catch(() => undefined);
}

/**
 * True once `view`'s code is here (a view in the first bundle at once), or failed to arrive (the view's error boundary
 * then says so). The dashboard's first render waits for it beside the data: a view rendered before its chunk was
 * evaluated went through Suspense, committing a fallback, laying the page out twice and rendering the view again in
 * 5 ms slices — about a fifth of the time to ready on a throttled phone.
 */
export function useViewCode(view: View): boolean {
  const lazy = Object.hasOwn(loaders, view);
  const [settled, setSettled] = useState<View | null>(null);
  const here = !lazy || loaded.has(view as LazyView) || settled === view;
  useEffect(() => {
    if (here) return;
    let live = true;
    const done = () => {
      if (live) setSettled(view);
    };
    loadView(view as LazyView).then(done, done);
    return () => {
      live = false;
    };
  }, [view, here]);
  return here;
}
