-- Tiến độ xử lý hồ sơ (dataset tthc-dossier-progress, format dvcqg/cap-nhat-tien-do/v1) from
-- the one-stop system's MariaDB database (demo: hub/src/main/resources/demo/mariadb/one-stop-dossiers.sql), in canonical column
-- names. One row per processing step; the step id TD-<id> is the record key. :since is the
-- watermark of the last run. Run it after the dossiers' exchange: the portal refuses progress
-- for a dossier it does not hold.
SELECT CONCAT('TD-', LPAD(td.id, 6, '0')) AS step_id,
       hs.ma_ho_so                        AS dossier_code,
       td.nguoi_xu_ly                     AS handler,
       td.chuc_danh                       AS handler_title,
       td.phong_ban                       AS department,
       td.noi_dung                        AS content,
       td.trang_thai                      AS status,
       td.thoi_diem_xu_ly                 AS handled_at,
       td.ngay_bat_dau                    AS started_at,
       td.han_xu_ly                       AS due_at,
       td.ngay_cap_nhat                   AS updated_at
  FROM mc_tien_do td
  JOIN mc_ho_so hs ON hs.id = td.ho_so_id
 WHERE td.ngay_cap_nhat > :since
 ORDER BY td.ngay_cap_nhat, td.id
