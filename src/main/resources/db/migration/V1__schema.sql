-- Areas: the nation ('00'), prefectures (JIS X 0401, two digits) and municipalities
-- (全国地方公共団体コード, six digits including the check digit). Codes are text: leading zeros matter.
CREATE TABLE area (
    code        text PRIMARY KEY,
    level       text NOT NULL CHECK (level IN ('nation', 'prefecture', 'municipality')),
    parent_code text REFERENCES area (code),
    name_ja     text NOT NULL,
    name_en     text,
    region_ja   text,
    region_en   text
);
CREATE INDEX area_level_parent ON area (level, parent_code);

-- The metric catalog. Ids are public and stable forever.
CREATE TABLE metric (
    id               text PRIMARY KEY,
    sort_order       integer NOT NULL,
    name_ja          text    NOT NULL,
    name_en          text    NOT NULL,
    unit             text    NOT NULL CHECK (unit IN ('count', 'percent', 'persons')),
    category         text    NOT NULL CHECK (category IN ('applications', 'issuance', 'holders',
                                                         'application-methods', 'service-usage', 'demographics')),
    service          text,
    definition       text    NOT NULL,
    definition_notes text
);

-- Names under which source files carry a metric (for example 'issued_cumulative').
CREATE TABLE metric_alias (
    alias     text PRIMARY KEY,
    metric_id text NOT NULL REFERENCES metric (id)
);

-- Where figures come from (data/sources.csv).
CREATE TABLE source (
    id          text PRIMARY KEY,
    title       text NOT NULL,
    publisher   text NOT NULL,
    url         text,
    reliability text,
    notes       text
);

-- One published table set (vintage). Identical files imported twice share a checksum: a no-op.
CREATE TABLE release (
    id                bigserial PRIMARY KEY,
    name              text        NOT NULL,
    format            text        NOT NULL,
    reference_date    date        NOT NULL,
    publisher         text        NOT NULL,
    title             text        NOT NULL,
    url               text,
    checksum          text        NOT NULL UNIQUE,
    files             text[]      NOT NULL,
    observation_count integer     NOT NULL,
    imported_at       timestamptz NOT NULL DEFAULT now(),
    retracted_at      timestamptz,
    retraction_reason text
);

-- One figure: metric x area x period (x optional breakdown) from one source, as one release states it.
-- Breakdown columns use '' for "none" so that the natural key stays unique without NULL tricks.
-- is_current marks the value of the newest non-retracted release for its key.
CREATE TABLE observation (
    id           bigserial PRIMARY KEY,
    release_id   bigint  NOT NULL REFERENCES release (id),
    metric_id    text    NOT NULL REFERENCES metric (id),
    area_code    text    NOT NULL REFERENCES area (code),
    ref_date     date    NOT NULL,
    period_start date    NOT NULL,
    period_kind  text    NOT NULL,
    period_label text    NOT NULL,
    age_group    text    NOT NULL DEFAULT '',
    sex          text    NOT NULL DEFAULT '',
    category     text    NOT NULL DEFAULT '',
    source_id    text    NOT NULL REFERENCES source (id),
    value        numeric NOT NULL,
    unit         text    NOT NULL,
    precision    text    NOT NULL,
    denominator  bigint,
    basis_date   date,
    note         text,
    is_current   boolean NOT NULL DEFAULT true,
    CONSTRAINT observation_natural_key UNIQUE (release_id, metric_id, area_code, ref_date, period_start,
                                               age_group, sex, category, source_id)
);
-- "One area's series" and "all areas at one date" both read current rows only.
CREATE INDEX observation_series ON observation (area_code, metric_id, ref_date) WHERE is_current;
CREATE INDEX observation_cross_section ON observation (metric_id, ref_date, area_code) WHERE is_current;
-- At most one current value per natural key; also the index that finds a key's current row.
CREATE UNIQUE INDEX observation_current_key ON observation (metric_id, area_code, ref_date, period_start,
                                                            age_group, sex, category, source_id) WHERE is_current;
