import { splitMentions } from '@/lib/collab/mentions';
import styles from './collab.module.css';

/** A comment body as plain text, with its resolved @mentions highlighted; never parsed as HTML. */
export function MentionText({ body, mentions }: { body: string; mentions: { userId: string; name: string }[] }) {
  const parts = splitMentions(
    body,
    mentions.map((m) => ({ id: m.userId, name: m.name })),
  );
  return (
    <p className={styles.body}>
      {parts.map((p, i) =>
        p.mention ? (
          <span key={i} className={styles.mention} title={`Mentions ${p.mention.name}`}>
            {p.text}
          </span>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </p>
  );
}
