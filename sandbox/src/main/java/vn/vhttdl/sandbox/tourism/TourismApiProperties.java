package vn.vhttdl.sandbox.tourism;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the stand-in smart-tourism API ({@code sandbox.tourism.*}). The records are
 * generated from {@link #seed}, so every start (and every reset) serves the same data.
 */
@Validated
@ConfigurationProperties("sandbox.tourism")
public class TourismApiProperties {

    /** Accommodation establishments (cơ sở lưu trú) served at {@code /du-lich/api/v1/co-so-luu-tru}. */
    @Min(0)
    @Max(200_000)
    private int accommodations = 5000;

    /** Tourist attractions (khu, điểm du lịch) served at {@code /du-lich/api/v1/diem-du-lich}. */
    @Min(0)
    @Max(200_000)
    private int attractions = 1000;

    /** Seed of the generator: the same seed, the same records. */
    private long seed = 2025;

    /** Items per page when the caller gives no {@code limit}. */
    @Min(1)
    @Max(1000)
    private int defaultPageSize = 100;

    /** Largest {@code limit} accepted; a larger one is answered 400, as the real API does. */
    @Min(1)
    @Max(5000)
    private int maxPageSize = 500;

    public int getAccommodations() {
        return accommodations;
    }

    public void setAccommodations(int accommodations) {
        this.accommodations = accommodations;
    }

    public int getAttractions() {
        return attractions;
    }

    public void setAttractions(int attractions) {
        this.attractions = attractions;
    }

    public long getSeed() {
        return seed;
    }

    public void setSeed(long seed) {
        this.seed = seed;
    }

    public int getDefaultPageSize() {
        return defaultPageSize;
    }

    public void setDefaultPageSize(int defaultPageSize) {
        this.defaultPageSize = defaultPageSize;
    }

    public int getMaxPageSize() {
        return maxPageSize;
    }

    public void setMaxPageSize(int maxPageSize) {
        this.maxPageSize = maxPageSize;
    }
}
