package vn.vhttdl.hub.datasets;

import java.util.List;
import java.util.Optional;
import vn.vhttdl.hub.datasets.heritage.HeritageSiteDataset;

/** The canonical datasets the hub knows, by the id that exchange definitions name. */
public final class Datasets {

    private static final List<DatasetType<?>> ALL = List.of(new HeritageSiteDataset());

    private Datasets() {
    }

    /** @return the dataset with id {@code id} ({@code heritage-site}), if there is one */
    public static Optional<DatasetType<?>> byId(String id) {
        return ALL.stream().filter(dataset -> dataset.id().equals(id)).findFirst();
    }

    /** @return every dataset, in a fixed order */
    public static List<DatasetType<?>> all() {
        return ALL;
    }
}
