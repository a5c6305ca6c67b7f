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
    void knowsEveryCanonicalDatasetOfTheIssueAndNothingElse() {
        assertThat(Datasets.all()).extracting(DatasetType::id).containsExactly("heritage-site", "museum-object",
                "tour-guide", "tourism-accommodation", "tourist-attraction", "cultural-title", "library-record",
                "sports-event", "athlete", "tthc-dossier", "tthc-dossier-progress");
        assertThat(Datasets.byId("museum-object")).get().extracting(DatasetType::recordType)
                .isEqualTo(vn.vhttdl.hub.datasets.museum.MuseumObject.class);
        assertThat(Datasets.byId("bao-tang")).isEmpty();
        assertThat(Datasets.byId(null)).isEmpty();
    }

    @Test
    void everyDatasetMapsToItsMinistryOrPortalFormatWhoseSchemaShips() {
        vn.vhttdl.hub.schemas.SchemaCatalog schemas = new vn.vhttdl.hub.schemas.SchemaCatalog();
        java.util.Map<String, String> portalFormats = java.util.Map.of("tthc-dossier", "dvcqg/dong-bo-ho-so/v1",
                "tthc-dossier-progress", "dvcqg/cap-nhat-tien-do/v1");
        for (DatasetType<?> dataset : Datasets.all()) {
            String format = portalFormats.getOrDefault(dataset.id(), "ministry/" + dataset.id() + "/v1");
            assertThat(dataset.supportsFormat(format)).as(format).isTrue();
            assertThat(schemas.exists(format)).as(format).isTrue();
            assertThat(dataset.supportsFormat("ministry/" + dataset.id() + "/v2")).isFalse();
        }
        assertThat(Datasets.byId("library-record").get().supportsFormat("ministry/library-marc/v1")).isTrue();
        assertThat(schemas.exists("ministry/library-marc/v1")).isTrue();
    }
}
