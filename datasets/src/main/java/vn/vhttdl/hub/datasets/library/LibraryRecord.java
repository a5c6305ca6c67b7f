package vn.vhttdl.hub.datasets.library;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * Biểu ghi thư mục: one catalogue record of the provincial library, in canonical form. Its
 * fields are the Dublin Core elements (ISO 15836 / TCVN 7980, the exchange set Circular
 * 39/2017/TT-BTTTT recommends) plus what the common MARC 21 fields need.
 *
 * @param id               số hiệu biểu ghi, the control number (MARC 001), the record key
 * @param title            nhan đề (245 $a)
 * @param subtitle         phụ đề (245 $b)
 * @param creators         tác giả (100 for the first, 700 for the others)
 * @param contributors     người dịch, biên soạn... (700)
 * @param publisher        nhà xuất bản (264 $b)
 * @param publicationPlace nơi xuất bản (264 $a)
 * @param publicationYear  năm xuất bản (264 $c)
 * @param edition          lần xuất bản (250)
 * @param extent           số trang, khổ ({@code 245 tr. ; 24 cm}, 300)
 * @param isbn             ISBN-13, check digit verified (020)
 * @param language         ngôn ngữ (041)
 * @param ddc              chỉ số phân loại DDC (082)
 * @param subjects         từ khóa chủ đề (650)
 * @param keywords         từ khóa tự do (653)
 * @param series           tùng thư (490)
 * @param notes            phụ chú (500)
 * @param summary          tóm tắt (520)
 * @param holdingLibrary   thư viện lưu giữ, its code (852 $a, 040)
 * @param callNumber       ký hiệu xếp giá (852 $h), taken as written
 * @param url              địa chỉ tài liệu số (856 $u), taken as written
 * @param resourceType     loại tài liệu
 * @param updatedAt        when the catalogue last changed the record (005)
 */
public record LibraryRecord(
        @NotBlank(message = "{vn.vhttdl.hub.library.id.required}")
        @Size(max = 64, message = "{vn.vhttdl.hub.library.id.size}")
        String id,

        @NotBlank(message = "{vn.vhttdl.hub.library.title.required}")
        @Size(max = 1000, message = "{vn.vhttdl.hub.library.title.size}")
        String title,

        @Size(max = 1000, message = "{vn.vhttdl.hub.library.subtitle.size}")
        String subtitle,

        List<String> creators,

        List<String> contributors,

        @Size(max = 300, message = "{vn.vhttdl.hub.library.publisher.size}")
        String publisher,

        @Size(max = 200, message = "{vn.vhttdl.hub.library.publicationPlace.size}")
        String publicationPlace,

        @Min(value = 1500, message = "{vn.vhttdl.hub.library.publicationYear.range}")
        @Max(value = 2100, message = "{vn.vhttdl.hub.library.publicationYear.range}")
        Integer publicationYear,

        @Size(max = 100, message = "{vn.vhttdl.hub.library.edition.size}")
        String edition,

        @Size(max = 200, message = "{vn.vhttdl.hub.library.extent.size}")
        String extent,

        @Pattern(regexp = "97[89][0-9]{10}", message = "{vn.vhttdl.hub.library.isbn.pattern}")
        String isbn,

        @NotNull(message = "{vn.vhttdl.hub.library.language.required}")
        Language language,

        @Pattern(regexp = "[0-9]{3}(\\.[0-9]+)?", message = "{vn.vhttdl.hub.library.ddc.pattern}")
        String ddc,

        List<String> subjects,

        List<String> keywords,

        @Size(max = 300, message = "{vn.vhttdl.hub.library.series.size}")
        String series,

        @Size(max = 4000, message = "{vn.vhttdl.hub.library.notes.size}")
        String notes,

        @Size(max = 20000, message = "{vn.vhttdl.hub.library.summary.size}")
        String summary,

        @NotBlank(message = "{vn.vhttdl.hub.library.holdingLibrary.required}")
        @Size(max = 50, message = "{vn.vhttdl.hub.library.holdingLibrary.size}")
        String holdingLibrary,

        @Size(max = 100, message = "{vn.vhttdl.hub.library.callNumber.size}")
        String callNumber,

        @Pattern(regexp = "https?://\\S+", message = "{vn.vhttdl.hub.library.url.pattern}")
        String url,

        @NotNull(message = "{vn.vhttdl.hub.library.resourceType.required}")
        ResourceType resourceType,

        @NotNull(message = "{vn.vhttdl.hub.library.updatedAt.required}")
        Instant updatedAt) {

    public LibraryRecord {
        creators = creators == null ? List.of() : List.copyOf(creators);
        contributors = contributors == null ? List.of() : List.copyOf(contributors);
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
