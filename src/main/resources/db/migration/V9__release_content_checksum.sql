-- The checksum of a release's decoded text (names and lines, whatever the encoding and line ends): the
-- same figures uploaded as Shift_JIS after UTF-8 are the same release. Null for releases imported
-- before it, until their files are seen again (the bundled dataset at each start).
ALTER TABLE release ADD COLUMN content_checksum text;
CREATE UNIQUE INDEX release_content_checksum_key ON release (content_checksum);
