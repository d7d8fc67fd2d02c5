-- The general query pages through current figures in (metric, area, date, id) order: an index in that
-- order lets a page be read without sorting every figure of the metric.
CREATE INDEX observation_page ON observation (metric_id, area_code, ref_date, id) WHERE is_current;
