/**
 * Small line icons for the workshop controls, drawn inline: emoji depend on the fonts of the
 * machine (a projector's PC may have none), an SVG looks the same everywhere. All are decorative;
 * the control beside or around them carries the words.
 */

const BASE = { 'aria-hidden': true, viewBox: '0 0 16 16', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

/** A closed padlock. */
export const LockIcon = ({ className = 'size-4' }: { className?: string }) => (
  <svg {...BASE} className={className}>
    <rect x="3" y="7" width="10" height="7" rx="1" />
    <path d="M5 7V5a3 3 0 0 1 6 0v2" />
  </svg>
);

/** An open padlock. */
export const UnlockIcon = ({ className = 'size-4' }: { className?: string }) => (
  <svg {...BASE} className={className}>
    <rect x="3" y="7" width="10" height="7" rx="1" />
    <path d="M5 7V5a3 3 0 0 1 5.8-1" />
  </svg>
);

/** A bell, struck through when `off`. */
export const BellIcon = ({ off = false, className = 'size-4' }: { off?: boolean; className?: string }) => (
  <svg {...BASE} className={className}>
    <path d="M4 11V7.5a4 4 0 0 1 8 0V11l1 1.5H3z" />
    <path d="M6.5 14a1.5 1.5 0 0 0 3 0" />
    {off ? <path d="M2 2l12 12" /> : null}
  </svg>
);

/** An "i" in a circle. */
export const InfoIcon = ({ className = 'size-3.5' }: { className?: string }) => (
  <svg {...BASE} className={className}>
    <circle cx="8" cy="8" r="6.5" />
    <path d="M8 7.5V11" />
    <path d="M8 5h.01" strokeWidth={2} />
  </svg>
);

/** Two bars: paused. */
export const PauseIcon = ({ className = 'size-4' }: { className?: string }) => (
  <svg {...BASE} className={className}>
    <path d="M5.5 3.5v9M10.5 3.5v9" strokeWidth={2.5} />
  </svg>
);
