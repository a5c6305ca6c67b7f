package vn.vhttdl.hub.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.vhttdl.hub.datasets.heritage.HeritageSite;
import vn.vhttdl.hub.datasets.heritage.HeritageSiteDataset;

class DatasetsTest {

    @Test
    void findsTheHeritageSiteDatasetById() {
        assertThat(Datasets.byId("heritage-site")).get().isInstanceOf(HeritageSiteDataset.class);
        assertThat(Datasets.byId("heritage-site").get().recordType()).isEqualTo(HeritageSite.class);
    }

    @Test
    void knowsNoOtherDatasetYet() {
        assertThat(Datasets.byId("museum-object")).isEmpty();
        assertThat(Datasets.byId(null)).isEmpty();
        assertThat(Datasets.all()).extracting(DatasetType::id).containsExactly("heritage-site");
    }
}
