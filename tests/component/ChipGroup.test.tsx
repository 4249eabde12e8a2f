import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ChipGroup } from '../../src/components/ui/MultiSelect';

const OPTIONS = [
  { value: 'a', label: 'Alpha' },
  { value: 'b', label: 'Beta' },
  { value: 'c', label: 'Gamma' },
] as const;

/** A group whose selection lives in its parent, as the filters' does in the store. */
function Harness({ onChange }: { onChange: (next: string[]) => void }) {
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <ChipGroup
      legend="Letters"
      options={OPTIONS}
      selected={selected}
      onChange={(next) => {
        onChange(next);
        setSelected(next);
      }}
    />
  );
}

describe('ChipGroup', () => {
  it('adds and removes boxes from the selection as it stands at each click, in the options’ order', async () => {
    const onChange = vi.fn<(next: string[]) => void>();
    render(<Harness onChange={onChange} />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Gamma' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Alpha' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Gamma' }));
    expect(onChange.mock.calls.map(([next]) => next)).toEqual([['c'], ['a', 'c'], ['a']]);
    expect(screen.getByRole('checkbox', { name: 'Alpha' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Gamma' })).not.toBeChecked();
  });
});
