import { useId, type InputHTMLAttributes } from 'react';

type Props = { label: string; value: string; onChange: (value: string) => void; hint?: string; error?: string } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange' | 'className'
>;

/** A labelled text input with an optional hint and error, both read out with it; the board page's forms share it. */
export function TextField({ label, value, onChange, hint, error, ...rest }: Props) {
  const hintId = useId();
  const errorId = useId();
  const described = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <label className="flex flex-col">
      <span className="font-medium">{label}</span>
      <input
        className={`mt-1 rounded border px-2 py-1.5 ${error ? 'border-red-600' : 'border-slate-300'}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={described || undefined}
        aria-invalid={error ? true : undefined}
        {...rest}
      />
      {hint ? (
        <span id={hintId} className="text-sm text-slate-500">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={errorId} role="alert" className="text-sm text-red-800">
          {error}
        </span>
      ) : null}
    </label>
  );
}
