import type { ReactNode } from 'react';

/**
 * A question answered by one choice, as native radio inputs in large tappable cards. The survey form shows ten of
 * them (36+ choices): Mantine's Radio.Card with its indicator cost a third of a second of main-thread work on a slow
 * phone to draw, native inputs cost almost nothing and keep the same roles (radiogroup, radio) and keyboard use.
 */
export function ChoiceGroup({
  id,
  name,
  label,
  description,
  options,
  value,
  error,
  onChange,
}: {
  id: string;
  name: string;
  label: ReactNode;
  description?: ReactNode;
  options: { value: string; label: string }[];
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  const describedBy = [description ? `${id}-description` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      role="radiogroup"
      aria-labelledby={`${id}-label`}
      aria-describedby={describedBy || undefined}
      aria-invalid={error ? true : undefined}
      className="skm-choices"
    >
      <div id={`${id}-label`} className="skm-choices-label">
        {label}
      </div>
      {description && (
        <div id={`${id}-description`} className="skm-choices-description">
          {description}
        </div>
      )}
      {options.map((o) => (
        <label key={o.value} className="skm-choice" data-checked={value === o.value || undefined}>
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          <span>{o.label}</span>
        </label>
      ))}
      {error && (
        <div id={`${id}-error`} className="skm-choices-error">
          {error}
        </div>
      )}
    </div>
  );
}
