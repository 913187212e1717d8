/** The keyboard shortcut list (F1 or "?", or the Shortcuts button in the app bar). */
import { Dialog } from './Dialog';
import { SHORTCUTS } from './shortcut-list';

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog titleId="shortcuts-title" className="wide shortcuts" onClose={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <div className="shortcut-groups" tabIndex={0} role="group" aria-label="Shortcut tables">
        {SHORTCUTS.map((g) => (
          <table key={g.title} className="shortcut-table">
            <caption>{g.title}</caption>
            <thead>
              <tr>
                <th scope="col">Keys</th>
                <th scope="col">What they do</th>
              </tr>
            </thead>
            <tbody>
              {g.items.map((s) => (
                <tr key={s.what}>
                  <td>
                    {s.keys.map((k, i) => (
                      <span key={k}>
                        {i > 0 && ', '}
                        <kbd>{k}</kbd>
                      </span>
                    ))}
                  </td>
                  <td>{s.what}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <div className="dialog-buttons">
        <button type="button" data-autofocus onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
