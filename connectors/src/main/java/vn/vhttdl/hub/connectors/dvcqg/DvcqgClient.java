package vn.vhttdl.hub.connectors.dvcqg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vhttdl.hub.datasets.tthc.PersonalData;

/**
 * Client of the national public service portal's adapter (Cổng DVCQG). Every call is a JSON POST
 * to the service path carrying {@code session}, {@code madonvi} and {@code service}; the session
 * comes from a login with user name and password, is shared, and is renewed once when the portal
 * answers with a session-expired code ({@link DvcqgSettings#sessionExpiredCodes()}).
 *
 * <p>Outcomes are read from {@code error_code} only ({@link DvcqgErrorCode}). Failures are
 * {@link DvcqgException}s; {@link DvcqgErrorClassifier} says which are worth a retry.
 *
 * <p>Records are the JSON objects of the {@code dvcqg/*} formats. The hub's own keys
 * ({@code sourceKey}, {@code idempotencyKey}) are not the portal's and are not sent.
 *
 * <p>Thread-safe. Never logs the password, the session or a record (which holds personal data).
 */
public final class DvcqgClient {

    /** Đồng bộ hồ sơ một cửa: add or update dossiers. */
    public static final String DONG_BO_HO_SO = "DongBoHoSoMC";
    /** Cập nhật tiến độ hồ sơ một cửa: add processing steps. */
    public static final String CAP_NHAT_TIEN_DO = "CapNhatTienDoHoSoMC";
    /** Tra cứu hồ sơ: look a dossier up by its code. */
    public static final String TRA_CUU_HO_SO = "TraCuuHoSo";

    private static final Logger LOG = LoggerFactory.getLogger(DvcqgClient.class);
    private static final Set<String> HUB_KEYS = Set.of("sourceKey", "idempotencyKey");

    private final DvcqgSettings settings;
    private final ObjectMapper json = new ObjectMapper();
    private final DvcqgHttp http;
    private final DvcqgSessions sessions;

