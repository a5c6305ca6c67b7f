-- Heritage sites (di tích) of the department's heritage-management system, in canonical column
-- names. :since is the watermark of the last run; ordering by it keeps the watermark honest.
SELECT ma_di_tich    AS id,
       ten_di_tich   AS name,
       cap_xep_hang  AS ranking_level,
       loai_hinh     AS heritage_type,
       so_quyet_dinh AS ranking_decision,
       ma_xa         AS commune_code,
       ten_xa        AS commune_name,
       dia_chi       AS address,
       vi_do         AS latitude,
       kinh_do       AS longitude,
       mo_ta         AS description,
       ngay_cap_nhat AS updated_at
  FROM dt_di_tich
 WHERE ngay_cap_nhat > :since
 ORDER BY ngay_cap_nhat, ma_di_tich
