-- Cultural titles (gia đình, thôn, tổ dân phố văn hóa) of the cultural-movement software, in
-- canonical column names. Its locations are pre-2025: old commune code and name, old district
-- and old province; the dataset maps them to the communes of 1 July 2025.
-- :since is the watermark of the last run.
SELECT ma_danh_hieu    AS id,
       loai_danh_hieu  AS title_type,
       ten_don_vi      AS holder_name,
       nam_cong_nhan   AS title_year,
       ma_xa_cu        AS commune_code,
       ten_xa_cu       AS commune_name,
       ten_huyen_cu    AS district,
       ma_tinh_cu      AS province_code,
       so_quyet_dinh   AS decision_number,
       ngay_quyet_dinh AS decision_date,
       ngay_cap_nhat   AS updated_at
  FROM vh_danh_hieu
 WHERE ngay_cap_nhat > :since
 ORDER BY ngay_cap_nhat, ma_danh_hieu
