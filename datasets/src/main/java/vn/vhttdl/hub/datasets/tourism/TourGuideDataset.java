package vn.vhttdl.hub.datasets.tourism;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.vhttdl.hub.datasets.MappedDataset;
import vn.vhttdl.hub.datasets.RecordReport;
import vn.vhttdl.hub.datasets.SourceRow;
import vn.vhttdl.hub.datasets.time.VietnamTime;

/**
 * The {@code tour-guide} dataset: guide cards (thẻ hướng dẫn viên du lịch) the department issued.
 *
 * <p>Source columns: {@code id, full_name, card_type, card_number, issued_on, expires_on,
 * languages, issuing_province_code, updated_at}. Card numbers are read as digits only ({@code
 * 124 23 0015} is {@code 124230015}); dates as {@link vn.vhttdl.hub.datasets.time.SourceDates}
 * reads them; languages as a list ({@code Tiếng Anh, Tiếng Pháp}).
 */
public final class TourGuideDataset extends MappedDataset<TourGuide> {

    /** The dataset id that exchange definitions name. */
    public static final String ID = "tour-guide";

    static final String FORMAT = "ministry/tour-guide/v1";

    private static final String DEFAULT_PROVINCE_CODE = "24";


    public TourGuideDataset() {
        super(ID, TourGuide.class, FORMAT);
    }

    @Override
    protected TourGuide read(SourceRow source, RecordReport report) {
        String cardNumber = source.code("card_number", "cardNumber", 9);
        return new TourGuide(
                source.text("id", "id"),
                source.text("full_name", "fullName"),
                source.coded("card_type", "cardType", GuideCardType.SPELLINGS),
                cardNumber == null ? null : cardNumber.replaceAll("[\\s.-]", ""),
                source.date("issued_on", "issuedOn"),
                source.date("expires_on", "expiresOn"),
                languages(source.text("languages", "languages"), report),
                source.has("issuing_province_code") && source.raw("issuing_province_code") != null
                        ? source.code("issuing_province_code", "issuingProvinceCode", 2) : DEFAULT_PROVINCE_CODE,
                source.instant("updated_at", "updatedAt"));
    }

    private static List<ForeignLanguage> languages(String text, RecordReport report) {
        List<ForeignLanguage> languages = new ArrayList<>();
        for (String part : ForeignLanguage.splitList(text)) {
            Optional<ForeignLanguage> language = ForeignLanguage.SPELLINGS.parse(part);
            if (language.isEmpty()) {
                report.reject("languages",
                        "Giá trị '" + part + "' không hợp lệ cho " + ForeignLanguage.SPELLINGS.labelVi() + " (trường languages)",
                        "Unknown " + ForeignLanguage.SPELLINGS.labelEn() + " '" + part + "' (field languages)");
            } else if (!languages.contains(language.get())) {
                languages.add(language.get());
            }
        }
        return languages;
    }

    @Override
    public String keyOf(TourGuide record) {
        return record.id();
    }

    /** {@code ministry/tour-guide/v1}: keys in the schema's order, so the content hash is stable. */
    @Override
    protected Map<String, Object> map(String format, TourGuide guide) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("maHuongDanVien", guide.id());
        payload.put("hoTen", guide.fullName());
        payload.put("loaiThe", guide.cardType() == null ? null : guide.cardType().name());
        payload.put("soThe", guide.cardNumber());
        payload.put("ngayCap", VietnamTime.date(guide.issuedOn()));
        payload.put("ngayHetHan", VietnamTime.date(guide.expiresOn()));
        payload.put("ngoaiNgu", guide.languages().stream().map(ForeignLanguage::isoCode).toList());
        payload.put("maTinhCapThe", guide.issuingProvinceCode());
        payload.put("ngayCapNhat", VietnamTime.dateTime(guide.updatedAt()));
        return payload;
    }
}
