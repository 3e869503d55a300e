interface Props {
  submitLabel: string;
  /** Shown on the submit button while the form is being sent, in place of `submitLabel`. */
  pendingLabel?: string;
  /** The form is being sent: the submit button is disabled. */
  pending?: boolean;
  /** False while the form cannot be sent yet: the submit button is disabled. */
  canSubmit?: boolean;
  /** The submit button is the main action of the screen. */
  primary?: boolean;
  onCancel: () => void;
}

/** A form's submit button, then its Cancel button. */
export function FormActions({
  submitLabel,
  pendingLabel,
  pending = false,
  canSubmit = true,
  primary = false,
  onCancel,
}: Props) {
  return (
    <div className="actions">
      <button
        type="submit"
        className={primary ? 'primary' : undefined}
        disabled={pending || !canSubmit}
      >
        {pending && pendingLabel ? pendingLabel : submitLabel}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
