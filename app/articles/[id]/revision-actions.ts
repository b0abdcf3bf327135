'use server';
import { runAction } from '@/lib/http/action';
import { editArticle, refetchArticle, resolveAnchor } from '@/lib/services/article-revisions';
import { deleteArticle } from '@/lib/services/articles';
import { parseInput } from '@/lib/validation/parse';
import { articleRefSchema, type AnchorResolveInput, type ArticleEditInput, type ArticleRefetchInput, type ArticleRefInput } from '@/lib/validation/revision';

// Thin adapters: each one loads the session (runAction) and calls one service, which validates and checks permissions.

export async function editArticleAction(input: ArticleEditInput) {
  return runAction((actor) => editArticle(actor, input), { input });
}

export async function refetchArticleAction(input: ArticleRefetchInput) {
  return runAction((actor) => refetchArticle(actor, input), { input });
}

export async function resolveAnchorAction(input: AnchorResolveInput) {
  return runAction((actor) => resolveAnchor(actor, input), { input });
}

export async function deleteArticleAction(input: ArticleRefInput) {
  return runAction(async (actor) => {
    const { articleId } = parseInput(articleRefSchema, input);
    await deleteArticle(actor, articleId);
    return { id: articleId };
  }, { input });
}
