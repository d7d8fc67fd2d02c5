-- Four foreign-key checks per figure (release, metric, area, source) were half of every import: each is
-- a trigger and a locking lookup, row by row. Figures are written by the import alone, which now checks
-- a whole chunk's references in one statement in the same transaction (ReleaseWriter), so these
-- constraints go. What they also guarded, that no referenced row disappears, stays: releases, metrics,
-- areas and sources are never deleted (a release is retracted instead), and the database refuses it.
ALTER TABLE observation
    DROP CONSTRAINT observation_release_id_fkey,
    DROP CONSTRAINT observation_metric_id_fkey,
    DROP CONSTRAINT observation_area_code_fkey,
    DROP CONSTRAINT observation_source_id_fkey;

CREATE FUNCTION refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'rows of % are never deleted: figures refer to them (retract a release instead)', TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END
$$;

CREATE TRIGGER release_never_deleted BEFORE DELETE OR TRUNCATE ON release FOR EACH STATEMENT EXECUTE FUNCTION refuse_delete();
CREATE TRIGGER metric_never_deleted BEFORE DELETE OR TRUNCATE ON metric FOR EACH STATEMENT EXECUTE FUNCTION refuse_delete();
CREATE TRIGGER area_never_deleted BEFORE DELETE OR TRUNCATE ON area FOR EACH STATEMENT EXECUTE FUNCTION refuse_delete();
CREATE TRIGGER source_never_deleted BEFORE DELETE OR TRUNCATE ON source FOR EACH STATEMENT EXECUTE FUNCTION refuse_delete();
