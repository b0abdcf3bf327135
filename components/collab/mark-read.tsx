'use client';
import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { markMentionsReadAction } from '@/app/queue/actions';

/** Marks one or more of the user's mentions as read, then refreshes the queue. */
export function MarkRead({ mentionIds, label, accessibleName }: { mentionIds: string[]; label: string; accessibleName?: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const router = useRouter();
  return (
    <>
      <button
        type="button"
        className="btn"
        disabled={pending}
        aria-label={accessibleName}
        onClick={() =>
          startTransition(async () => {
            const result = await markMentionsReadAction({ mentionIds });
            if (result.ok) router.refresh();
            else setError(result.error.message);
          })
        }
      >
        {label}
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
