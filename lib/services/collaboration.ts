import { can, type Actor } from '@/lib/auth/permissions';
import { withoutConfidential } from '@/lib/export/redact-audit';
import { claimHistory } from './claims';
import { listComments, type CommentDto } from './comments';
import { claimAssignee, type Person } from './assignments';
import { listTeam } from './users';
import { isTokenActor } from './tokens';

export type HistoryEntry = Awaited<ReturnType<typeof claimHistory>>[number];
export type ClaimCollaborationDto = {
  assignee: Person | null;
  comments: CommentDto[];
  history: HistoryEntry[];
  team: { id: string; name: string; role: string }[];
};

/**
 * Who may see confidential source values, in the history as in the source list: whoever may open the
 * claim in the app, signed in. A token (an integration) never sees them in a history.
 */
export function canSeeConfidentialSources(actor: Actor): boolean {
  return can(actor, 'article:read') && !isTokenActor(actor);
}

/** A claim's history as this actor may see it: confidential values redacted for those who may not. */
export function visibleHistory(actor: Actor, entries: HistoryEntry[]): HistoryEntry[] {
  if (canSeeConfidentialSources(actor)) return entries;
  // The panel's history holds the claim's own events; their snapshots may list sources.
  return entries.map((entry) => ({
    ...entry,
    before: withoutConfidential(entry.before) as HistoryEntry['before'],
    after: withoutConfidential(entry.after) as HistoryEntry['after'],
  }));
}

/** Everything the collaboration part of a claim panel shows, in one round trip. */
export async function claimCollaboration(actor: Actor, articleId: string, claimId: string): Promise<ClaimCollaborationDto> {
  const [assignee, comments, history, team] = await Promise.all([
    claimAssignee(actor, articleId, claimId),
    listComments(actor, articleId, claimId),
    claimHistory(actor, articleId, claimId),
    listTeam(actor),
  ]);
  return { assignee, comments, history: visibleHistory(actor, history), team };
}
