-- 10,000 heritage rows for the fault-injection suite, built from the valid rows of the demo
-- seed (which must be loaded first into dt_di_tich). Every 100th row is poison: its latitude
-- lies outside Vietnam, so it must be quarantined while the others go through.
CREATE TABLE seed_valid AS
SELECT s.*, row_number() OVER (ORDER BY ma_di_tich) - 1 AS rn
  FROM dt_di_tich s
 WHERE ma_di_tich NOT IN ('DT-0104', 'DT-0121', 'DT-0137', 'DT-0152', 'DT-0168', 'DT-0183',
                          'DT-0199', 'DT-0214', 'DT-0236', 'DT-0251', 'DT-0273', 'DT-0298');
DELETE FROM dt_di_tich;
INSERT INTO dt_di_tich (ma_di_tich, ten_di_tich, cap_xep_hang, loai_hinh, so_quyet_dinh, ma_xa, ten_xa, dia_chi,
                        vi_do, kinh_do, mo_ta, ngay_cap_nhat)
SELECT 'F-' || lpad(g::text, 5, '0'), s.ten_di_tich, s.cap_xep_hang, s.loai_hinh, s.so_quyet_dinh, s.ma_xa, s.ten_xa,
       s.dia_chi,
       CASE WHEN g % 100 = 0 THEN 35.5 ELSE s.vi_do END,
       CASE WHEN g % 100 = 0 THEN 106.2 ELSE s.kinh_do END,
       s.mo_ta, TIMESTAMP '2020-01-01 00:00:00' + g * INTERVAL '1 minute'
  FROM generate_series(1, 10000) AS g
  JOIN seed_valid s ON s.rn = g % 314;
DROP TABLE seed_valid;
