-- Hồ sơ TTHC (dataset tthc-dossier, format dvcqg/dong-bo-ho-so/v1) from the one-stop system's
-- MariaDB database (demo: hub/src/main/resources/demo/mariadb/one-stop-dossiers.sql, run by the demo in
-- H2's MariaDB mode, which reads this query unchanged), in canonical column names. MariaDB 10.5+.
-- One row per dossier: files, fees, result documents, identifiers and connected databases are
-- aggregated into JSON-array columns (JSON_ARRAYAGG ... ORDER BY keeps their order, and so the
-- record's content hash, stable), so the source is still streamed one dossier at a time.
-- :since is the watermark of the last run. The application bumps mc_ho_so.ngay_cap_nhat when
-- a child row changes, so a changed fee or file is extracted with its dossier.
-- dia_chi (the applicant's address) is personal data the portal does not ask for: not selected.
SELECT hs.ma_ho_so              AS dossier_code,
       tt.ma_tthc               AS procedure_code,
       tt.ten_thu_tuc           AS procedure_name,
       lv.ma_linh_vuc           AS field_code,
       lv.ten_linh_vuc          AS field_name,
       hs.kenh_nop              AS channel,
       hs.loai_chu_ho_so        AS applicant_type,
       hs.chu_ho_so             AS applicant_name,
       hs.so_giay_to            AS applicant_document_number,
       hs.ma_doi_tuong          AS applicant_code,
       hs.email                 AS email,
       hs.fax                   AS fax,
       hs.so_dien_thoai         AS phone,
       hs.trich_yeu             AS summary,
       hs.trang_thai            AS status,
       hs.ngay_nop              AS submitted_at,
       hs.ngay_tiep_nhan        AS received_at,
       hs.ngay_hen_tra          AS due_at,
       hs.ngay_tu_choi          AS refused_at,
       hs.ngay_ket_thuc_xu_ly   AS processing_ended_at,
       hs.ngay_tra              AS returned_at,
       hs.thong_tin_tra         AS return_info,
       hs.nhan_kq_buu_chinh     AS result_by_post,
       hs.don_vi_xu_ly          AS handling_unit,
       hs.ghi_chu               AS note,
       hs.noi_nop               AS submission_place,
       hs.co_thanh_phan_so_hoa  AS has_digitised_components,
       hs.xac_thuc_vneid        AS vneid_verified,
       hs.thanh_toan_truc_tuyen AS paid_online,
       CASE WHEN hs.loai_giay_to IS NULL THEN NULL
            ELSE JSON_ARRAY(JSON_OBJECT('type', hs.loai_giay_to, 'number', hs.so_giay_to))
       END                      AS identifiers,
       (SELECT JSON_ARRAYAGG(JSON_OBJECT(
                   'file_id', CONCAT('TL-', tl.id), 'file_name', tl.ten_tep, 'deleted', tl.da_xoa,
                   'component_code', tl.ma_thanh_phan, 'download_url', tl.duong_dan,
                   'digitised', tl.duoc_so_hoa, 'reusable', tl.duoc_tai_su_dung,
                   'from_national_store', tl.lay_tu_kho_dmqg, 'replaces_result_code', tl.ma_kq_thay_the)
                   ORDER BY tl.id)
          FROM mc_tai_lieu_nop tl WHERE tl.ho_so_id = hs.id) AS submitted_documents,
       (SELECT JSON_ARRAYAGG(JSON_OBJECT(
                   'code', lp.ma_phi, 'name', lp.ten_phi, 'kind', CAST(lp.loai_phi AS CHAR),
                   'collection_stage', lp.hinh_thuc_thu, 'amount', lp.so_tien)
                   ORDER BY lp.id)
          FROM mc_le_phi_ho_so lp WHERE lp.ho_so_id = hs.id) AS fees,
       (SELECT JSON_ARRAYAGG(JSON_OBJECT(
                   'document_id', CONCAT('KQ-', kq.id), 'name', kq.ten_giay_to, 'component_code', kq.ma_thanh_phan,
                   'file_url', kq.duong_dan, 'result_code', kq.ma_giay_to_kq)
                   ORDER BY kq.id)
          FROM mc_giay_to_ket_qua kq WHERE kq.ho_so_id = hs.id) AS result_documents,
       (SELECT JSON_ARRAYAGG(kn.ma_csdl ORDER BY kn.ma_csdl)
          FROM mc_ket_noi_csdl kn WHERE kn.ho_so_id = hs.id) AS connected_databases,
       hs.ngay_cap_nhat         AS updated_at
  FROM mc_ho_so hs
  JOIN mc_thu_tuc tt ON tt.id = hs.thu_tuc_id
  JOIN mc_linh_vuc lv ON lv.ma_linh_vuc = tt.ma_linh_vuc
 WHERE hs.ngay_cap_nhat > :since
 ORDER BY hs.ngay_cap_nhat, hs.ma_ho_so
