-- Catalogue records (biểu ghi thư mục) of the provincial library, in canonical column names;
-- repeatable values are separated by ';'. Used by the Dublin Core exchange (incremental) and the
-- MARC 21 one (full, on demand): :since is the watermark, the beginning of time for a full run.
SELECT so_bieu_ghi     AS id,
       nhan_de         AS title,
       phu_de          AS subtitle,
       tac_gia         AS creators,
       nguoi_dich      AS contributors,
       nha_xuat_ban    AS publisher,
       noi_xuat_ban    AS publication_place,
       nam_xuat_ban    AS publication_year,
       lan_xuat_ban    AS edition,
       mo_ta_vat_ly    AS extent,
       isbn            AS isbn,
       ngon_ngu        AS language,
       ddc             AS ddc,
       tu_khoa_chu_de  AS subjects,
       tu_khoa_tu_do   AS keywords,
       tung_thu        AS series,
       phu_chu         AS notes,
       tom_tat         AS summary,
       ma_thu_vien     AS holding_library,
       ky_hieu_xep_gia AS call_number,
       url             AS url,
       loai_tai_lieu   AS resource_type,
       ngay_cap_nhat   AS updated_at
  FROM tv_bieu_ghi
 WHERE ngay_cap_nhat > :since
 ORDER BY ngay_cap_nhat, so_bieu_ghi
