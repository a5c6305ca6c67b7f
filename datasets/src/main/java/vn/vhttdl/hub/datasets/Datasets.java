package vn.vhttdl.hub.datasets;

import java.util.List;
import java.util.Optional;
import vn.vhttdl.hub.datasets.culture.CulturalTitleDataset;
import vn.vhttdl.hub.datasets.heritage.HeritageSiteDataset;
import vn.vhttdl.hub.datasets.library.LibraryRecordDataset;
import vn.vhttdl.hub.datasets.museum.MuseumObjectDataset;
import vn.vhttdl.hub.datasets.sports.AthleteDataset;
import vn.vhttdl.hub.datasets.sports.SportsEventDataset;
import vn.vhttdl.hub.datasets.tourism.TourGuideDataset;
import vn.vhttdl.hub.datasets.tourism.TourismAccommodationDataset;
import vn.vhttdl.hub.datasets.tourism.TouristAttractionDataset;
import vn.vhttdl.hub.datasets.tthc.TthcDossierDataset;
import vn.vhttdl.hub.datasets.tthc.TthcDossierProgressDataset;

/** The canonical datasets the hub knows, by the id that exchange definitions name. */
public final class Datasets {

    private static final List<DatasetType<?>> ALL = List.of(
            new HeritageSiteDataset(),
            new MuseumObjectDataset(),
            new TourGuideDataset(),
            new TourismAccommodationDataset(),
            new TouristAttractionDataset(),
            new CulturalTitleDataset(),
            new LibraryRecordDataset(),
            new SportsEventDataset(),
            new AthleteDataset(),
            new TthcDossierDataset(),
            new TthcDossierProgressDataset());

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
