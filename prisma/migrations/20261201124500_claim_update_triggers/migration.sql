-- A verdict save changes none of a claim's searchable text; it should cost nothing to the search
-- machinery (bench/verdict-load.ts). Two triggers made every UPDATE of "Claim" pay for it:
--
-- 1. "Claim_matchKey_stale" was a BEFORE ROW trigger. With any BEFORE ROW UPDATE trigger on a table,
--    PostgreSQL recomputes EVERY stored generated column on every UPDATE (the trigger might change any
--    column), so a verdict save re-ran to_tsvector and unaccent over the claim text, quote, speaker and
--    rationale (search_vector, search_text, match_terms): ~1.8 ms of database CPU per save of a
--    4,800-character claim. Without it, an UPDATE recomputes only the generated columns whose base
--    columns it sets. The rule is the same as an AFTER ROW trigger that clears the key with a second
--    UPDATE, and only when the claim text changed while the key did not (a path that sets a new key with
--    the new text keeps it) and there is a key to clear.
--
-- 2. "search_words_update" was a statement trigger with transition tables: every UPDATE collected
--    its old and new rows and joined them, although PostgreSQL cannot limit such a trigger to some
--    columns. A row trigger with a WHEN condition costs one comparison when the text is unchanged.

DROP TRIGGER "Claim_matchKey_stale" ON "Claim";
DROP FUNCTION claim_match_key_stale();

CREATE FUNCTION claim_match_key_clear() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  UPDATE "Claim" SET "matchKey" = NULL WHERE id = NEW.id;
  RETURN NULL;
END;
$$;

-- The second UPDATE sets only "matchKey", so it fires neither this trigger (OF "claimText") nor the
-- lexicon's (the text is unchanged).
CREATE TRIGGER "Claim_matchKey_stale" AFTER UPDATE OF "claimText" ON "Claim"
  FOR EACH ROW
  WHEN (NEW."claimText" IS DISTINCT FROM OLD."claimText" AND NEW."matchKey" IS NOT DISTINCT FROM OLD."matchKey" AND NEW."matchKey" IS NOT NULL)
  EXECUTE FUNCTION claim_match_key_clear();

DROP TRIGGER search_words_update ON "Claim";
DROP FUNCTION search_words_claim_update();

-- As search_words_claim_insert (migration 20261201094700_search_lexicon), for the one row whose text changed.
CREATE FUNCTION search_words_claim_update() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  INSERT INTO "SearchWord" (word)
  SELECT x.w FROM (SELECT DISTINCT w FROM search_words_of(NEW.search_text) w) x
  WHERE NOT EXISTS (SELECT 1 FROM "SearchWord" s WHERE s.word = x.w)
  ORDER BY x.w;
  RETURN NULL;
END;
$$;

CREATE TRIGGER search_words_update AFTER UPDATE ON "Claim"
  FOR EACH ROW
  WHEN (NEW.search_text IS DISTINCT FROM OLD.search_text)
  EXECUTE FUNCTION search_words_claim_update();
