/**
 * Why an action just failed, shown where it was tried (a dialog's foot, a panel). One component so every
 * failure is said the same way: an alert, which a screen reader reads out at once.
 */
export function ErrorAlert({ error }: { error: string | null }) {
  return error ? (
    <p className="field-error" role="alert">
      {error}
    </p>
  ) : null;
}
