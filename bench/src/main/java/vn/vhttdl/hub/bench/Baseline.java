package vn.vhttdl.hub.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The baseline: the simplest fast program a developer would write for the same job, with none of
 * the hub's guarantees. It streams the rows with JDBC (fetch size, autocommit off), maps each to
 * the ministry's field names with Jackson, and POSTs batches of the same size over the JDK's
 * pooled HTTP client, a few batches in flight. No text repair, validation, schema check, content
 * hash, queue, ledger or audit: what is left is the floor any implementation pays.
 *
 * <p>Talks to the driver on stdout: {@code BENCH START} when it begins reading, {@code BENCH
 * DONE records=.. batches=.. bytes=..} once the last batch is acknowledged. With {@code --passes
 * N} it reads the table N times in the same JVM (the later passes run JIT-compiled code, as the
 * hub's later runs do), each pass after a line on stdin from the driver; with {@code --hold} it
 * then waits for stdin to close, so the driver can read its CPU time and peak RSS while it is
 * still alive.
 *
 * <pre>java -cp bench.jar vn.vhttdl.hub.bench.Baseline --url jdbc:postgresql://127.0.0.1:5432/bench_source
 *     --user postgres --sql bench/routes/sql/heritage-bench.sql --target http://127.0.0.1:9000/bench/di-tich</pre>
 */
public final class Baseline {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter OFFSET_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final Map<String, String> RANKING = Map.of(
            "Cấp tỉnh", "CAP_TINH", "Quốc gia", "QUOC_GIA", "Quốc gia đặc biệt", "QUOC_GIA_DAC_BIET");
    private static final Map<String, String> TYPE = Map.of(
            "Lịch sử", "LICH_SU", "Kiến trúc nghệ thuật", "KIEN_TRUC_NGHE_THUAT", "Khảo cổ", "KHAO_CO",
            "Danh lam thắng cảnh", "DANH_LAM_THANG_CANH");

    /** One record in the ministry's field names, as Jackson writes it. */
    public record Site(String sourceKey, String maDiTich, String tenDiTich, String capXepHang, String loaiHinh,
            String soQuyetDinhXepHang, String maTinh, String maXa, String tenXa, String diaChi, BigDecimal viDo,
            BigDecimal kinhDo, String moTa, String ngayCapNhat) {
    }

    /** The batch envelope, the same shape the hub sends. */
    public record Batch(String batchId, String exchange, String dataset, String format, String sentAt, List<Site> records) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI target;
    private final Semaphore inFlight;
    private final int maxInFlight;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private long batches;
    private long bytes;

    private Baseline(URI target, int maxInFlight) {
        this.target = target;
        this.maxInFlight = maxInFlight;
        this.inFlight = new Semaphore(maxInFlight);
    }

    public static void main(String[] args) throws Exception {
        Args a = Args.parse(args);
        String sql = Files.readString(Path.of(a.required("sql"))).replace(":since", "?");
        Baseline baseline = new Baseline(URI.create(a.required("target")), a.integer("in-flight", 4));
        BufferedReader driver = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int passes = a.integer("passes", 1);
        for (int pass = 1; pass <= passes; pass++) {
            if (pass > 1 && driver.readLine() == null) {
                return; // the driver gave up
            }
            baseline.batches = 0;
            baseline.bytes = 0;
            System.out.println("BENCH START");
            System.out.flush();
            long records = baseline.run(a.required("url"), a.value("user", "postgres"), a.value("password", ""), sql,
                    a.integer("fetch-size", 1000), a.integer("batch-size", 500));
            System.out.println("BENCH DONE records=" + records + " batches=" + baseline.batches + " bytes=" + baseline.bytes);
            System.out.flush();
        }
        if (a.flag("hold")) {
            // the driver closes stdin after reading /proc; until then the process must stay alive
            while (driver.read() >= 0) {
                // discard
            }
        }
    }

    private long run(String url, String user, String password, String sql, int fetchSize, int batchSize)
            throws SQLException, IOException, InterruptedException {
        long records = 0;
        List<Site> batch = new ArrayList<>(batchSize);
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            // PostgreSQL streams with a fetch size only inside a transaction
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(fetchSize);
                statement.setObject(1, LocalDateTime.of(1900, 1, 1, 0, 0));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        batch.add(site(rows));
                        records++;
                        if (batch.size() == batchSize) {
                            send(batch);
                            batch = new ArrayList<>(batchSize);
                        }
                    }
                }
            }
            connection.rollback();
        }
        if (!batch.isEmpty()) {
            send(batch);
        }
        // every permit back means every batch acknowledged; handed back for the next pass
        inFlight.acquire(maxInFlight);
        inFlight.release(maxInFlight);
        if (failure.get() != null) {
            throw new IOException("a batch failed", failure.get());
        }
        return records;
    }

    private static Site site(ResultSet rows) throws SQLException {
        String id = rows.getString("id");
        LocalDateTime updated = rows.getObject("updated_at", LocalDateTime.class);
        return new Site(id, id, rows.getString("name"),
                RANKING.getOrDefault(rows.getString("ranking_level"), "CHUA_XEP_HANG"),
                TYPE.get(rows.getString("heritage_type")),
                rows.getString("ranking_decision"), "24",
                rows.getString("commune_code"), rows.getString("commune_name"), rows.getString("address"),
                rows.getBigDecimal("latitude"), rows.getBigDecimal("longitude"), rows.getString("description"),
                OFFSET_DATE_TIME.format(updated.atOffset(ZoneOffset.UTC).atZoneSameInstant(VIETNAM)));
    }

    private void send(List<Site> records) throws IOException, InterruptedException {
        if (failure.get() != null) {
            throw new IOException("a batch failed", failure.get());
        }
        batches++;
        String batchId = "baseline-" + batches;
        byte[] body = json.writeValueAsBytes(new Batch(batchId, "heritage-bench", "heritage-site",
                "ministry/heritage-site/v1", OffsetDateTime.now(VIETNAM).truncatedTo(ChronoUnit.SECONDS).toString(), records));
        bytes += body.length;
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", batchId)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        inFlight.acquire();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
            if (error != null) {
                failure.compareAndSet(null, error);
            } else if (response.statusCode() != 200) {
                failure.compareAndSet(null, new IOException(batchId + ": HTTP " + response.statusCode()));
            }
            inFlight.release();
        });
    }
}
