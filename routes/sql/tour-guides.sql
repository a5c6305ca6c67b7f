-- Tour guides (hướng dẫn viên du lịch) of the smart-tourism system, in canonical column names.
-- Dates are text in the source; the dataset reads them. :since is the watermark of the last run.
SELECT ma_hdv        AS id,
       ho_ten        AS full_name,
       loai_the      AS card_type,
       so_the        AS card_number,
       ngay_cap      AS issued_on,
       ngay_het_han  AS expires_on,
       ngoai_ngu     AS languages,
       noi_cap       AS issuing_province_code,
       ngay_cap_nhat AS updated_at
  FROM dl_huong_dan_vien
 WHERE ngay_cap_nhat > :since
 ORDER BY ngay_cap_nhat, ma_hdv
