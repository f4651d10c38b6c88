-- Issue #4, reform records: directing documents (văn bản chỉ đạo, điều hành CCHC), inspection
-- plans and the units they inspect, initiatives and models (mô hình, sáng kiến, giải pháp mới),
-- communication activities (tuyên truyền), and the periodic figures of section II that have no
-- other source (a versioned catalogue of definitions, one form per unit and period, a lock).
-- Every record belongs to the unit version valid on its date (units have validity dates).

CREATE TABLE reform_documents (
  id serial PRIMARY KEY,
  unit_id integer NOT NULL REFERENCES units (id),
  number text NOT NULL,
  issued_on date NOT NULL,
  type text NOT NULL CHECK (type IN ('plan', 'decision', 'official_letter', 'notice', 'directive', 'guidance', 'report', 'other')),
  excerpt text NOT NULL,
  link text,
  note text,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (unit_id, number, issued_on)
);
CREATE INDEX reform_documents_unit_date_idx ON reform_documents (unit_id, issued_on);
COMMENT ON TABLE reform_documents IS 'Documents a committee issued to direct administrative reform; counted per period (issued_on).';

CREATE TABLE inspection_plans (
  id serial PRIMARY KEY,
  unit_id integer NOT NULL REFERENCES units (id),
  number text NOT NULL,
  issued_on date NOT NULL,
  subject text NOT NULL,
  round text,
  note text,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (unit_id, number, issued_on)
);

CREATE TABLE inspection_targets (
  id serial PRIMARY KEY,
  plan_id integer NOT NULL REFERENCES inspection_plans (id) ON DELETE CASCADE,
  unit_id integer NOT NULL REFERENCES units (id),
  scheduled_on date,
  inspected_on date,
  findings text,
  follow_up text,
  follow_up_done boolean NOT NULL DEFAULT false,
  updated_by text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (plan_id, unit_id)
);
CREATE INDEX inspection_targets_unit_idx ON inspection_targets (unit_id);
COMMENT ON COLUMN inspection_targets.inspected_on IS 'NULL while planned; the date the inspection took place once done.';

CREATE TABLE initiatives (
  id serial PRIMARY KEY,
  unit_id integer NOT NULL REFERENCES units (id),
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('model', 'initiative', 'solution')),
  area text,
  description text,
  registered_on date NOT NULL,
  status text NOT NULL CHECK (status IN ('registered', 'in_progress', 'evaluated', 'replicated', 'dropped')),
  evaluation text,
  evaluated_on date,
  note text,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (unit_id, name),
  CHECK (status NOT IN ('evaluated', 'replicated') OR (evaluation IS NOT NULL AND evaluated_on IS NOT NULL))
);
COMMENT ON COLUMN initiatives.unit_id IS 'Registering unit: a committee (district, commune) or one of its departments.';

