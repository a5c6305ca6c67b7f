-- Athletes (vận động viên) of the sports management software, in canonical column names. The
-- birth date leaves the hub as a year only. :since is the watermark of the last run.
SELECT ma_vdv        AS id,
       ho_ten        AS full_name,
       gioi_tinh     AS gender,
       ngay_sinh     AS birth_date,
       mon_thi_dau   AS sport,
       dang_cap      AS level,
       tuyen         AS squad,
       ngay_cap_nhat AS updated_at
  FROM tt_van_dong_vien
 WHERE ngay_cap_nhat > :since
 ORDER BY ngay_cap_nhat, ma_vdv
