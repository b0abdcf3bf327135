'use client';
import { actionLabel, diffSnapshots, eventNote } from '@/lib/collab/history-diff';
import type { HistoryEntry } from '@/lib/services/collaboration';
import { when } from './when';
import styles from './collab.module.css';

/** Every recorded change of a claim, newest first: who, when, and each field before → after. */
export function History({ entries }: { entries: HistoryEntry[] }) {
  return (
    <details className={styles.section} data-testid="history">
      <summary>
        <strong>History</strong> <span className="small muted">({entries.length} changes)</span>
      </summary>
      {entries.length === 0 ? (
        <p className="small muted">Nothing recorded yet.</p>
      ) : (
        <ol className={styles.history} aria-label="Changes, newest first">
          {entries.map((e) => {
            const changes = diffSnapshots(e.before, e.after);
            const note = eventNote(e.after);
            return (
              <li key={e.id} data-testid="history-entry">
                <div className="small">
                  <strong>{actionLabel(e.action)}</strong> · {e.actor} · <time dateTime={e.at}>{when(e.at)}</time>
                </div>
                {note && <p className="small" style={{ margin: '0.15rem 0 0', whiteSpace: 'pre-wrap' }}>“{note}”</p>}
                {changes.length > 0 && (
                  <table className={styles.diff}>
                    <thead>
                      <tr>
                        <th scope="col">Field</th>
                        <th scope="col">Before</th>
                        <th scope="col">After</th>
                      </tr>
                    </thead>
                    <tbody>
                      {changes.map((c) => (
                        <tr key={c.field}>
                          <th scope="row">{c.label}</th>
                          <td className={styles.before}>{c.before}</td>
                          <td className={styles.after}>{c.after}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </details>
  );
}