CREATE TABLE communication_activities (
  id serial PRIMARY KEY,
  unit_id integer NOT NULL REFERENCES units (id),
  channel text NOT NULL CHECK (channel IN ('bulletin', 'portal', 'radio_tv', 'grassroots_radio', 'notice_board', 'poster', 'meeting', 'library', 'digital_team', 'social_media', 'leaflet', 'other')),
  description text NOT NULL,
  from_date date NOT NULL,
  to_date date NOT NULL CHECK (to_date >= from_date),
  count integer CHECK (count >= 0),
  participants integer CHECK (participants >= 0),
  basis text,
  note text,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX communication_activities_unit_idx ON communication_activities (unit_id, to_date);
COMMENT ON TABLE communication_activities IS 'An activity counts in the period that contains its to_date.';

CREATE TABLE figure_catalogues (
  version integer PRIMARY KEY,
  definitions jsonb NOT NULL,
  note text,
  published_by text NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE figure_catalogues IS 'Versions of the definitions of the periodic figures (core FigureDefinition[]); a form keeps the version it was opened with.';

CREATE TABLE figure_forms (
  id serial PRIMARY KEY,
  unit_id integer NOT NULL REFERENCES units (id),
  period text NOT NULL,
  catalogue_version integer NOT NULL REFERENCES figure_catalogues (version),
  status text NOT NULL CHECK (status IN ('open', 'locked')),
  locked_at timestamptz,
  locked_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (unit_id, period)
);

CREATE TABLE figure_values (
  form_id integer NOT NULL REFERENCES figure_forms (id) ON DELETE CASCADE,
  code text NOT NULL,
  value numeric NOT NULL CHECK (value >= 0),
  entered_by text NOT NULL,
  entered_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (form_id, code)
);

CREATE TABLE figure_form_events (
  id bigserial PRIMARY KEY,
  form_id integer NOT NULL REFERENCES figure_forms (id) ON DELETE CASCADE,
  action text NOT NULL CHECK (action IN ('values', 'lock', 'unlock')),
  actor text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  reason text,
  detail jsonb NOT NULL DEFAULT '{}'::jsonb,
  CHECK (action <> 'unlock' OR reason IS NOT NULL)
);
CREATE INDEX figure_form_events_form_idx ON figure_form_events (form_id, id);
COMMENT ON TABLE figure_form_events IS 'Who changed, locked or unlocked a form, when and why (an unlock needs a reason).';

-- Catalogue version 1: the figures of the seed report's section II that no other module counts.
INSERT INTO figure_catalogues (version, definitions, note, published_by) VALUES (1, '
[
 {
  "code": "legal.qppl_issued",
  "name": "Văn bản QPPL được ban hành",
  "section": "II.1 Cải cách thể chế",
  "measure": "văn bản",
  "kind": "count",
  "decimals": 0,
  "department": "TP"
 },
 {
  "code": "legal.drafts_commented",
  "name": "Dự thảo văn bản QPPL đã góp ý theo yêu cầu của cấp trên",
  "section": "II.1 Cải cách thể chế",
  "measure": "văn bản",
  "kind": "count",
  "decimals": 0,
  "department": "TP"
 },
 {
  "code": "violations.cases",
  "name": "Vụ vi phạm hành chính đã xử phạt",
  "section": "II.1 Cải cách thể chế",
  "measure": "vụ",
  "kind": "count",
  "decimals": 0,
  "department": "TP"
 },
 {
  "code": "violations.persons",
  "name": "Đối tượng bị xử phạt vi phạm hành chính",
  "section": "II.1 Cải cách thể chế",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "TP"
 },
 {
  "code": "violations.fines",
  "name": "Tổng số tiền xử phạt thu được",
  "section": "II.1 Cải cách thể chế",
  "measure": "đồng",
  "kind": "amount",
  "decimals": 0,
  "department": "TP"
 },
 {
  "code": "violations.remedies",
  "name": "Trường hợp buộc thực hiện biện pháp khắc phục hậu quả",
  "section": "II.1 Cải cách thể chế",
  "measure": "trường hợp",
  "kind": "count",
  "decimals": 0,
  "department": "TP"
 },
 {
  "code": "pbgdpl.leaflets",
  "name": "Tờ rơi, tờ gấp pháp luật in ấn",
  "section": "II.1 Cải cách thể chế",
  "measure": "tờ",
  "kind": "count",
  "decimals": 0,
  "department": "TP"
 },
 {
  "code": "pbgdpl.trainings",
  "name": "Cuộc tập huấn pháp luật",
  "section": "II.1 Cải cách thể chế",
  "measure": "cuộc",
  "kind": "count",
  "decimals": 0,
  "department": "TP"
 },
 {
  "code": "pbgdpl.training_participants",
  "name": "Người dự tập huấn pháp luật",
  "section": "II.1 Cải cách thể chế",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "TP"
 },
 {
  "code": "pbgdpl.joint_events",
  "name": "Cuộc tuyên truyền PBGDPL phối hợp tổ chức",
  "section": "II.1 Cải cách thể chế",
  "measure": "cuộc",
  "kind": "count",
  "decimals": 0,
  "department": "TP"
 },
 {
  "code": "pbgdpl.joint_participants",
  "name": "Người dự các cuộc tuyên truyền phối hợp tổ chức",
  "section": "II.1 Cải cách thể chế",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "TP"
 },
 {
  "code": "pbgdpl.events",
  "name": "Cuộc tuyên truyền PBGDPL tổ chức, phối hợp tổ chức",
  "section": "II.1 Cải cách thể chế",
  "measure": "cuộc",
  "kind": "count",
  "decimals": 0,
  "department": "TP"
 },
 {
  "code": "pbgdpl.event_participants",
  "name": "Người dự các cuộc tuyên truyền PBGDPL",
  "section": "II.1 Cải cách thể chế",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "TP"
 },
 {
  "code": "pbgdpl.clubs",
  "name": "Câu lạc bộ pháp luật ra mắt",
  "section": "II.1 Cải cách thể chế",
  "measure": "câu lạc bộ",
  "kind": "count",
  "decimals": 0,
  "department": "TP"
 },
 {
  "code": "pbgdpl.facebook_pages",
  "name": "Trang Facebook tuyên truyền pháp luật của các xã",
  "section": "II.1 Cải cách thể chế",
  "measure": "trang",
  "kind": "count",
  "decimals": 0,
  "department": "TP"
 },
 {
  "code": "pbgdpl.articles",
  "name": "Tin bài đăng trên cổng thông tin của Sở Tư pháp",
  "section": "II.1 Cải cách thể chế",
  "measure": "tin bài",
  "kind": "count",
  "decimals": 0,
  "department": "TP"
 },
 {
  "code": "org.departments",
  "name": "Cơ quan chuyên môn thuộc UBND huyện",
  "section": "II.3 Cải cách tổ chức bộ máy",
  "measure": "cơ quan",
  "kind": "count",
  "decimals": 0,
  "department": "NV"
 },
 {
  "code": "org.service_units",
  "name": "Đơn vị sự nghiệp công lập",
  "section": "II.3 Cải cách tổ chức bộ máy",
  "measure": "đơn vị",
  "kind": "count",
  "decimals": 0,
  "department": "NV"
 },
 {
  "code": "staff.district_quota",
  "name": "Biên chế công chức huyện được giao",
  "section": "II.3 Cải cách tổ chức bộ máy",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "NV"
 },
 {
  "code": "staff.district_present",
  "name": "Công chức huyện có mặt tại thời điểm báo cáo",
  "section": "II.3 Cải cách tổ chức bộ máy",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "NV"
 },
 {
  "code": "staff.district_contract68",
  "name": "Hợp đồng theo Nghị định 68/2000/NĐ-CP (khối huyện)",
  "section": "II.3 Cải cách tổ chức bộ máy",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "NV"
 },
 {
  "code": "staff.commune_quota",
  "name": "Biên chế cán bộ, công chức xã được giao",
  "section": "II.3 Cải cách tổ chức bộ máy",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "NV"
 },
 {
  "code": "staff.commune_present",
  "name": "Cán bộ, công chức xã có mặt",
  "section": "II.3 Cải cách tổ chức bộ máy",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "NV"
 },
 {
  "code": "staff.commune_surplus",
  "name": "Cán bộ, công chức xã dôi dư",
  "section": "II.3 Cải cách tổ chức bộ máy",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "NV"
 },
 {
  "code": "staff.commune_surplus_cadres",
  "name": "Dôi dư: cán bộ",
  "section": "II.3 Cải cách tổ chức bộ máy",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "NV",
  "parent": "staff.commune_surplus"
 },
 {
  "code": "staff.commune_surplus_civil",
  "name": "Dôi dư: công chức",
  "section": "II.3 Cải cách tổ chức bộ máy",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "NV",
  "parent": "staff.commune_surplus"
 },
 {
  "code": "staff.public_quota",
  "name": "Số người làm việc được giao tại đơn vị sự nghiệp công lập",
  "section": "II.3 Cải cách tổ chức bộ máy",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "NV"
 },
 {
  "code": "staff.public_self_financed",
  "name": "Trong đó: đơn vị tự bảo đảm kinh phí",
  "section": "II.3 Cải cách tổ chức bộ máy",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "NV",
  "parent": "staff.public_quota"
 },
 {
  "code": "staff.public_self_financed_bqlda",
  "name": "Ban quản lý dự án",
  "section": "II.3 Cải cách tổ chức bộ máy",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "NV",
  "parent": "staff.public_self_financed"
 },
 {
  "code": "staff.public_self_financed_ttvhtt",
  "name": "Trung tâm Văn hóa – Truyền thông",
  "section": "II.3 Cải cách tổ chức bộ máy",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "NV",
  "parent": "staff.public_self_financed"
 },
 {
  "code": "staff.public_self_financed_gdnn",
  "name": "Trung tâm GDNN – GDTX",
  "section": "II.3 Cải cách tổ chức bộ máy",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "NV",
  "parent": "staff.public_self_financed"
 },
 {
  "code": "staff.public_contract68",
  "name": "Hợp đồng theo Nghị định 68 (đơn vị sự nghiệp)",
  "section": "II.3 Cải cách tổ chức bộ máy",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "NV"
 },
 {
  "code": "staff.public_present",
  "name": "Số người làm việc có mặt tại đơn vị sự nghiệp",
  "section": "II.3 Cải cách tổ chức bộ máy",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "NV"
 },
 {
  "code": "staff.health_quota",
  "name": "Viên chức y tế cấp xã được giao",
  "section": "II.3 Cải cách tổ chức bộ máy",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "NV"
 },
 {
  "code": "staff.health_present",
  "name": "Viên chức y tế cấp xã có mặt",
  "section": "II.3 Cải cách tổ chức bộ máy",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "NV"
 },
 {
  "code": "staff.education_quota",
  "name": "Viên chức sự nghiệp giáo dục được giao",
  "section": "II.3 Cải cách tổ chức bộ máy",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "NV"
 },
 {
  "code": "staff.education_present",
  "name": "Viên chức sự nghiệp giáo dục có mặt",
  "section": "II.3 Cải cách tổ chức bộ máy",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "NV"
 },
 {
  "code": "civil.job_schemes_admin",
  "name": "Tổ chức hành chính có đề án vị trí việc làm được phê duyệt",
  "section": "II.4 Cải cách công vụ",
  "measure": "cơ quan",
  "kind": "count",
  "decimals": 0,
  "department": "NV"
 },
 {
  "code": "civil.job_schemes_public",
  "name": "Đơn vị sự nghiệp có đề án vị trí việc làm được phê duyệt",
  "section": "II.4 Cải cách công vụ",
  "measure": "đơn vị",
  "kind": "count",
  "decimals": 0,
  "department": "NV"
 },
 {
  "code": "civil.job_schemes_pending",
  "name": "Đơn vị đã trình đề án vị trí việc làm, chờ phê duyệt",
  "section": "II.4 Cải cách công vụ",
  "measure": "đơn vị",
  "kind": "count",
  "decimals": 0,
  "department": "NV"
 },
 {
  "code": "civil.recruited",
  "name": "Công chức, viên chức được tuyển dụng",
  "section": "II.4 Cải cách công vụ",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "NV"
 },
 {
  "code": "civil.appointed_new",
  "name": "Bổ nhiệm mới",
  "section": "II.4 Cải cách công vụ",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "NV"
 },
 {
  "code": "civil.reappointed",
  "name": "Bổ nhiệm lại",
  "section": "II.4 Cải cách công vụ",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "NV"
 },
 {
  "code": "civil.discipline_inspected_units",
  "name": "Đơn vị được kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương",
  "section": "II.4 Cải cách công vụ",
  "measure": "đơn vị",
  "kind": "count",
  "decimals": 0,
  "department": "NV"
 },
 {
  "code": "civil.disciplined",
  "name": "Cán bộ, công chức, viên chức bị xử lý kỷ luật",
  "section": "II.4 Cải cách công vụ",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "NV"
 },
 {
  "code": "training.defence",
  "name": "Cử đi bồi dưỡng kiến thức Quốc phòng và An ninh (đối tượng 3)",
  "section": "II.4 Cải cách công vụ",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "NV"
 },
 {
  "code": "training.defence_district",
  "name": "Trong đó: công chức huyện",
  "section": "II.4 Cải cách công vụ",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "NV",
  "parent": "training.defence"
 },
 {
  "code": "training.defence_public",
  "name": "Trong đó: viên chức đơn vị sự nghiệp",
  "section": "II.4 Cải cách công vụ",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "NV",
  "parent": "training.defence"
 },
 {
  "code": "training.defence_commune",
  "name": "Trong đó: cán bộ cấp xã",
  "section": "II.4 Cải cách công vụ",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "NV",
  "parent": "training.defence"
 },
 {
  "code": "training.professional",
  "name": "Bồi dưỡng nghiệp vụ (công chức cấp xã)",
  "section": "II.4 Cải cách công vụ",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "NV"
 },
 {
  "code": "training.teacher_title",
  "name": "Đăng ký bồi dưỡng chức danh nghề nghiệp giáo viên",
  "section": "II.4 Cải cách công vụ",
  "measure": "người",
  "kind": "count",
  "decimals": 0,
  "department": "NV"
 },
 {
  "code": "invest.plan",
  "name": "Kế hoạch vốn đầu tư công",
  "section": "II.5 Cải cách tài chính công",
  "measure": "tỷ đồng",
  "kind": "amount",
  "decimals": 3,
  "department": "TCKH"
 },
 {
  "code": "invest.plan_district",
  "name": "Kế hoạch vốn: ngân sách huyện",
  "section": "II.5 Cải cách tài chính công",
  "measure": "tỷ đồng",
  "kind": "amount",
  "decimals": 3,
  "department": "TCKH",
  "parent": "invest.plan"
 },
 {
  "code": "invest.plan_commune",
  "name": "Kế hoạch vốn: ngân sách xã",
  "section": "II.5 Cải cách tài chính công",
  "measure": "tỷ đồng",
  "kind": "amount",
  "decimals": 3,
  "department": "TCKH",
  "parent": "invest.plan"
 },
 {
  "code": "invest.disbursed",
  "name": "Vốn đầu tư công đã giải ngân",
  "section": "II.5 Cải cách tài chính công",
  "measure": "tỷ đồng",
  "kind": "amount",
  "decimals": 3,
  "department": "TCKH"
 },
 {
  "code": "invest.disbursed_district",
  "name": "Đã giải ngân: ngân sách huyện",
  "section": "II.5 Cải cách tài chính công",
  "measure": "tỷ đồng",
  "kind": "amount",
  "decimals": 3,
  "department": "TCKH",
  "parent": "invest.disbursed"
 },
 {
  "code": "invest.disbursed_commune",
  "name": "Đã giải ngân: ngân sách xã",
  "section": "II.5 Cải cách tài chính công",
  "measure": "tỷ đồng",
  "kind": "amount",
  "decimals": 3,
  "department": "TCKH",
  "parent": "invest.disbursed"
 },
 {
  "code": "invest.rate",
  "name": "Tỷ lệ giải ngân vốn đầu tư công",
  "section": "II.5 Cải cách tài chính công",
  "measure": "%",
  "kind": "rate",
  "decimals": 2,
  "numerator": "invest.disbursed",
  "denominator": "invest.plan",
  "department": "TCKH"
 },
 {
  "code": "invest.rate_district",
  "name": "Tỷ lệ giải ngân: ngân sách huyện",
  "section": "II.5 Cải cách tài chính công",
  "measure": "%",
  "kind": "rate",
  "decimals": 2,
  "numerator": "invest.disbursed_district",
  "denominator": "invest.plan_district",
  "department": "TCKH"
 },
 {
  "code": "invest.rate_commune",
  "name": "Tỷ lệ giải ngân: ngân sách xã",
  "section": "II.5 Cải cách tài chính công",
  "measure": "%",
  "kind": "rate",
  "decimals": 2,
  "numerator": "invest.disbursed_commune",
  "denominator": "invest.plan_commune",
  "department": "TCKH"
 },
 {
  "code": "finance.autonomy_agencies",
  "name": "Cơ quan được giao tự chủ theo Nghị định 130/2005/NĐ-CP",
  "section": "II.5 Cải cách tài chính công",
  "measure": "cơ quan",
  "kind": "count",
  "decimals": 0,
  "department": "TCKH"
 },
 {
  "code": "finance.autonomy_agencies_party",
  "name": "Trong đó: khối Đảng",
  "section": "II.5 Cải cách tài chính công",
  "measure": "cơ quan",
  "kind": "count",
  "decimals": 0,
  "department": "TCKH",
  "parent": "finance.autonomy_agencies"
 },
 {
  "code": "finance.autonomy_agencies_state",
  "name": "Trong đó: khối quản lý nhà nước",
  "section": "II.5 Cải cách tài chính công",
  "measure": "cơ quan",
  "kind": "count",
  "decimals": 0,
  "department": "TCKH",
  "parent": "finance.autonomy_agencies"
 },
 {
  "code": "finance.autonomy_agencies_mass",
  "name": "Trong đó: khối đoàn thể",
  "section": "II.5 Cải cách tài chính công",
  "measure": "cơ quan",
  "kind": "count",
  "decimals": 0,
  "department": "TCKH",
  "parent": "finance.autonomy_agencies"
 },
 {
  "code": "finance.autonomy_communes",
  "name": "Đơn vị cấp xã được giao tự chủ",
  "section": "II.5 Cải cách tài chính công",
  "measure": "đơn vị",
  "kind": "count",
  "decimals": 0,
  "department": "TCKH"
 },
 {
  "code": "finance.internal_rules_units",
  "name": "Đơn vị đã ban hành quy chế chi tiêu nội bộ và quy chế quản lý tài sản công",
  "section": "II.5 Cải cách tài chính công",
  "measure": "đơn vị",
  "kind": "count",
  "decimals": 0,
  "department": "TCKH"
 },
 {
  "code": "finance.public_units_autonomy",
  "name": "Đơn vị sự nghiệp công lập được giao tự chủ",
  "section": "II.5 Cải cách tài chính công",
  "measure": "đơn vị",
  "kind": "count",
  "decimals": 0,
  "department": "TCKH"
 },
 {
  "code": "finance.public_units_agencies",
  "name": "Trong đó: cơ quan",
  "section": "II.5 Cải cách tài chính công",
  "measure": "đơn vị",
  "kind": "count",
  "decimals": 0,
  "department": "TCKH",
  "parent": "finance.public_units_autonomy"
 },
 {
  "code": "finance.public_units_schools",
  "name": "Trong đó: trường học",
  "section": "II.5 Cải cách tài chính công",
  "measure": "đơn vị",
  "kind": "count",
  "decimals": 0,
  "department": "TCKH",
  "parent": "finance.public_units_autonomy"
 },
 {
  "code": "finance.public_units_full",
  "name": "Đơn vị sự nghiệp tự chủ hoàn toàn về kinh phí",
  "section": "II.5 Cải cách tài chính công",
  "measure": "đơn vị",
  "kind": "count",
  "decimals": 0,
  "department": "TCKH"
 },
 {
  "code": "finance.public_units_partial",
  "name": "Đơn vị sự nghiệp tự chủ một phần kinh phí",
  "section": "II.5 Cải cách tài chính công",
  "measure": "đơn vị",
  "kind": "count",
  "decimals": 0,
  "department": "TCKH"
 },
 {
  "code": "finance.public_units_rules",
  "name": "Đơn vị sự nghiệp đã ban hành quy chế chi tiêu nội bộ và quản lý tài sản công",
  "section": "II.5 Cải cách tài chính công",
  "measure": "đơn vị",
  "kind": "count",
  "decimals": 0,
  "department": "TCKH"
 },
 {
  "code": "egov.computers_district",
  "name": "Tỷ lệ máy tính/CBCC cấp huyện",
  "section": "II.6 Chính quyền điện tử, chính quyền số",
  "measure": "%",
  "kind": "percent",
  "decimals": 2,
  "department": "VHTT"
 },
 {
  "code": "egov.computers_commune",
  "name": "Tỷ lệ máy tính/CBCC cấp xã",
  "section": "II.6 Chính quyền điện tử, chính quyền số",
  "measure": "%",
  "kind": "percent",
  "decimals": 2,
  "department": "VHTT"
 },
 {
  "code": "egov.computers_affiliated",
  "name": "Tỷ lệ máy tính/CBCC các cơ quan trực thuộc",
  "section": "II.6 Chính quyền điện tử, chính quyền số",
  "measure": "%",
  "kind": "percent",
  "decimals": 2,
  "department": "VHTT"
 },
 {
  "code": "egov.internet_district",
  "name": "Tỷ lệ máy tính kết nối internet cấp huyện",
  "section": "II.6 Chính quyền điện tử, chính quyền số",
  "measure": "%",
  "kind": "percent",
  "decimals": 2,
  "department": "VHTT"
 },
 {
  "code": "egov.internet_commune",
  "name": "Tỷ lệ máy tính kết nối internet cấp xã",
  "section": "II.6 Chính quyền điện tử, chính quyền số",
  "measure": "%",
  "kind": "percent",
  "decimals": 2,
  "department": "VHTT"
 },
 {
  "code": "egov.internet_affiliated",
  "name": "Tỷ lệ máy tính kết nối internet các cơ quan trực thuộc",
  "section": "II.6 Chính quyền điện tử, chính quyền số",
  "measure": "%",
  "kind": "percent",
  "decimals": 2,
  "department": "VHTT"
 },
 {
  "code": "egov.edocs_province",
  "name": "Tỷ lệ văn bản không mật gửi UBND tỉnh, các sở, ngành dưới dạng điện tử",
  "section": "II.6 Chính quyền điện tử, chính quyền số",
  "measure": "%",
  "kind": "percent",
  "decimals": 2,
  "department": "VHTT"
 },
 {
  "code": "egov.edocs_internal",
  "name": "Tỷ lệ văn bản trao đổi giữa các phòng, ban, đơn vị dưới dạng điện tử",
  "section": "II.6 Chính quyền điện tử, chính quyền số",
  "measure": "%",
  "kind": "percent",
  "decimals": 2,
  "department": "VHTT"
 },
 {
  "code": "egov.edocs_commune",
  "name": "Tỷ lệ trao đổi văn bản điện tử cấp xã",
  "section": "II.6 Chính quyền điện tử, chính quyền số",
  "measure": "%",
  "kind": "percent",
  "decimals": 2,
  "department": "VHTT"
 },
 {
  "code": "iso.maintained",
  "name": "Cơ quan, đơn vị duy trì áp dụng ISO 9001:2015",
  "section": "II.6 Chính quyền điện tử, chính quyền số",
  "measure": "đơn vị",
  "kind": "count",
  "decimals": 0,
  "department": "NV"
 },
 {
  "code": "iso.maintained_district",
  "name": "Trong đó: UBND huyện",
  "section": "II.6 Chính quyền điện tử, chính quyền số",
  "measure": "đơn vị",
  "kind": "count",
  "decimals": 0,
  "department": "NV",
  "parent": "iso.maintained"
 },
 {
  "code": "iso.maintained_communes",
  "name": "Trong đó: UBND xã, thị trấn",
  "section": "II.6 Chính quyền điện tử, chính quyền số",
  "measure": "đơn vị",
  "kind": "count",
  "decimals": 0,
  "department": "NV",
  "parent": "iso.maintained"
 },
 {
  "code": "iso.maintained_service_units",
  "name": "Trong đó: đơn vị sự nghiệp",
  "section": "II.6 Chính quyền điện tử, chính quyền số",
  "measure": "đơn vị",
  "kind": "count",
  "decimals": 0,
  "department": "NV",
  "parent": "iso.maintained"
 },
 {
  "code": "iso.maintained_schools",
  "name": "Trong đó: trường THCS",
  "section": "II.6 Chính quyền điện tử, chính quyền số",
  "measure": "đơn vị",
  "kind": "count",
  "decimals": 0,
  "department": "NV",
  "parent": "iso.maintained"
 },
 {
  "code": "iso.new",
  "name": "Cơ quan, đơn vị xây dựng mới và áp dụng ISO 9001:2015 trong năm",
  "section": "II.6 Chính quyền điện tử, chính quyền số",
  "measure": "đơn vị",
  "kind": "count",
  "decimals": 0,
  "department": "NV"
 },
 {
  "code": "enterprise.founded",
  "name": "Doanh nghiệp thành lập mới",
  "section": "II.7–10 Đầu tư, doanh nghiệp, thu ngân sách",
  "measure": "doanh nghiệp",
  "kind": "count",
  "decimals": 0,
  "department": "TCKH"
 },
 {
  "code": "enterprise.plan",
  "name": "Kế hoạch doanh nghiệp thành lập mới",
  "section": "II.7–10 Đầu tư, doanh nghiệp, thu ngân sách",
  "measure": "doanh nghiệp",
  "kind": "count",
  "decimals": 0,
  "department": "TCKH"
 },
 {
  "code": "enterprise.rate",
  "name": "Tỷ lệ doanh nghiệp thành lập mới so với kế hoạch",
  "section": "II.7–10 Đầu tư, doanh nghiệp, thu ngân sách",
  "measure": "%",
  "kind": "rate",
  "decimals": 2,
  "numerator": "enterprise.founded",
  "denominator": "enterprise.plan",
  "department": "TCKH"
 },
 {
  "code": "enterprise.budget_contribution",
  "name": "Đóng góp của doanh nghiệp vào thu ngân sách",
  "section": "II.7–10 Đầu tư, doanh nghiệp, thu ngân sách",
  "measure": "tỷ đồng",
  "kind": "amount",
  "decimals": 3,
  "department": "TCKH"
 },
 {
  "code": "enterprise.budget_contribution_plan",
  "name": "Kế hoạch đóng góp của doanh nghiệp vào thu ngân sách",
  "section": "II.7–10 Đầu tư, doanh nghiệp, thu ngân sách",
  "measure": "tỷ đồng",
  "kind": "amount",
  "decimals": 3,
  "department": "TCKH"
 },
 {
  "code": "enterprise.budget_contribution_rate",
  "name": "Tỷ lệ đóng góp của doanh nghiệp so với kế hoạch",
  "section": "II.7–10 Đầu tư, doanh nghiệp, thu ngân sách",
  "measure": "%",
  "kind": "rate",
  "decimals": 2,
  "numerator": "enterprise.budget_contribution",
  "denominator": "enterprise.budget_contribution_plan",
  "department": "TCKH"
 },
 {
  "code": "revenue.total",
  "name": "Tổng thu ngân sách",
  "section": "II.7–10 Đầu tư, doanh nghiệp, thu ngân sách",
  "measure": "tỷ đồng",
  "kind": "amount",
  "decimals": 3,
  "department": "TCKH"
 },
 {
  "code": "revenue.land",
  "name": "Trong đó: thu từ tiền đất",
  "section": "II.7–10 Đầu tư, doanh nghiệp, thu ngân sách",
  "measure": "tỷ đồng",
  "kind": "amount",
  "decimals": 3,
  "department": "TCKH",
  "parent": "revenue.total"
 },
 {
  "code": "revenue.plan",
  "name": "Kế hoạch thu ngân sách",
  "section": "II.7–10 Đầu tư, doanh nghiệp, thu ngân sách",
  "measure": "tỷ đồng",
  "kind": "amount",
  "decimals": 3,
  "department": "TCKH"
 },
 {
  "code": "revenue.rate",
  "name": "Tỷ lệ thu ngân sách so với kế hoạch",
  "section": "II.7–10 Đầu tư, doanh nghiệp, thu ngân sách",
  "measure": "%",
  "kind": "rate",
  "decimals": 2,
  "numerator": "revenue.total",
  "denominator": "revenue.plan",
  "department": "TCKH"
 }
]'::jsonb, 'Báo cáo CCHC định kỳ, mục II (danh mục ban đầu)', 'migration');
