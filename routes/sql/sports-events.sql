-- Sports events (giải, sự kiện thể thao) of the sports management software, in canonical column
-- names; event_dates is the software's free text (12–15/03/2025). :since is the watermark.
SELECT ma_giai        AS id,
       ten_giai       AS name,
       mon_thi_dau    AS sport,
       cap_giai       AS level,
       thoi_gian      AS event_dates,
       don_vi_to_chuc AS organiser,
       dia_diem       AS venue,
       ma_xa          AS commune_code,
       ten_xa         AS commune_name,
       so_vdv         AS participants,
       ngay_cap_nhat  AS updated_at
  FROM tt_giai_dau
 WHERE ngay_cap_nhat > :since
 ORDER BY ngay_cap_nhat, ma_giai
