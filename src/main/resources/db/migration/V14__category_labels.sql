-- The breakdown categories figures carry (municipality types, facility types ...), with Japanese and
-- English labels: a figure's category is one of these ids.
CREATE TABLE category (
    id         text PRIMARY KEY,
    kind       text NOT NULL,
    sort_order integer NOT NULL,
    name_ja    text NOT NULL,
    name_en    text NOT NULL,
    notes      text
);
INSERT INTO category (id, kind, sort_order, name_ja, name_en, notes) VALUES
('special-wards', 'municipality-type', 10, '特別区', 'Special wards (of Tokyo)', 'A row of its own in MIC''s tables until 2022-07-31.'),
('designated-cities', 'municipality-type', 11, '指定都市', 'Designated cities', 'Printed 政令指定都市 in the older tables.'),
('cities-excl-designated', 'municipality-type', 12, '市（指定都市を除く）', 'Cities (excluding designated cities)', 'Until 2022-07-31.'),
('special-wards-and-cities-excl-designated', 'municipality-type', 13, '特別区・市（指定都市を除く）',
 'Special wards and cities (excluding designated cities)', 'From 2022-08-31 MIC merges the special wards into the cities row.'),
('towns-villages', 'municipality-type', 14, '町村', 'Towns and villages', NULL),
('hospital', 'facility-type', 20, '病院', 'Hospitals', NULL),
('medical-clinic', 'facility-type', 21, '医科診療所', 'Medical clinics', NULL),
('dental-clinic', 'facility-type', 22, '歯科診療所', 'Dental clinics', NULL),
('pharmacy', 'facility-type', 23, '薬局', 'Pharmacies', NULL),
('municipal-nhi', 'insurer-type', 30, '市町村国保', 'Municipal National Health Insurance', NULL),
('pop-up-desk', 'application-channel', 40, '出張申請受付', 'Pop-up application desks', NULL);
