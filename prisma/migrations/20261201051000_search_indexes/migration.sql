-- Search (lib/services/search.ts owns every query that reads these).
-- Full text: a stored, weighted tsvector per searchable table (English configuration over unaccented
-- text), so ranking reads the stored vector instead of re-parsing documents. Partial words, names and
-- typos: trigram GIN indexes over the same unaccented, lower-cased text.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is STABLE (it reads its dictionary by name through search_path); indexes and generated
-- columns need an IMMUTABLE function. The dictionary is named explicitly and the search_path is fixed
-- to the one of this migration, so the result never depends on the caller's settings.
CREATE OR REPLACE FUNCTION immutable_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path FROM CURRENT
  AS $$ SELECT unaccent('unaccent'::regdictionary, $1) $$;

-- The text the trigram indexes cover: the fields joined by spaces, unaccented and lower-cased.
CREATE OR REPLACE FUNCTION search_fold(VARIADIC parts text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  SET search_path FROM CURRENT
  AS $$ SELECT lower(immutable_unaccent(array_to_string(parts, ' '))) $$;

-- English full text of one field, unaccented, weighted (A most important .. D least).
CREATE OR REPLACE FUNCTION search_tsv(part text, weight "char") RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  SET search_path FROM CURRENT
  AS $$ SELECT setweight(to_tsvector('english'::regconfig, immutable_unaccent(coalesce(part, ''))), weight) $$;

ALTER TABLE "Article" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  search_tsv("title", 'A') || search_tsv("outlet", 'B') || search_tsv("author", 'B') || search_tsv(left("body", 200000), 'D')
) STORED;
ALTER TABLE "Claim" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  search_tsv("claimText", 'A') || search_tsv("quote", 'A') || search_tsv("speaker", 'B') || search_tsv("rationale", 'C')
) STORED;
ALTER TABLE "Source" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  search_tsv("title", 'A') || search_tsv("publisher", 'B') || search_tsv("excerpt", 'C') || search_tsv("url", 'D')
) STORED;
ALTER TABLE "Comment" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  search_tsv("body", 'B')
) STORED;
ALTER TABLE "EarlierFactCheck" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  search_tsv("claimReviewed", 'A') || search_tsv("claimAuthor", 'B') || search_tsv("orgName", 'B') || search_tsv("ratingLabel", 'C')
) STORED;

CREATE INDEX "Article_search_vector_idx" ON "Article" USING GIN ("search_vector");
CREATE INDEX "Claim_search_vector_idx" ON "Claim" USING GIN ("search_vector");
CREATE INDEX "Source_search_vector_idx" ON "Source" USING GIN ("search_vector");
CREATE INDEX "Comment_search_vector_idx" ON "Comment" USING GIN ("search_vector");
CREATE INDEX "EarlierFactCheck_search_vector_idx" ON "EarlierFactCheck" USING GIN ("search_vector");

-- Trigram indexes: the expressions must stay exactly as lib/services/search.ts writes them.
CREATE INDEX "Article_search_trgm_idx" ON "Article" USING GIN (search_fold("title", "outlet", "author", left("body", 200000)) gin_trgm_ops);
CREATE INDEX "Claim_search_trgm_idx" ON "Claim" USING GIN (search_fold("claimText", "quote", "speaker", "rationale") gin_trgm_ops);
CREATE INDEX "Source_search_trgm_idx" ON "Source" USING GIN (search_fold("title", "publisher", "url", "excerpt") gin_trgm_ops);
CREATE INDEX "Comment_search_trgm_idx" ON "Comment" USING GIN (search_fold("body") gin_trgm_ops);
CREATE INDEX "EarlierFactCheck_search_trgm_idx" ON "EarlierFactCheck" USING GIN (search_fold("claimReviewed", "claimAuthor", "orgName", "ratingLabel") gin_trgm_ops);

-- The article list's sorts (keyset): title and publication date, each with the id as tie-breaker.
CREATE INDEX "Article_title_id_idx" ON "Article" ("title", "id");
CREATE INDEX "Article_publishedAt_id_idx" ON "Article" ("publishedAt", "id");
