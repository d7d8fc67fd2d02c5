-- When the publisher published a release, where known (NULL: unknown, and each of its figures then
-- counts as published on its own reference date). asOf=<date> selects figures by it.
ALTER TABLE release ADD COLUMN published_on date;
