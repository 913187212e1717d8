/** The foot of a dialog's form: Cancel, then the form's own action as its submit button. */
export function FormButtons({ onCancel, submit }: { onCancel: () => void; submit: string }) {
  return (
    <div className="dialog-buttons">
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="primary">
        {submit}
      </button>
    </div>
  );
}
