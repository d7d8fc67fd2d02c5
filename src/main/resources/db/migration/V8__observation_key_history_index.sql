-- The changes between two vintages look up every version of a page of figure keys (releases/{id}/changes):
-- without an index on the key over all releases (the natural key's index starts with release_id, and
-- observation_current_key holds current figures only) each page scanned the whole table (~1 s);
-- with it a page of 1,000 keys takes 20-90 ms (docs/reliability.md).
CREATE INDEX observation_key_history ON observation (metric_id, area_code, ref_date, period_start, age_group, sex,
                                                     category, source_id, release_id);
