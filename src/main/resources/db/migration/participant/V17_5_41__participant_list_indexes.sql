-- The people list at national scale (issue 17): its order, a search by part of the name, and a search
-- by the beginning of a tax code, each served by an index rather than by reading every person.
-- The list's order: family name, given name, id (folded to lower case as the list sorts them), with the
-- names themselves so that a deep page skips the rows before it in the index alone (an index-only scan);
-- the analysts' list is in the order of the pseudonyms.
CREATE INDEX IF NOT EXISTS participant_list_order
    ON participant.participant (lower(family_name), lower(given_name), id) INCLUDE (family_name, given_name);
CREATE INDEX IF NOT EXISTS participant_pseudonym_order ON participant.participant (pseudonym) INCLUDE (id);

-- "%name%" on the folded name, in both orders the list accepts (family given, given family): trigrams.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE INDEX IF NOT EXISTS participant_name_trigrams
    ON participant.participant USING gin (participant.fold(family_name || ' ' || given_name) public.gin_trgm_ops);
CREATE INDEX IF NOT EXISTS participant_given_name_trigrams
    ON participant.participant USING gin (participant.fold(given_name || ' ' || family_name) public.gin_trgm_ops);

-- A tax code or its beginning, current or earlier (LIKE 'RSS%' needs the pattern operators under this locale).
CREATE INDEX IF NOT EXISTS participant_tax_code_prefix
    ON participant.participant (tax_code varchar_pattern_ops);
CREATE INDEX IF NOT EXISTS earlier_tax_code_prefix
    ON participant.earlier_tax_code (tax_code varchar_pattern_ops);
