-- One unit per metric. The catalog said "count" for most metrics while the figures carry what was
-- counted (cards, applications, registrations ...): the catalog now names that unit, and a figure
-- published in another unit is either another metric (cards held stated in persons are card holders)
-- or, where the source itself states the equivalence, converted (metric_unit_variant).

ALTER TABLE metric DROP CONSTRAINT metric_unit_check;

UPDATE metric SET unit = 'applications' WHERE id = 'applications';
UPDATE metric SET unit = 'applications/week' WHERE id = 'applications-weekly';
UPDATE metric SET unit = 'applications/day'
 WHERE id IN ('applications-daily-average', 'applications-daily-average-weekdays', 'applications-daily-average-4w');
UPDATE metric SET unit = 'cards'
 WHERE id IN ('cards-issued', 'cards-shipped', 'cards-pre-issue-setup', 'cards-issued-pipeline', 'cards-held');
UPDATE metric SET unit = 'cards/day' WHERE id IN ('cards-issued-daily-average', 'cards-issued-daily-average-weekdays');
UPDATE metric SET unit = 'registrations' WHERE id IN ('health-insurance-registrations', 'public-fund-account-registrations');
UPDATE metric SET unit = 'registrations/day'
 WHERE id IN ('health-insurance-registrations-daily-average-4w', 'public-fund-account-registrations-daily-average-4w');
UPDATE metric SET unit = 'registrations/week'
 WHERE id IN ('health-insurance-registrations-weekly', 'public-fund-account-registrations-weekly');
UPDATE metric SET unit = 'uses' WHERE id = 'health-insurance-card-uses';
UPDATE metric SET unit = 'checks'
 WHERE id IN ('health-insurance-online-checks', 'health-insurance-paper-card-online-checks', 'health-insurance-all-eligibility-checks');
UPDATE metric SET unit = 'certificates' WHERE id = 'convenience-store-certificates';
UPDATE metric SET unit = 'municipalities' WHERE id = 'convenience-store-municipalities';
UPDATE metric SET unit = 'locations' WHERE id = 'convenience-store-locations';
UPDATE metric SET unit = 'users' WHERE id = 'mynaportal-registered-users';

INSERT INTO metric (id, sort_order, name_ja, name_en, unit, category, service, definition, definition_notes) VALUES
('card-holders', 32, 'マイナンバーカード保有者数', 'Card holders (persons)', 'persons', 'holders', NULL,
 'People holding a valid My Number Card, where the publisher counts persons (人) rather than cards.',
 'MHLW states holders in persons (9,908万人 at 2025-09-30); the Digital Agency and MIC count cards (保有枚数, metric cards-held). One person holds at most one valid card, but the two are published from different registers and are not merged.'),
('population-denominator', 42, '率の分母人口（算出基準日）', 'Population used as denominator on the reference date', 'persons', 'demographics', NULL,
 'The 住民基本台帳 population that MIC divided by to compute the rates of a reference date.',
 'MIC keeps one population basis (a 1 January) for several months and changes it mid-year, so this is the population of an earlier basis date; that population itself, at its basis date, is the metric population.'),
('health-insurance-registrants', 73, '健康保険証利用登録者数', 'People registered to use the card as health insurance card', 'persons', 'service-usage', 'health-insurance',
 'People registered to use the My Number Card as health insurance card, where the publisher counts persons (人).',
 'MHLW states this in persons (8,655万人 at 2025-09-30); the Digital Agency counts registrations (metric health-insurance-registrations).'),
('convenience-stores', 93, 'コンビニ交付 対応コンビニエンスストア数', 'Convenience stores offering certificates', 'stores', 'service-usage', 'convenience-store-certificates',
 'Convenience stores whose terminals issue certificates with the card.',
 'Locations (metric convenience-store-locations) also count other kinds of service points; stores and locations are different counts.');

-- A figure whose unit is not its metric's: the metric it belongs to instead, or the unit it is stated
-- in by the source's own words.
CREATE TABLE metric_unit_variant (
    metric_id         text NOT NULL REFERENCES metric (id),
    unit              text NOT NULL,
    variant_metric_id text REFERENCES metric (id),
    as_unit           text,
    reason            text NOT NULL,
    PRIMARY KEY (metric_id, unit),
    CHECK ((variant_metric_id IS NULL) <> (as_unit IS NULL))
);
INSERT INTO metric_unit_variant (metric_id, unit, variant_metric_id, as_unit, reason) VALUES
('cards-held', 'persons', 'card-holders', NULL, 'holders counted in persons are card holders, not cards'),
('health-insurance-registrations', 'persons', 'health-insurance-registrants', NULL, 'registrations counted in persons are registrants'),
('convenience-store-locations', 'stores', 'convenience-stores', NULL, 'stores are counted apart from locations'),
('e-tax-income-tax-returns', 'returns', NULL, 'persons', 'the National Tax Agency counts 提出人員, persons (the source writes 2,249万3千人)');

UPDATE metric_alias SET metric_id = 'population-denominator' WHERE alias = 'population_denominator';

-- Figures imported before: moved to the metric and unit they now belong to.
UPDATE observation o SET metric_id = v.variant_metric_id, unit = m.unit
  FROM metric_unit_variant v JOIN metric m ON m.id = v.variant_metric_id
 WHERE o.metric_id = v.metric_id AND o.unit = v.unit;
UPDATE observation o SET unit = v.as_unit
  FROM metric_unit_variant v
 WHERE o.metric_id = v.metric_id AND o.unit = v.unit AND v.as_unit IS NOT NULL;
UPDATE observation o SET metric_id = 'population-denominator'
  FROM release r
 WHERE o.release_id = r.id AND r.format = 'long-national-timeseries' AND o.metric_id = 'population';
-- "count" was the importer's placeholder for files without a unit column, never a source's word.
UPDATE observation o SET unit = m.unit FROM metric m WHERE o.metric_id = m.id AND o.unit = 'count';
