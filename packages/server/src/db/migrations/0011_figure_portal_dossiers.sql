-- A periodic figure that comes from another system: the dossiers the public-service portal
-- (Cổng dịch vụ công) counts for the unit in the period. The seed report writes "trên Cổng dịch vụ
-- công của huyện phát sinh 1868 hồ sơ", a count of the provincial portal that the one-stop desk's
-- own dossiers do not give (they give the 1.170 received online). Published as the next catalogue
-- version (forms opened before keep theirs); skipped if an administrator already added the code.
INSERT INTO figure_catalogues (version, definitions, note, published_by)
SELECT c.version + 1,
       c.definitions || '[{
         "code": "egov.portal_dossiers",
         "name": "Hồ sơ phát sinh trên Cổng dịch vụ công của đơn vị trong kỳ (số liệu của Cổng)",
         "section": "II.6 Chính quyền điện tử, chính quyền số",
         "measure": "hồ sơ",
         "kind": "count",
         "decimals": 0,
         "department": "VHTT",
         "note": "Lấy từ báo cáo của Cổng dịch vụ công tỉnh; khác số hồ sơ tiếp nhận qua mạng tại bộ phận một cửa"
       }]'::jsonb,
       'Thêm chỉ tiêu hồ sơ phát sinh trên Cổng dịch vụ công (mục II.6)',
       'migration'
FROM figure_catalogues c
WHERE c.version = (SELECT max(version) FROM figure_catalogues)
  AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(c.definitions) e WHERE e->>'code' = 'egov.portal_dossiers');
