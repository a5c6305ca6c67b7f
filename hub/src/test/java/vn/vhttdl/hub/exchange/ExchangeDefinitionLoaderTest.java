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
        ExchangeDefinitionLoader withPortal = new ExchangeDefinitionLoader(new SchemaCatalog(), Set.of("one-stop"),
                Set.of("lgsp", "dvcqg"), Set.of("dvcqg"), Set.of());
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
        ExchangeDefinitionLoader vnpt = new ExchangeDefinitionLoader(new SchemaCatalog(), Set.of("heritage"),
                Set.of("lgsp", "lgsp-vnpt"), Set.of(), Set.of("lgsp-vnpt"));
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
}
