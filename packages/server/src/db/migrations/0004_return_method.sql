-- How the applicant wants the result back (Mẫu 01: "hình thức nhận kết quả"), chosen at reception
-- or online submission; the desk's return action may still differ (recorded on its event).
ALTER TABLE dossiers ADD COLUMN return_method text CHECK (return_method IN ('counter', 'postal'));
