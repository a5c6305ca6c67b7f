-- Accommodation establishments (cơ sở lưu trú du lịch) of the smart-tourism system, in canonical
-- column names. :since is the watermark of the last run.
SELECT ma_co_so        AS id,
       ten_co_so       AS name,
       loai_hinh       AS accommodation_type,
       hang_sao        AS star_grade,
       so_qd_cong_nhan AS grade_decision,
       so_buong        AS rooms,
       ma_so_dn        AS licence_number,
       ma_xa           AS commune_code,
       ten_xa          AS commune_name,
       dia_chi         AS address,
       vi_do           AS latitude,
       kinh_do         AS longitude,
       ngay_cap_nhat   AS updated_at
  FROM dl_co_so_luu_tru
 WHERE ngay_cap_nhat > :since
 ORDER BY ngay_cap_nhat, ma_co_so
