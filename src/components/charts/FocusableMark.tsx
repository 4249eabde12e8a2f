import type { KeyboardEvent, ReactNode } from 'react';

interface Props {
  label: string;
  onActivate: () => void;
  /** Called with true on hover or focus, false when the pointer or focus leaves or Esc is pressed. */
  onHint?: (shown: boolean) => void;
  className?: string;
  children: ReactNode;
}

/** A chart mark (bar, marker) that a keyboard can reach and activate like a button. */
export function FocusableMark({ label, onActivate, onHint, className, children }: Props) {
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onActivate();
    } else if (e.key === 'Escape' && onHint) {
      e.stopPropagation();
      onHint(false);
    }
  };
  return (
    <g
      className={`mark${className ? ` ${className}` : ''}`}
      role="button"
      tabIndex={0}
      aria-label={label}
      onClick={onActivate}
      onKeyDown={onKeyDown}
      onFocus={() => onHint?.(true)}
      onBlur={() => onHint?.(false)}
      onMouseEnter={() => onHint?.(true)}
      onMouseLeave={() => onHint?.(false)}
    >
      {children}
    </g>
  );
}
