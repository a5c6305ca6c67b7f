package vn.vhttdl.hub.datasets.tthc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A code list of the national portal, read from {@code /codelists/dvcqg/<file>.json} (shipped in
 * the schemas module, so the codes are data that a ministry officer can read and correct without
 * touching Java). The enums of this package name the same codes; {@code DvcqgCodeListsTest}
 * keeps them, the files and the JSON Schemas in step.
 */
public final class DvcqgCodeList {

    /** Trạng thái hồ sơ, 1–10. */
    public static final String TRANG_THAI_HO_SO = "trang-thai-ho-so";
    /** Kênh thực hiện, 1–3. */
    public static final String KENH_THUC_HIEN = "kenh-thuc-hien";
    /** Loại đối tượng, 1–4. */
    public static final String LOAI_DOI_TUONG = "loai-doi-tuong";
    /** Loại định danh, 1–2. */
    public static final String LOAI_DINH_DANH = "loai-dinh-danh";
    /** Hình thức thu phí, 1, 2, 4. */
    public static final String HINH_THUC_THU = "hinh-thuc-thu";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, DvcqgCodeList> LOADED = new ConcurrentHashMap<>();

    private final String name;
    private final Map<String, CodeListEntry> byCode;

    private DvcqgCodeList(String name, Map<String, CodeListEntry> byCode) {
        this.name = name;
        this.byCode = byCode;
    }

    /**
     * @param file the file name without {@code .json}, e.g. {@link #TRANG_THAI_HO_SO}
     * @throws CodeListUnavailableException when the file does not ship or cannot be read
     */
    public static DvcqgCodeList named(String file) {
        return LOADED.computeIfAbsent(file, DvcqgCodeList::load);
    }

    private static DvcqgCodeList load(String file) {
        String resource = "/codelists/dvcqg/" + file + ".json";
        try (InputStream in = DvcqgCodeList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new CodeListUnavailableException(resource, null);
            }
            JsonNode root = JSON.readTree(in);
            Map<String, CodeListEntry> entries = new LinkedHashMap<>();
            for (JsonNode code : root.path("codes")) {
                CodeListEntry entry = new CodeListEntry(code.path("code").asText(), code.path("vi").asText(),
                        code.path("en").asText(), code.path("confidence").asText());
                entries.put(entry.code(), entry);
            }
            if (entries.isEmpty()) {
                throw new CodeListUnavailableException(resource, null);
            }
            return new DvcqgCodeList(root.path("codeList").asText(file), Map.copyOf(entries));
        } catch (IOException e) {
            throw new CodeListUnavailableException(resource, e);
        }
    }

    /** @return the portal's name of the list, e.g. {@code TrangThaiHoSo} */
    public String name() {
        return name;
    }

    /** @return the entry of {@code code}, if the list has it */
    public Optional<CodeListEntry> entry(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** @return every entry, ordered by code as a number */
    public List<CodeListEntry> entries() {
        List<CodeListEntry> sorted = new ArrayList<>(byCode.values());
        sorted.sort((a, b) -> Integer.compare(Integer.parseInt(a.code()), Integer.parseInt(b.code())));
        return List.copyOf(sorted);
    }
}
