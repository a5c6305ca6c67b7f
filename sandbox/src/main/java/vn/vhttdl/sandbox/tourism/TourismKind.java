package vn.vhttdl.sandbox.tourism;

import java.util.Arrays;
import java.util.Optional;

/** The two registers of the smart-tourism system, by the resource name of their API. */
public enum TourismKind {

    /** Cơ sở lưu trú du lịch. */
    ACCOMMODATIONS("co-so-luu-tru", "maCoSo"),
    /** Khu, điểm du lịch. */
    ATTRACTIONS("diem-du-lich", "maDiem");

    private final String resource;
    private final String idField;

    TourismKind(String resource, String idField) {
        this.resource = resource;
        this.idField = idField;
    }

    public String resource() {
        return resource;
    }

    public String idField() {
        return idField;
    }

    public static Optional<TourismKind> byResource(String resource) {
        return Arrays.stream(values()).filter(k -> k.resource.equals(resource)).findFirst();
    }
}
