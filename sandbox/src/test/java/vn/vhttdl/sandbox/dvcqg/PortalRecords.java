package vn.vhttdl.sandbox.dvcqg;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** Records as the hub's DVCQG connector sends them: a complete dossier and a step, to be varied per test. */
final class PortalRecords {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String CCCD = "027195001234";

    private PortalRecords() {
    }

    static ObjectNode dossier(String code) {
        try {
            return (ObjectNode) JSON.readTree("""
                    {"MaHoSo":"%s","MaTTHC":"1.001829","TenTTHC":"Cấp thẻ hướng dẫn viên du lịch nội địa",
                     "MaLinhVuc":"HDVDL","TenLinhVuc":"Hướng dẫn du lịch","KenhThucHien":"2","SoGiayToChuHoSo":"%s",
                     "ChuHoSo":"Nguyễn Thị Lan","LoaiDoiTuong":"1","MaDoiTuong":"","ThongTinKhac":"",
                     "Email":"nguyen.thi.lan@example.com","Fax":"","SoDienThoai":"0912345678",
                     "TrichYeuHoSo":"Cấp thẻ hướng dẫn viên du lịch nội địa cho Nguyễn Thị Lan",
                     "NgayTiepNhan":"20250903083000","NgayHenTra":"20250917163000","TrangThaiHoSo":"4","NgayTra":"",
                     "ThongTinTra":"","HinhThuc":"0","NgayKetThucXuLy":"",
                     "DonViXuLy":"Phòng Quản lý Du lịch - Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Ninh","GhiChu":"",
                     "TaiLieuNop":[{"TepDinhKemId":"TL-101","TenTepDinhKem":"Đơn đề nghị cấp thẻ.pdf","IsDeleted":"0",
                       "MaThanhPhanHoSo":"TP01.01","DuongDanTaiTepTin":"https://motcua.example/tep/0017/01.pdf",
                       "DuocSoHoa":"1","DuocTaiSuDung":"1","DuocLayTuKhoDMQG":"0","MaKetQuaThayThe":""}],
                     "DanhSachLePhi":[{"TenPhiLePhi":"Phí thẩm định cấp thẻ hướng dẫn viên du lịch","MaPhiLePhi":"PHI-HDV",
                       "HinhThucThu":"1","Gia":650000,"LoaiPhiLePhi":"1"}],
                     "DanhSachGiayToKetQua":[],"DanhSachHoSoBoSung":[],"NoiNopHoSo":"Cổng Dịch vụ công quốc gia",
                     "HoSoCoThanhPhanSoHoa":"1","TaiKhoanDuocXacThucVoiVNeID":"1","DuocThanhToanTrucTuyen":"1",
                     "NgayTuChoi":"","DinhDanhCHS":[{"LoaiDinhDanh":"1","SoDinhDanh":"%s"}],
                     "NgayNopHoSo":"20250902091500","DSKetNoiCSDL":[{"MaCSDL":"CSDLQGDC"}]}
                    """.formatted(code, CCCD, CCCD));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode step(String code, String content) {
        ObjectNode step = JSON.createObjectNode();
        step.put("MaHoSo", code);
        step.put("NguoiXuLy", "Nguyễn Thị Thu Hà");
        step.put("ChucDanh", "Chuyên viên Bộ phận một cửa");
        step.put("ThoiDiemXuLy", "20250903083000");
        step.put("PhongBanXuLy", "Bộ phận một cửa");
        step.put("NoiDungXuLy", content);
        step.put("TrangThai", "2");
        step.put("NgayBatDau", "20250903083000");
        step.put("NgayKetThucTheoQuyDinh", "");
        return step;
    }
}
