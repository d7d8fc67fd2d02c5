-- The latest views are answered from the in-memory figure index, loaded by one full scan, so no query
-- reads current figures by area, by date or page by page any more. These indexes only slowed every
-- import (each figure written updated them); the unique current-key index stays: it guards the data
-- and finds a key's current figure when a release is written or retracted.
DROP INDEX observation_series;
DROP INDEX observation_cross_section;
DROP INDEX observation_page;
