-- Search (lib/services/search.ts owns every query that reads these).
-- Full text: a stored, weighted tsvector per searchable table (English configuration over unaccented
-- text), so ranking reads the stored vector instead of re-parsing documents. Partial words, names and
-- typos: trigram GIN indexes over the same unaccented, lower-cased text.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is STABLE (it finds its dictionary through search_path); indexes and generated columns
-- need an IMMUTABLE function. The wrappers name every schema explicitly (found here, wherever the
-- extension lives), so they work under the empty search_path of index builds and restores
-- (PostgreSQL 17+), and carry no SET clause, which would make every call (one per row) much slower.
DO $migration$
DECLARE
  ext text := (SELECT quote_ident(n.nspname) FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent');
  here text := quote_ident(current_schema());
BEGIN
  EXECUTE format($f$
    CREATE OR REPLACE FUNCTION %1$s.immutable_unaccent(text) RETURNS text
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $body$ SELECT %2$s.unaccent(%3$L::regdictionary, $1) $body$
  $f$, here, ext, ext || '.unaccent');
  -- The text the trigram indexes cover: the fields joined by spaces, unaccented and lower-cased.
  EXECUTE format($f$
    CREATE OR REPLACE FUNCTION %1$s.search_fold(VARIADIC parts text[]) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $body$ SELECT lower(%1$s.immutable_unaccent(array_to_string(parts, ' '))) $body$
  $f$, here);
  -- English full text of one field, unaccented, weighted (A most important .. D least).
  EXECUTE format($f$
    CREATE OR REPLACE FUNCTION %1$s.search_tsv(part text, weight "char") RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $body$ SELECT setweight(to_tsvector('pg_catalog.english'::regconfig, %1$s.immutable_unaccent(coalesce(part, ''))), weight) $body$
  $f$, here);
END
$migration$;

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

-- Trigrams: a stored, folded copy of the short fields (an article's body is left to the full-text
-- index: word similarity over whole bodies costs milliseconds per article, measured in
-- bench/search.ts). Stored, so matching and ranking read a column instead of calling unaccent for
-- every candidate row (which made a query with a thousand candidates take hundreds of ms).
ALTER TABLE "Article" ADD COLUMN "search_text" text GENERATED ALWAYS AS (search_fold("title", "outlet", "author")) STORED;
ALTER TABLE "Claim" ADD COLUMN "search_text" text GENERATED ALWAYS AS (search_fold("claimText", "quote", "speaker", "rationale")) STORED;
ALTER TABLE "Source" ADD COLUMN "search_text" text GENERATED ALWAYS AS (search_fold("title", "publisher", "url", "excerpt")) STORED;
ALTER TABLE "Comment" ADD COLUMN "search_text" text GENERATED ALWAYS AS (search_fold("body")) STORED;
ALTER TABLE "EarlierFactCheck" ADD COLUMN "search_text" text GENERATED ALWAYS AS (search_fold("claimReviewed", "claimAuthor", "orgName", "ratingLabel")) STORED;
CREATE INDEX "Article_search_text_idx" ON "Article" USING GIN ("search_text" gin_trgm_ops);
CREATE INDEX "Claim_search_text_idx" ON "Claim" USING GIN ("search_text" gin_trgm_ops);
CREATE INDEX "Source_search_text_idx" ON "Source" USING GIN ("search_text" gin_trgm_ops);
CREATE INDEX "Comment_search_text_idx" ON "Comment" USING GIN ("search_text" gin_trgm_ops);
CREATE INDEX "EarlierFactCheck_search_text_idx" ON "EarlierFactCheck" USING GIN ("search_text" gin_trgm_ops);

-- The article list's sorts (keyset): title and publication date, each with the id as tie-breaker.
CREATE INDEX "Article_title_id_idx" ON "Article" ("title", "id");
CREATE INDEX "Article_publishedAt_id_idx" ON "Article" ("publishedAt", "id");
