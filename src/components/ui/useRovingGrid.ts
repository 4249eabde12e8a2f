import { useEffect, type RefObject } from 'react';

/** The cells a reader moves between: every stance and verdict button of the grid. */
const CELL = 'tbody tr button.cell';

/**
 * The ARIA grid pattern with a roving tab index: the grid is one Tab stop (the cell last visited), and the arrow keys,
 * Home and End (with Ctrl: the first and last row) move inside it. Rows are the table's rows, or the cards when the
 * grid is drawn as cards: Up and Down keep the column. `key` changes when the cells do (filters, date, layout).
 */
export function useRovingGrid(ref: RefObject<HTMLElement | null>, key: string) {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const rows = () =>
      [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll<HTMLElement>('button.cell')]);
    const all = [...root.querySelectorAll<HTMLElement>(CELL)];
    const active = all.find((el) => el.tabIndex === 0 && el.dataset.roving === 'on') ?? all[0];
    for (const el of all) {
      el.tabIndex = el === active ? 0 : -1;
      el.dataset.roving = el === active ? 'on' : 'off';
    }
    const activate = (el: HTMLElement) => {
      for (const other of root.querySelectorAll<HTMLElement>(CELL)) {
        other.tabIndex = -1;
        other.dataset.roving = 'off';
      }
      el.tabIndex = 0;
      el.dataset.roving = 'on';
    };
    const onFocus = (e: FocusEvent) => {
      if (e.target instanceof HTMLElement && e.target.matches(CELL)) activate(e.target);
    };
    const onKey = (e: KeyboardEvent) => {
      if (!(e.target instanceof HTMLElement) || !e.target.matches(CELL)) return;
      const grid = rows();
      const r = grid.findIndex((row) => row.includes(e.target as HTMLElement));
      const c = grid[r]?.indexOf(e.target as HTMLElement) ?? -1;
      if (r < 0 || c < 0) return;
      const last = grid.length - 1;
      const at = (row: number, col: number) => {
        const cells = grid[Math.max(0, Math.min(last, row))] ?? [];
        return cells[Math.max(0, Math.min(cells.length - 1, col))];
      };
      const target = {
        ArrowRight: at(r, c + 1),
        ArrowLeft: at(r, c - 1),
        ArrowDown: at(r + 1, c),
        ArrowUp: at(r - 1, c),
        Home: e.ctrlKey ? at(0, 0) : at(r, 0),
        End: e.ctrlKey ? at(last, Infinity) : at(r, Infinity),
        PageDown: at(r + 5, c),
        PageUp: at(r - 5, c),
      }[e.key];
      if (target === undefined) return;
      e.preventDefault();
      activate(target);
      target.focus();
    };
    root.addEventListener('focusin', onFocus);
    root.addEventListener('keydown', onKey);
    return () => {
      root.removeEventListener('focusin', onFocus);
      root.removeEventListener('keydown', onKey);
    };
  }, [ref, key]);
}
