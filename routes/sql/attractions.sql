-- Tourist attractions (khu, điểm du lịch) of the smart-tourism system, in canonical column names.
-- :since is the watermark of the last run.
SELECT ma_diem         AS id,
       ten_diem        AS name,
       cap_cong_nhan   AS level,
       loai_hinh       AS category,
       so_qd_cong_nhan AS recognition_decision,
       ngay_cong_nhan  AS recognised_on,
       ma_di_tich      AS heritage_site_id,
       ma_xa           AS commune_code,
       ten_xa          AS commune_name,
       dia_chi         AS address,
       vi_do           AS latitude,
       kinh_do         AS longitude,
       luot_khach      AS annual_visitors,
       mo_ta           AS description,
       ngay_cap_nhat   AS updated_at
  FROM dl_diem_du_lich
 WHERE ngay_cap_nhat > :since
 ORDER BY ngay_cap_nhat, ma_diem
