namespace DealRegistration.Infrastructure.Persistence.Migrations;

/// <summary>
/// How many open registrations (Submitted, Approved) hold each counted match key ("t:" words, "a:" initials): the word
/// weights and the "rare enough to look up" rule of the conflict check. A trigger keeps it in the registering (or
/// deciding) transaction. The count of a key is spread over 16 rows picked by the backend, so concurrent registrations
/// sharing a common word ("Solutions") seldom wait for the same row; the count is their sum.
/// </summary>
internal static class MatchKeyCounts
{
    public const string Create = """
        CREATE TABLE dealreg.match_key_counts (
            key text NOT NULL,
            shard smallint NOT NULL,
            registrations integer NOT NULL,
            CONSTRAINT pk_match_key_counts PRIMARY KEY (key, shard));

        CREATE FUNCTION dealreg.count_match_keys() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            this_shard smallint := pg_backend_pid() % 16;
            was_open boolean := TG_OP <> 'INSERT' AND OLD.status IN ('Submitted', 'Approved');
            is_open boolean := TG_OP <> 'DELETE' AND NEW.status IN ('Submitted', 'Approved');
        BEGIN
            IF TG_OP = 'UPDATE' AND was_open = is_open AND OLD.customer_match_keys = NEW.customer_match_keys THEN
                RETURN NULL;
            END IF;
            IF was_open THEN
                INSERT INTO dealreg.match_key_counts AS c (key, shard, registrations)
                SELECT k, this_shard, -1 FROM unnest(OLD.customer_match_keys) k WHERE k LIKE 't:%' OR k LIKE 'a:%' ORDER BY k
                ON CONFLICT (key, shard) DO UPDATE SET registrations = c.registrations - 1;
            END IF;
            IF is_open THEN
                INSERT INTO dealreg.match_key_counts AS c (key, shard, registrations)
                SELECT k, this_shard, 1 FROM unnest(NEW.customer_match_keys) k WHERE k LIKE 't:%' OR k LIKE 'a:%' ORDER BY k
                ON CONFLICT (key, shard) DO UPDATE SET registrations = c.registrations + 1;
            END IF;
            RETURN NULL;
        END $$;

        -- MatchKeysBackfill finds registrations without keys through this (tiny) index.
        CREATE INDEX ix_deals_without_match_keys ON dealreg.deals (id) WHERE customer_match_keys = '{}';

        CREATE TRIGGER deals_count_match_keys AFTER INSERT OR DELETE OR UPDATE OF status, customer_match_keys ON dealreg.deals
            FOR EACH ROW EXECUTE FUNCTION dealreg.count_match_keys();
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS deals_count_match_keys ON dealreg.deals;
        DROP FUNCTION IF EXISTS dealreg.count_match_keys();
        DROP TABLE IF EXISTS dealreg.match_key_counts;
        DROP INDEX IF EXISTS dealreg.ix_deals_without_match_keys;
        """;
}
