import type { Actor } from '@/lib/auth/permissions';
import { claimHistory } from './claims';
import { listComments, type CommentDto } from './comments';
import { claimAssignee, type Person } from './assignments';
import { listTeam } from './users';

export type HistoryEntry = Awaited<ReturnType<typeof claimHistory>>[number];
export type ClaimCollaborationDto = {
  assignee: Person | null;
  comments: CommentDto[];
  history: HistoryEntry[];
  team: { id: string; name: string; role: string }[];
};

/** Everything the collaboration part of a claim panel shows, in one round trip. */
export async function claimCollaboration(actor: Actor, articleId: string, claimId: string): Promise<ClaimCollaborationDto> {
  const [assignee, comments, history, team] = await Promise.all([
    claimAssignee(actor, articleId, claimId),
    listComments(actor, articleId, claimId),
    claimHistory(actor, articleId, claimId),
    listTeam(actor),
  ]);
  return { assignee, comments, history, team };
}
