'use client';
import { useEffect, useRef, useState, type ReactNode } from 'react';

type Props = {
  /** The opener's text, e.g. "Sammenlign i full bredde". */
  openLabel: string;
  /** The close button's text inside the view. */
  closeLabel: string;
  /** The view's accessible name: what is compared. */
  label: string;
  /** The opener's looks, matching the buttons beside it. */
  className: string;
  /** Built only while the view is open. */
  children: () => ReactNode;
};

/**
 * A button that opens a comparison over the whole viewport, out of the narrow side panel, in
 * the browser's modal dialog: it keeps focus inside and Escape closes it. Focus goes back to
 * the button on close, so a keyboard user is where they left off.
 */
export function WideView({ openLabel, closeLabel, label, className, children }: Props) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };
  return (
    <>
      <button ref={opener} type="button" onClick={() => setOpen(true)} aria-haspopup="dialog" className={className}>
        {openLabel}
      </button>
      {open ? (
        <WideDialog label={label} closeLabel={closeLabel} onClose={close}>
          {children()}
        </WideDialog>
      ) : null}
    </>
  );
}

function WideDialog({ label, closeLabel, onClose, children }: { label: string; closeLabel: string; onClose: () => void; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    // Fixed to all four edges rather than 100vw, which would count a page scrollbar and scroll sideways.
    <dialog
      ref={dialog}
      aria-label={label}
      onClose={onClose}
      data-testid="wide-comparison"
      className="fixed inset-0 m-0 size-auto max-h-none max-w-none overflow-auto overscroll-contain bg-white p-0 text-slate-900"
    >
      <div className="sticky top-0 z-20 flex justify-end border-b border-slate-200 bg-white/95 px-4 py-2">
        <button
          type="button"
          autoFocus
          onClick={() => dialog.current?.close()}
          className="rounded bg-slate-800 px-3 py-1.5 text-white hover:bg-slate-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2"
        >
          {closeLabel}
        </button>
      </div>
      <div className="min-w-0 p-4 sm:px-6">{children}</div>
    </dialog>
  );
}
