package vn.vhttdl.hub.datasets.constraints;

import java.math.BigDecimal;

/** A record with an optional position (WGS 84 degrees), checked by {@link CoordinatesPaired}. */
public interface GeoLocated {

    /** @return vĩ độ, the latitude; {@code null} when the position is unknown */
    BigDecimal latitude();

    /** @return kinh độ, the longitude; {@code null} when the position is unknown */
    BigDecimal longitude();
}
