-- Search at desk scale (lib/services/search.ts; figures in bench/search.ts).
--
-- 1. Articles are ranked on a small vector of their title, outlet and author: ranking on the full
--    vector read every candidate's body vector from TOAST (milliseconds per hundred articles).
-- 2. A lexicon of the distinct words of every searchable text, with a trigram index, for spelling
--    correction: a typed word that no text contains is compared with ~100,000 short words (a few
--    ms) instead of with every document (word similarity over whole texts, hundreds of ms).

-- AlterTable
ALTER TABLE "Article" ADD COLUMN "search_head" tsvector GENERATED ALWAYS AS (
  search_tsv("title", 'A') || search_tsv("outlet", 'B') || search_tsv("author", 'B')
) STORED;

-- CreateIndex
CREATE INDEX "Article_search_head_idx" ON "Article" USING GIN ("search_head");

-- CreateTable
CREATE TABLE "SearchWord" (
    "id" BIGSERIAL NOT NULL,
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SearchWord_word_idx" ON "SearchWord"("word");

-- CreateIndex
CREATE INDEX "SearchWord_word_trgm_idx" ON "SearchWord" USING GIN ("word" gin_trgm_ops);

-- The words of a folded text: runs of letters and digits, 3 to 40 long, not only digits.
CREATE FUNCTION search_words_of(folded text) RETURNS SETOF text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT w FROM regexp_split_to_table(folded, '[^[:alnum:]]+') w WHERE length(w) BETWEEN 3 AND 40 AND w !~ '^[0-9]+$' $$;

-- Statement triggers (one pass per INSERT or UPDATE statement, however many rows it writes) add the
-- words not yet in the lexicon. No unique index on purpose: a writer never waits for another
-- transaction's new words (with ON CONFLICT it would, until that transaction ends, and two bulk
-- imports could deadlock); a duplicate from two concurrent writers is harmless (readers use
-- DISTINCT). Words are never removed: a stale word can only propose a correction that finds nothing,
-- and search shows a correction only when it finds something. Confidential sources are left out, so
-- a correction never hints at their text. SET search_path: the functions run under restores too.
DO $migration$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES
    ('Article', 'search_fold(%1$s.title, %1$s.outlet, %1$s.author, left(%1$s.body, 200000))', 'true'),
    ('Claim', '%1$s.search_text', 'true'),
    ('Source', '%1$s.search_text', 'NOT %1$s.confidential'),
    ('Comment', '%1$s.search_text', 'true'),
    ('EarlierFactCheck', '%1$s.search_text', 'true')
  ) AS v(tbl, expr, visible)
  LOOP
    EXECUTE format($f$
      CREATE FUNCTION %1$I() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $body$
      BEGIN
        INSERT INTO "SearchWord" (word)
        SELECT x.w FROM (SELECT DISTINCT w FROM new_rows n, search_words_of(%3$s) w WHERE %4$s) x
        WHERE NOT EXISTS (SELECT 1 FROM "SearchWord" s WHERE s.word = x.w)
        ORDER BY x.w;
        RETURN NULL;
      END
      $body$
    $f$, 'search_words_' || lower(t.tbl) || '_insert', t.tbl, format(t.expr, 'n'), format(t.visible, 'n'));
    -- Updates: only rows whose searchable text changed (or that stopped being confidential).
    EXECUTE format($f$
      CREATE FUNCTION %1$I() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $body$
      BEGIN
        INSERT INTO "SearchWord" (word)
        SELECT x.w FROM (
          SELECT DISTINCT w FROM new_rows n JOIN old_rows o ON o.id = n.id, search_words_of(%3$s) w
          WHERE %4$s AND (%3$s IS DISTINCT FROM %5$s OR NOT (%6$s))
        ) x
        WHERE NOT EXISTS (SELECT 1 FROM "SearchWord" s WHERE s.word = x.w)
        ORDER BY x.w;
        RETURN NULL;
      END
      $body$
    $f$, 'search_words_' || lower(t.tbl) || '_update', t.tbl, format(t.expr, 'n'), format(t.visible, 'n'), format(t.expr, 'o'), format(t.visible, 'o'));
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()',
      'search_words_insert', t.tbl, 'search_words_' || lower(t.tbl) || '_insert');
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()',
      'search_words_update', t.tbl, 'search_words_' || lower(t.tbl) || '_update');
  END LOOP;
END
$migration$;

-- The words of what is already stored.
INSERT INTO "SearchWord" (word)
SELECT DISTINCT w FROM (
  SELECT search_words_of(search_fold("title", "outlet", "author", left("body", 200000))) FROM "Article"
  UNION ALL SELECT search_words_of("search_text") FROM "Claim"
  UNION ALL SELECT search_words_of("search_text") FROM "Source" WHERE NOT "confidential"
  UNION ALL SELECT search_words_of("search_text") FROM "Comment"
  UNION ALL SELECT search_words_of("search_text") FROM "EarlierFactCheck"
) AS words(w)
ORDER BY w;
