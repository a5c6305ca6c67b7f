package vn.vhttdl.hub.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vhttdl.hub.schemas.SchemaCatalog;

class ExchangeDefinitionLoaderTest {

    @TempDir
    Path routes;

    private final ExchangeDefinitionLoader loader =
            new ExchangeDefinitionLoader(new SchemaCatalog(), Set.of("heritage"), Set.of("lgsp"));

    private static final String GOOD = """
            id: heritage-sites-to-ministry
            title: Di tích → CSDL di sản (Bộ VHTTDL)
            dataset: heritage-site
            source:
              type: jdbc
              datasource: heritage
              query: sql/heritage-sites.sql
              cursor: updated_at
              key: id
            target:
              connector: lgsp
              path: /vhttdl/1.0/di-tich
              format: ministry/heritage-site/v1
              batch-size: 250
            schedule: "0 0 1 * * ?"
            invalid-records: quarantine
            """;

    @BeforeEach
    void sqlFile() throws IOException {
        Files.createDirectories(routes.resolve("sql"));
        Files.writeString(routes.resolve("sql/heritage-sites.sql"), "SELECT * FROM dt_di_tich WHERE ngay_cap_nhat > :since");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(routes.resolve(name), text);
    }

    @Test
    void aDvcqgExchangeNamesAPortalServiceWithItsFormat() throws IOException {
        ExchangeDefinitionLoader withPortal = new ExchangeDefinitionLoader(new SchemaCatalog(),
                Installation.of(Set.of("one-stop"), Set.of("lgsp", "dvcqg")).withConnectorRules(Set.of("dvcqg"), Set.of()));
        Files.writeString(routes.resolve("sql/tthc.sql"), "SELECT * FROM mc_ho_so WHERE ngay_cap_nhat > :since");
        String dossiers = """
                id: dossiers-to-dvcqg
                title: Hồ sơ → DVCQG
                dataset: tthc-dossier
                source:
                  type: jdbc
                  datasource: one-stop
                  query: sql/tthc.sql
                  key: dossier_code
                target:
                  connector: dvcqg
                  path: DongBoHoSoMC
                  format: dvcqg/dong-bo-ho-so/v1
                """;
        write("dossiers-to-dvcqg.yaml", dossiers);
        write("lookup.yaml", dossiers.replace("id: dossiers-to-dvcqg", "id: lookup").replace("path: DongBoHoSoMC", "path: TraCuuHoSo"));
        write("progress.yaml", dossiers.replace("id: dossiers-to-dvcqg", "id: progress")
                .replace("path: DongBoHoSoMC", "path: CapNhatTienDoHoSoMC"));

        ExchangeCatalog catalog = withPortal.loadAll(routes);

        assertThat(catalog.exchanges()).extracting(ExchangeDefinition::id).containsExactly("dossiers-to-dvcqg");
        assertThat(catalog.errors()).extracting(DefinitionError::file, DefinitionError::line, DefinitionError::field)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("lookup.yaml", 11, "target.path"),
                        org.assertj.core.groups.Tuple.tuple("progress.yaml", 12, "target.format"));
        assertThat(catalog.errors()).filteredOn(e -> e.file().equals("lookup.yaml")).singleElement()
                .satisfies(e -> assertThat(e.describe()).contains("TraCuuHoSo").contains("CapNhatTienDoHoSoMC, DongBoHoSoMC"));
    }

    @Test
    void loadsTheShippedFormat() throws IOException {
        write("heritage-sites-to-ministry.yaml", GOOD);

        ExchangeCatalog catalog = loader.loadAll(routes);

        assertThat(catalog.errors()).isEmpty();
        ExchangeDefinition exchange = catalog.find("heritage-sites-to-ministry").orElseThrow();
        assertThat(exchange.target().batchSize()).isEqualTo(250);
        assertThat(exchange.source().incremental()).isTrue();
        assertThat(exchange.source().query()).contains(":since");
        assertThat(exchange.schedule()).isEqualTo("0 0 1 * * ?");
        assertThat(exchange.invalidRecords()).isEqualTo(ExchangeDefinition.InvalidRecords.QUARANTINE);
    }

    @Test
    void aBadFileIsReportedWithLineAndFieldAndTheOthersStillLoad() throws IOException {
        write("heritage-sites-to-ministry.yaml", GOOD);
        write("broken.yaml", GOOD.replace("id: heritage-sites-to-ministry", "id: broken")
                .replace("batch-size: 250", "batch-size: 0")
                .replace("connector: lgsp", "connector: ngsp")
                .replace("invalid-records: quarantine", "invalid-records: ignore"));

        ExchangeCatalog catalog = loader.loadAll(routes);

        assertThat(catalog.exchanges()).extracting(ExchangeDefinition::id).containsExactly("heritage-sites-to-ministry");
        assertThat(catalog.errors()).extracting(DefinitionError::file, DefinitionError::line, DefinitionError::field)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("broken.yaml", 14, "target.batch-size"),
                        org.assertj.core.groups.Tuple.tuple("broken.yaml", 16, "invalid-records"));
        assertThat(catalog.errors().get(0).messageVi()).isNotBlank();
        assertThat(catalog.errors().get(0).messageEn()).isNotBlank();
    }

    @Test
    void checksTheInstallationOnceTheSchemaIsSatisfied() throws IOException {
        write("other.yaml", GOOD.replace("id: heritage-sites-to-ministry", "id: wrong-id")
                .replace("connector: lgsp", "connector: ngsp")
                .replace("datasource: heritage", "datasource: museum")
                .replace("query: sql/heritage-sites.sql", "query: sql/missing.sql")
                .replace("\"0 0 1 * * ?\"", "\"0 0 25 * * ?\""));

        ExchangeCatalog catalog = loader.loadAll(routes);

        assertThat(catalog.exchanges()).isEmpty();
        assertThat(catalog.errors()).extracting(DefinitionError::field, DefinitionError::line).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("id", 1),
                org.assertj.core.groups.Tuple.tuple("source.datasource", 6),
                org.assertj.core.groups.Tuple.tuple("source.query", 7),
                org.assertj.core.groups.Tuple.tuple("target.connector", 11),
                org.assertj.core.groups.Tuple.tuple("schedule", 15));
        assertThat(catalog.errors()).filteredOn(e -> e.field().equals("target.connector")).first()
                .satisfies(e -> assertThat(e.describe()).contains("other.yaml:11", "hub.connectors.ngsp"));
    }

    @Test
    void refusesHostileOrBrokenYaml() throws IOException {
        write("alias-bomb.yaml", """
                a: &a ["x","x","x","x","x","x","x","x","x"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                """);
        write("not-yaml.yaml", "id: x\n  title: [unclosed\n");
        write("escape.yaml", GOOD.replace("id: heritage-sites-to-ministry", "id: escape")
                .replace("query: sql/heritage-sites.sql", "query: ../../etc/passwd.sql"));

        ExchangeCatalog catalog = loader.loadAll(routes);

        assertThat(catalog.exchanges()).isEmpty();
        assertThat(catalog.errors()).extracting(DefinitionError::file).contains("alias-bomb.yaml", "not-yaml.yaml", "escape.yaml");
        assertThat(catalog.errors()).filteredOn(e -> e.file().equals("not-yaml.yaml")).first()
                .satisfies(e -> assertThat(e.line()).isEqualTo(2));
        assertThat(catalog.errors()).filteredOn(e -> e.file().equals("escape.yaml")).first()
                .satisfies(e -> assertThat(e.field()).isEqualTo("source.query"));
    }

    @Test
    void aVnptExchangeNamesItsTranCodeOrTheConnectorGivesOne() throws IOException {
        ExchangeDefinitionLoader vnpt = new ExchangeDefinitionLoader(new SchemaCatalog(),
                Installation.of(Set.of("heritage"), Set.of("lgsp", "lgsp-vnpt")).withConnectorRules(Set.of(), Set.of("lgsp-vnpt")));
        write("heritage-sites-to-ministry.yaml", GOOD.replace("  batch-size: 250\n", "  batch-size: 250\n  tran-code: VHTTDL_DI_TICH\n"));
        write("without-tran-code.yaml", GOOD.replace("id: heritage-sites-to-ministry", "id: without-tran-code")
                .replace("connector: lgsp", "connector: lgsp-vnpt"));
        write("bad-tran-code.yaml", GOOD.replace("id: heritage-sites-to-ministry", "id: bad-tran-code")
                .replace("  batch-size: 250\n", "  batch-size: 250\n  tran-code: \"mã có dấu\"\n"));

        ExchangeCatalog catalog = vnpt.loadAll(routes);

        assertThat(catalog.find("heritage-sites-to-ministry").orElseThrow().target().tranCode()).isEqualTo("VHTTDL_DI_TICH");
        assertThat(catalog.errors()).extracting(DefinitionError::file, DefinitionError::field)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("without-tran-code.yaml", "target"),
                        org.assertj.core.groups.Tuple.tuple("bad-tran-code.yaml", "target.tran-code"));
        assertThat(catalog.errors()).filteredOn(e -> e.file().equals("without-tran-code.yaml")).first()
                .satisfies(e -> assertThat(e.describe()).contains("tran-code").contains("routing.tran-code"));
    }

    private static final String REST = """
            id: accommodations-from-tourism-api
            title: Cơ sở lưu trú (API du lịch thông minh)
            dataset: tourism-accommodation
            source:
              type: rest
              endpoint: tourism-api
              path: /du-lich/api/v1/co-so-luu-tru
              items: /data
              next-cursor: /paging/nextCursor
              since-param: updatedSince
              cursor: updated_at
              key: id
              fields:
                id: /maCoSo
                commune_code: /viTri/maXa
                updated_at: /ngayCapNhat
            target:
              connector: lgsp
              path: /vhttdl/1.0/co-so-luu-tru
              format: ministry/tourism-accommodation/v1
            """;

    private static final String FILE = """
            id: accommodations-from-spreadsheets
            title: Cơ sở lưu trú (bảng tính của đơn vị)
            dataset: tourism-accommodation
            source:
              type: file
              inbox: units
              key: id
              fields:
                id: Mã cơ sở
                name: Tên cơ sở
            target:
              connector: lgsp
              path: /vhttdl/1.0/co-so-luu-tru
              format: ministry/tourism-accommodation/v1
            """;

    private final ExchangeDefinitionLoader sourcesLoader = new ExchangeDefinitionLoader(new SchemaCatalog(),
            Installation.of(Set.of("heritage"), Set.of("lgsp")).withSources(Set.of("tourism-api"), Set.of("units")));

    @Test
    void loadsARestPullAndAFileDropSource() throws IOException {
        write("accommodations-from-tourism-api.yaml", REST);
        write("accommodations-from-spreadsheets.yaml", FILE);

        ExchangeCatalog catalog = sourcesLoader.loadAll(routes);

        assertThat(catalog.errors()).isEmpty();
        ExchangeDefinition rest = catalog.find("accommodations-from-tourism-api").orElseThrow();
        assertThat(rest.source().type()).isEqualTo("rest");
        assertThat(rest.source().incremental()).isTrue();
        assertThat(rest.source().rest().cursorParam()).isEqualTo("cursor");
        assertThat(rest.source().rest().pageSizeParam()).isEqualTo("limit");
        assertThat(rest.source().rest().fields()).containsEntry("commune_code", "/viTri/maXa");
        ExchangeDefinition file = catalog.find("accommodations-from-spreadsheets").orElseThrow();
        assertThat(file.source().file().inbox()).isEqualTo("units");
        assertThat(file.source().file().fields()).containsEntry("id", "Mã cơ sở");
        assertThat(file.source().incremental()).isFalse();
    }

    @Test
    void eachSourceTypeNeedsItsOwnFieldsNamedWithFileAndLine() throws IOException {
        write("rest-no-items.yaml", REST.replace("id: accommodations-from-tourism-api", "id: rest-no-items")
                .replace("  items: /data\n", ""));
        write("file-no-inbox.yaml", FILE.replace("id: accommodations-from-spreadsheets", "id: file-no-inbox")
                .replace("  inbox: units\n", ""));
        write("jdbc-no-query.yaml", GOOD.replace("id: heritage-sites-to-ministry", "id: jdbc-no-query")
                .replace("  query: sql/heritage-sites.sql\n", ""));

        ExchangeCatalog catalog = sourcesLoader.loadAll(routes);

        assertThat(catalog.exchanges()).isEmpty();
        assertThat(catalog.errors()).extracting(DefinitionError::file, DefinitionError::field, DefinitionError::line)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("rest-no-items.yaml", "source.items", 4),
                        org.assertj.core.groups.Tuple.tuple("file-no-inbox.yaml", "source.inbox", 4),
                        org.assertj.core.groups.Tuple.tuple("jdbc-no-query.yaml", "source.query", 4));
        assertThat(catalog.errors()).allSatisfy(e -> {
            assertThat(e.messageVi()).contains("thiếu trường bắt buộc");
            assertThat(e.messageEn()).contains("required");
        });
    }

    @Test
    void checksRestAndFileSourcesAgainstTheInstallation() throws IOException {
        write("accommodations-from-tourism-api.yaml", REST.replace("endpoint: tourism-api", "endpoint: tourism")
                .replace("  since-param: updatedSince\n", "")
                .replace("commune_code: /viTri/maXa", "commune_code: viTri.maXa"));
        write("accommodations-from-spreadsheets.yaml", FILE.replace("inbox: units", "inbox: donvi")
                .replace("  key: id\n", "  key: id\n  cursor: updated_at\n"));

        ExchangeCatalog catalog = sourcesLoader.loadAll(routes);

        assertThat(catalog.exchanges()).isEmpty();
        assertThat(catalog.errors()).extracting(DefinitionError::file, DefinitionError::field, DefinitionError::line)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("accommodations-from-tourism-api.yaml", "source.endpoint", 6),
                        org.assertj.core.groups.Tuple.tuple("accommodations-from-tourism-api.yaml", "source.cursor", 10),
                        org.assertj.core.groups.Tuple.tuple("accommodations-from-tourism-api.yaml", "source.fields.commune_code", 14),
                        org.assertj.core.groups.Tuple.tuple("accommodations-from-spreadsheets.yaml", "source.inbox", 6),
                        org.assertj.core.groups.Tuple.tuple("accommodations-from-spreadsheets.yaml", "source.cursor", 8));
        assertThat(catalog.errors()).filteredOn(e -> e.field().equals("source.endpoint")).first()
                .satisfies(e -> assertThat(e.describe()).contains("hub.rest-sources.tourism"));
    }
}