    public DvcqgClient(DvcqgSettings settings) {
        this(settings, HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout())
                .build());
    }

    /** @param httpClient a client of the caller's (proxy, TLS settings); the settings' timeout still bounds each call */
    public DvcqgClient(DvcqgSettings settings, HttpClient httpClient) {
        this.settings = settings;
        this.http = new DvcqgHttp(httpClient, json, settings.timeout());
        this.sessions = new DvcqgSessions(settings, http, json);
    }

    /**
     * Sends dossiers with {@code DongBoHoSoMC}, in chunks of {@link DvcqgSettings#chunkSize()}:
     * each chunk as an add ({@code isUpdating "False"}); when the portal answers that a dossier
     * already exists ("3"/"-3"), the chunk's dossiers are added one by one and those that exist
     * are sent as updates ({@code isUpdating "True"}). Resending is therefore always safe.
     *
     * @param records {@code dvcqg/dong-bo-ho-so/v1} records
     * @throws DvcqgException the first failure; a {@link DvcqgPartialDeliveryException} when earlier chunks were accepted
     */
    public DossierSyncReport syncDossiers(List<? extends JsonNode> records) {
        List<String> added = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        int[] calls = {0};
        List<List<ObjectNode>> chunks = chunks(records);
        for (int i = 0; i < chunks.size(); i++) {
            try {
                addOrUpdate(chunks.get(i), added, updated, calls);
            } catch (DvcqgException failure) {
                throw i == 0 ? failure : new DvcqgPartialDeliveryException(DONG_BO_HO_SO, i, chunks.size(), failure);
            }
        }
        LOG.info("DVCQG {} {}: {} added, {} updated in {} call(s)", settings.madonvi(), DONG_BO_HO_SO, added.size(),
                updated.size(), calls[0]);
        return new DossierSyncReport(added, updated, calls[0]);
    }

    /**
     * Sends processing steps with {@code CapNhatTienDoHoSoMC}, in chunks of {@link
     * DvcqgSettings#chunkSize()}, in the order given (the portal shows them in arrival order).
     *
     * @param records {@code dvcqg/cap-nhat-tien-do/v1} records
     * @throws DvcqgException the first failure; a {@link DvcqgPartialDeliveryException} when earlier chunks were accepted
     */
    public ProgressReport pushProgress(List<? extends JsonNode> records) {
        List<List<ObjectNode>> chunks = chunks(records);
        for (int i = 0; i < chunks.size(); i++) {
            List<ObjectNode> chunk = chunks.get(i);
            try {
                DvcqgAnswer answer = send(CAP_NHAT_TIEN_DO, Map.of("data", array(chunk)));
                requireSuccess(answer, chunk);
            } catch (DvcqgException failure) {
                throw i == 0 ? failure : new DvcqgPartialDeliveryException(CAP_NHAT_TIEN_DO, i, chunks.size(), failure);
            }
        }
        LOG.info("DVCQG {} {}: {} step(s) in {} chunk(s)", settings.madonvi(), CAP_NHAT_TIEN_DO, records.size(), chunks.size());
        return new ProgressReport(records.size(), chunks.size());
    }

    /**
     * Looks a dossier up with {@code TraCuuHoSo}.
     *
     * @return the portal's record of it; empty when the portal does not hold it
     */
    public Optional<JsonNode> lookUpDossier(String dossierCode) {
        DvcqgAnswer answer = send(TRA_CUU_HO_SO, Map.of("mahoso", json.getNodeFactory().textNode(dossierCode)));
        requireSuccess(answer, List.of());
        JsonNode result = answer.body().path("result");
        if (result.isArray()) {
            return result.isEmpty() ? Optional.empty() : Optional.of(result.get(0));
        }
        return result.isObject() ? Optional.of(result) : Optional.empty();
    }

    /**
     * One service call with the session: {@code {"session","madonvi","service", ...payload}}. When
     * the portal refuses the session, logs in again and repeats the call once.
     *
     * @param payload the service's own fields ({@code isUpdating}, {@code data}, {@code mahoso}…)
     * @return the portal's answer, a business refusal included; only the session is handled here
     * @throws DvcqgException when the portal cannot be reached, answers nonsense, or refuses a fresh session
     */
    public DvcqgAnswer send(String service, Map<String, ? extends JsonNode> payload) {
        String session = sessions.current();
        DvcqgAnswer answer = post(service, session, payload);
        if (settings.sessionExpiredCodes().contains(answer.errorCode())) {
            LOG.info("DVCQG {} {}: session no longer valid (error_code {}), logging in again", settings.madonvi(), service,
                    answer.errorCode());
            answer = post(service, sessions.renew(session), payload);
            if (settings.sessionExpiredCodes().contains(answer.errorCode())) {
                throw new DvcqgSessionExpiredException(service, answer.errorCode());
            }
        }
        return answer;
    }

    /** @return records per service call: a partly delivered batch resumes after its accepted chunks */
    public int chunkSize() {
        return settings.chunkSize();
    }

    /** @return how many times this client logged in, for diagnostics */
    public int logins() {
        return sessions.logins();
    }

    private void addOrUpdate(List<ObjectNode> chunk, List<String> added, List<String> updated, int[] calls) {
        calls[0]++;
        DvcqgAnswer answer = send(DONG_BO_HO_SO, Map.of("isUpdating", text("False"), "data", array(chunk)));
        if (answer.isSuccess()) {
            added.addAll(dossierCodes(chunk));
            return;
        }
        if (!answer.isAlreadyExists()) {
            throw rejection(answer, chunk);
        }
        if (chunk.size() > 1) {
            // the answer does not say which dossier exists: find out one by one
            for (ObjectNode record : chunk) {
                addOrUpdate(List.of(record), added, updated, calls);
            }
            return;
        }
        calls[0]++;
        DvcqgAnswer update = send(DONG_BO_HO_SO, Map.of("isUpdating", text("True"), "data", array(chunk)));
        requireSuccess(update, chunk);
        updated.addAll(dossierCodes(chunk));
    }

    private DvcqgAnswer post(String service, String session, Map<String, ? extends JsonNode> payload) {
        ObjectNode body = json.createObjectNode();
        body.put("session", session);
        body.put("madonvi", settings.madonvi());
        body.put("service", service);
        payload.forEach(body::set);
        JsonNode answer = http.post(service, settings.resolve(settings.servicePath()), body);
        String code = DvcqgErrorCode.of(answer);
        if (code.isEmpty()) {
            throw new DvcqgProtocolException(service, "the answer has no error_code", null);
        }
        LOG.debug("DVCQG {} {}: error_code {}", settings.madonvi(), service, code);
        return new DvcqgAnswer(service, code, PersonalData.redact(answer.path("message").asText("")), answer);
    }

    private void requireSuccess(DvcqgAnswer answer, List<ObjectNode> records) {
        if (!answer.isSuccess()) {
            throw rejection(answer, records);
        }
    }

    private static DvcqgRejectedException rejection(DvcqgAnswer answer, List<ObjectNode> records) {
        return new DvcqgRejectedException(answer.service(), answer.errorCode(), answer.message(), dossierCodes(records));
    }

    /** Copies of the records without the hub's keys, in chunks of the configured size. */
    private List<List<ObjectNode>> chunks(List<? extends JsonNode> records) {
        List<List<ObjectNode>> chunks = new ArrayList<>();
        List<ObjectNode> current = new ArrayList<>();
        for (JsonNode record : records) {
            if (!record.isObject()) {
                throw new IllegalArgumentException("a DVCQG record must be a JSON object, not " + record.getNodeType());
            }
            ObjectNode forPortal = ((ObjectNode) record).deepCopy();
            forPortal.remove(HUB_KEYS);
            current.add(forPortal);
            if (current.size() == settings.chunkSize()) {
                chunks.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    private ArrayNode array(List<ObjectNode> records) {
        ArrayNode array = json.createArrayNode();
        records.forEach(array::add);
        return array;
    }

    private JsonNode text(String value) {
        return json.getNodeFactory().textNode(value);
    }

    private static List<String> dossierCodes(List<ObjectNode> records) {
        return records.stream().map(record -> record.path("MaHoSo").asText("")).toList();
    }

    @Override
    public String toString() {
        return "DvcqgClient[" + settings + "]";
    }
}
