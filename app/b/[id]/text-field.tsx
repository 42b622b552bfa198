import { useId, type InputHTMLAttributes } from 'react';

type Props = { label: string; value: string; onChange: (value: string) => void; hint?: string } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange' | 'className'
>;

/** A labelled text input with an optional hint read out with it; the board page's forms share it. */
export function TextField({ label, value, onChange, hint, ...rest }: Props) {
  const hintId = useId();
  return (
    <label className="flex flex-col">
      <span className="font-medium">{label}</span>
      <input
        className="mt-1 rounded border border-slate-300 px-2 py-1.5"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={hint ? hintId : undefined}
        {...rest}
      />
      {hint ? (
        <span id={hintId} className="text-sm text-slate-500">
          {hint}
        </span>
      ) : null}
    </label>
  );
}
