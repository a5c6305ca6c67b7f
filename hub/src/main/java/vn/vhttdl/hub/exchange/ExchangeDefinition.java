package vn.vhttdl.hub.exchange;

import java.nio.file.Path;
import java.util.Map;

/**
 * One exchange, as an administrator defined it in {@code routes/<id>.yaml}, checked and resolved.
 *
 * @param id             unique id, the file name without {@code .yaml}
 * @param title          what the console shows
 * @param dataset        canonical dataset id
 * @param enabled        whether schedules fire (manual runs are always allowed)
 * @param source         where the records come from
 * @param target         where they go
 * @param schedule       Quartz cron in Asia/Ho_Chi_Minh, or null for on demand only
 * @param invalidRecords what a bad record does to the run
 * @param file           the definition file
 */
public record ExchangeDefinition(String id, String title, String dataset, boolean enabled, Source source, Target target,
        String schedule, InvalidRecords invalidRecords, Path file) {

    /**
     * @param type       {@code jdbc}, {@code rest} or {@code file}
     * @param datasource jdbc: name under {@code hub.datasources}
     * @param query      jdbc: the SQL text, read from the file the definition names
     * @param queryFile  jdbc: that file
     * @param cursor     watermark column, or null for a full extraction every run
     * @param key        record key column
     * @param fetchSize  jdbc: rows per round trip, or 0 for the datasource's setting
     * @param rest       rest: the API resource and its paging, else null
     * @param file       file: the inbox and the header mapping, else null
     */
    public record Source(String type, String datasource, String query, Path queryFile, String cursor, String key,
            int fetchSize, Rest rest, File file) {

        /** A JDBC source. */
        public Source(String type, String datasource, String query, Path queryFile, String cursor, String key,
                int fetchSize) {
            this(type, datasource, query, queryFile, cursor, key, fetchSize, null, null);
        }

        public boolean incremental() {
            return cursor != null;
        }
    }

    /**
     * A REST-pull source: a paged JSON resource of an API under {@code hub.rest-sources}.
     *
     * @param endpoint      name under {@code hub.rest-sources}
     * @param path          resource appended to the endpoint's base URL
     * @param items         JSON pointer of the items array in a page
     * @param nextCursor    JSON pointer of the next page's cursor
     * @param cursorParam   query parameter that carries the cursor
     * @param pageSizeParam query parameter of the page size
     * @param sinceParam    query parameter of the watermark, or null
     * @param fields        canonical column → JSON pointer in an item; empty: the item's own field names
     */
    public record Rest(String endpoint, String path, String items, String nextCursor, String cursorParam,
            String pageSizeParam, String sinceParam, Map<String, String> fields) {
    }

    /**
     * A file-drop source: spreadsheets dropped in an inbox under {@code hub.file-sources}.
     *
     * @param inbox  name under {@code hub.file-sources}
     * @param fields canonical column → header text; empty: the headers are canonical names
     */
    public record File(String inbox, Map<String, String> fields) {
    }

    /**
     * @param connector name under {@code hub.connectors}
     * @param path      resource appended to the connector's base URL
     * @param format    target format and schema, e.g. {@code ministry/heritage-site/v1}
     * @param batchSize records per delivery
     * @param tranCode  {@code TRAN_CODE} of the calls, for a VNPT-built LGSP (the platform's code of this
     *                  service); null: the connector's {@code routing.tran-code}
     */
    public record Target(String connector, String path, String format, int batchSize, String tranCode) {
    }

    /** {@code quarantine}: set bad records aside and go on; {@code fail-run}: stop the run at the first. */
    public enum InvalidRecords { QUARANTINE, FAIL_RUN }
}
