package vn.vhttdl.hub.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Vietnamese text for the generated heritage sites: names ("Đình làng Đông Hồ") and descriptive
 * paragraphs made of sentences a heritage record really holds, with varied years and details so
 * the rows differ. Seeded, so every run generates the same data. All text is precomposed Unicode
 * (NFC), which the hub's text repair leaves as it is.
 */
public final class VietnameseText {

    private static final String[] KINDS = {
        "Đình", "Chùa", "Đền", "Miếu", "Nghè", "Lăng", "Văn chỉ", "Nhà thờ họ", "Khu di tích", "Thành cổ",
        "Bia đá", "Cầu đá", "Đình làng", "Chùa làng", "Đền thờ", "Phủ",
    };

    private static final String[] PLACES = {
        "Đông Hồ", "Bổ Đà", "Vĩnh Nghiêm", "Dâu", "Bút Tháp", "Phật Tích", "Đô", "Xương Giang", "Tiêu", "Hàm Long",
        "Đình Bảng", "Diềm", "Lim", "Cổ Mễ", "Thổ Hà", "Phù Lãng", "Đại Bi", "Kim Liên", "Thanh Vân", "Hữu Chấp",
        "Quả Cảm", "Lạc Thổ", "Tam Sơn", "Đồng Kỵ", "Mai Động", "Yên Thế", "Bố Hạ", "Nhã Nam", "Phồn Xương", "Hạ Lát",
        "Tiên Lục", "Lục Nam", "Cẩm Lý", "Vân Cốc", "Thổ Tang", "Hương Lãm", "An Dương", "Trung Mầu", "Vạn Phúc",
        "Ngọc Lâm",
    };

    private static final String[] DYNASTIES = {
        "thời Lý", "thời Trần", "thời Lê sơ", "thời Mạc", "thời Lê Trung Hưng", "thời Tây Sơn", "triều Nguyễn",
    };

    private static final String[] SENTENCES = {
        "Di tích được khởi dựng vào {D}, trùng tu lớn vào năm {Y} và được nhân dân địa phương gìn giữ đến nay.",
        "Kiến trúc theo kiểu chữ Đinh, gồm tiền tế {N} gian, đại đình và hậu cung, mái lợp ngói mũi hài.",
        "Hằng năm, lễ hội làng diễn ra vào ngày {M} tháng Giêng với các nghi thức tế lễ, rước kiệu và hát quan họ.",
        "Trong di tích còn lưu giữ {N} đạo sắc phong, bia đá, hoành phi, câu đối và nhiều hiện vật có giá trị.",
        "Các mảng chạm khắc gỗ trên cốn, xà nách thể hiện đề tài tứ linh, tứ quý, rồng mây và cảnh sinh hoạt dân gian.",
        "Nơi đây thờ Thành hoàng làng, người có công khai khẩn đất đai, lập làng và dạy dân cấy lúa, trồng dâu nuôi tằm.",
        "Năm {Y}, di tích là nơi hội họp của cán bộ cách mạng, nuôi giấu thương binh trong những năm kháng chiến.",
        "Khu vực quanh di tích có giếng cổ, hồ bán nguyệt và cây đa hàng trăm năm tuổi, tạo nên cảnh quan hài hòa.",
        "Hệ thống cột gỗ lim gồm {N} cột cái và cột quân, đặt trên chân tảng đá xanh chạm hoa sen cách điệu.",
        "Tấm bia dựng năm {Y} ghi lại việc công đức của các vị hậu thần và lịch sử xây dựng, tu bổ công trình.",
        "Di tích nằm ở trung tâm làng, mặt quay hướng nam, phía trước là sân gạch rộng và nghi môn ba cửa.",
        "Qua các đợt khảo sát, các nhà khảo cổ học phát hiện gạch, ngói, đồ gốm men và đồ đồng có niên đại {D}.",
        "Cảnh quan danh thắng gồm núi đá, rừng thông và dòng suối trong, là điểm du lịch sinh thái được nhiều người biết.",
        "Ủy ban nhân dân xã phối hợp với ban quản lý di tích tổ chức bảo vệ, phát huy giá trị và đón khách tham quan.",
        "Nhiều pho tượng Phật bằng gỗ sơn son thếp vàng được tạc vào {D}, tiêu biểu cho nghệ thuật điêu khắc dân gian.",
        "Theo thần tích, vị thần được thờ đã giúp vua đánh giặc giữ nước và được các triều đại sắc phong là Thượng đẳng thần.",
        "Di tích đã được tu bổ, tôn tạo năm {Y} bằng nguồn vốn ngân sách tỉnh và nguồn xã hội hóa của nhân dân.",
        "Hồ sơ khoa học của di tích gồm bản đồ khoanh vùng bảo vệ, bản vẽ kiến trúc, ảnh chụp và biên bản khảo sát.",
        "Khuôn viên di tích rộng khoảng {N} trăm mét vuông, được cắm mốc giới theo quyết định khoanh vùng bảo vệ.",
        "Vào dịp rằm tháng Bảy, nhân dân trong vùng về dâng hương, cầu mong quốc thái dân an, mùa màng bội thu.",
        "Nghề truyền thống của làng như làm tranh, gốm, mây tre đan gắn bó mật thiết với sinh hoạt văn hóa tại di tích.",
        "Bộ khung gỗ được liên kết bằng mộng, không dùng đinh, thể hiện trình độ cao của những người thợ mộc xứ Kinh Bắc.",
    };

    private final Random random;

    /** @param seed the same seed generates the same text */
    public VietnameseText(long seed) {
        this.random = new Random(seed);
    }

    /** @return {@code count} site names such as "Đình làng Đông Hồ" (repeats are allowed, as in real registers) */
    public List<String> names(int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(pick(KINDS) + " " + pick(PLACES));
        }
        return names;
    }

    /** @return {@code count} paragraphs of about {@code targetChars} characters each */
    public List<String> paragraphs(int count, int targetChars) {
        List<String> paragraphs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder(targetChars + 200);
            int previous = -1;
            while (text.length() < targetChars) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                int next = random.nextInt(SENTENCES.length);
                // the same sentence twice in a row reads like a copying error
                next = next == previous ? (next + 1) % SENTENCES.length : next;
                text.append(sentence(next));
                previous = next;
            }
            paragraphs.add(text.toString());
        }
        return paragraphs;
    }

    /** @return a village or street for the address column */
    public String village() {
        return pick(PLACES);
    }

    private String sentence(int index) {
        return SENTENCES[index]
                .replace("{D}", pick(DYNASTIES))
                .replace("{Y}", Integer.toString(1600 + random.nextInt(420)))
                .replace("{N}", Integer.toString(2 + random.nextInt(30)))
                .replace("{M}", Integer.toString(1 + random.nextInt(28)));
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }
}
