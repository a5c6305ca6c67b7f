package vn.vhttdl.hub.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;


import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vhttdl.hub.datasets.testing.DatasetCheck;
import vn.vhttdl.hub.datasets.testing.DemoSeed;
import vn.vhttdl.hub.schemas.SchemaViolation;

/**
 * Every demo seed of the new datasets ({@code hub/src/main/resources/demo/*.sql}) loads into H2,
 * is read through its exchange's own query ({@code routes/sql/*.sql}), and row by row exactly the
 * rows its header lists as invalid are refused, on the field it names; every other row becomes a
 * record the ministry schema accepts — the schema the sandbox's receiver validates with.
 */
class DemoSeedsTest {

    /** dataset id, seed file, route query, formats, name of the text a TCVN3 line lists */
    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of("museum-object", "museum-objects.sql", "museum-objects.sql", List.of("ministry/museum-object/v1"), "name"),
                Arguments.of("tour-guide", "tour-guides.sql", "tour-guides.sql", List.of("ministry/tour-guide/v1"), null),
                Arguments.of("tourism-accommodation", "accommodations.sql", "accommodations.sql",
                        List.of("ministry/tourism-accommodation/v1"), null),
                Arguments.of("tourist-attraction", "attractions.sql", "attractions.sql", List.of("ministry/tourist-attraction/v1"), null),
                Arguments.of("cultural-title", "cultural-titles.sql", "cultural-titles.sql", List.of("ministry/cultural-title/v1"),
                        "holderName"),
                Arguments.of("library-record", "library-records.sql", "library-records.sql",
                        List.of("ministry/library-record/v1", "ministry/library-marc/v1"), null),
                Arguments.of("sports-event", "sports-events.sql", "sports-events.sql", List.of("ministry/sports-event/v1"), null),
                Arguments.of("athlete", "athletes.sql", "athletes.sql", List.of("ministry/athlete/v1"), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void refusesExactlyTheListedRowsAndMapsEveryOtherToASchemaValidRecord(String datasetId, String seedFile, String query,
            List<String> formats, String tcvn3Field) {
        DemoSeed seed = DemoSeed.load(seedFile, query);
        check(Datasets.byId(datasetId).orElseThrow(), seed, formats);
    }

    private static <R> void check(DatasetType<R> dataset, DemoSeed seed, List<String> formats) {
        DatasetCheck<R> check = new DatasetCheck<>(dataset);
        List<Map<String, Object>> rows = seed.rows();
        assertThat(rows).hasSizeBetween(50, 200);
        assertThat(seed.listed("INVALID")).hasSizeBetween(5, 10);

        assertThat(check.refusedByKey(rows)).isEqualTo(DatasetCheck.expectedRefusals(seed));

        int valid = 0;
        List<String> keys = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            DatasetCheck.Outcome<R> outcome = check.read(row);
            keys.add(dataset.keyOf(outcome.record()));
            if (!outcome.valid()) {
                continue;
            }
            for (String format : formats) {
                List<SchemaViolation> violations = check.schemaViolations(format, outcome.record());
                assertThat(violations).as("%s %s", dataset.keyOf(outcome.record()), format).isEmpty();
            }
            valid++;
        }
        assertThat(keys).doesNotHaveDuplicates();
        assertThat(valid).isEqualTo(rows.size() - seed.listed("INVALID").size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void repairsTheRowsItListsAsTcvn3(String datasetId, String seedFile, String query, List<String> formats,
            String tcvn3Field) {
        DemoSeed seed = DemoSeed.load(seedFile, query);
        Map<String, String> listed = seed.listedWithText("TCVN3");
        if (tcvn3Field == null) {
            assertThat(listed).isEmpty();
            return;
        }
        assertThat(listed).hasSizeGreaterThanOrEqualTo(5);
        DatasetType<?> dataset = Datasets.byId(datasetId).orElseThrow();
        int repaired = 0;
        for (Map<String, Object> row : seed.rows()) {
            RecordReport report = new RecordReport();
            Object record = dataset.fromRow(row, report);
            String key = keyOf(dataset, record);
            if (listed.containsKey(key)) {
                assertThat(report.repairedFieldNames()).as(key).contains(tcvn3Field);
                assertThat(report.errors()).as(key).isEmpty();
                assertThat(textOf(record, tcvn3Field)).as(key).isEqualTo(listed.get(key));
                repaired++;
            }
        }
        assertThat(repaired).isEqualTo(listed.size());
    }

    @SuppressWarnings("unchecked")
    private static <R> String keyOf(DatasetType<R> dataset, Object record) {
        return dataset.keyOf((R) record);
    }

    private static String textOf(Object record, String component) {
        try {
            return (String) record.getClass().getMethod(component).invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("No component " + component + " on " + record.getClass(), e);
        }
    }

}
