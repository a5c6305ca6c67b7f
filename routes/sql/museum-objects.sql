-- Museum objects (hiện vật) of the provincial museum's inventory software, in canonical column
-- names. :since is the watermark of the last run; ordering by it keeps the watermark honest.
SELECT ma_hien_vat     AS id,
       so_kiem_ke      AS inventory_number,
       ten_hien_vat    AS name,
       loai_hien_vat   AS object_class,
       chat_lieu       AS material,
       mo_ta_chat_lieu AS material_detail,
       kich_thuoc      AS dimensions,
       nien_dai        AS dating,
       so_luong        AS quantity,
       don_vi_luu_giu  AS custodian,
       so_qd_bao_vat   AS treasure_decision,
       mo_ta           AS description,
       ngay_cap_nhat   AS updated_at
  FROM bt_hien_vat
 WHERE ngay_cap_nhat > :since
 ORDER BY ngay_cap_nhat, ma_hien_vat
