package vn.vhttdl.hub.exchange;

import java.nio.file.Path;

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
     * @param type       jdbc (rest and file come later)
     * @param datasource name under {@code hub.datasources}
     * @param query      the SQL text, read from the file the definition names
     * @param queryFile  that file
     * @param cursor     watermark column, or null for a full extraction every run
     * @param key        record key column
     * @param fetchSize  rows per round trip, or 0 for the datasource's setting
     */
    public record Source(String type, String datasource, String query, Path queryFile, String cursor, String key,
            int fetchSize) {

        public boolean incremental() {
            return cursor != null;
        }
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
