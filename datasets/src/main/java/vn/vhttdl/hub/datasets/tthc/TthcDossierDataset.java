package vn.vhttdl.hub.datasets.tthc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.vhttdl.hub.datasets.MappedDataset;
import vn.vhttdl.hub.datasets.RecordReport;
import vn.vhttdl.hub.datasets.SourceRow;

/**
 * The {@code tthc-dossier} dataset: administrative-procedure dossiers (hồ sơ TTHC) of the
 * department's one-stop system, sent to the national portal with {@code DongBoHoSoMC}
 * ({@code dvcqg/dong-bo-ho-so/v1}).
 *
 * <p>Source rows use the canonical columns {@code dossier_code, procedure_code, procedure_name,
 * field_code, field_name, channel, applicant_type, applicant_name, applicant_document_number,
 * applicant_code, other_info, email, fax, phone, summary, status, submitted_at, received_at,
 * due_at, refused_at, processing_ended_at, returned_at, return_info, result_by_post,
 * handling_unit, note, submission_place, has_digitised_components, vneid_verified, paid_online,
 * updated_at}, and five JSON-array columns the query aggregates from the child tables:
 * <ul>
 *   <li>{@code identifiers}: {@code [{"type":1,"number":"001099012345"}]}</li>
 *   <li>{@code submitted_documents}: {@code [{"file_id","file_name","deleted","component_code",
 *       "download_url","digitised","reusable","from_national_store","replaces_result_code"}]}</li>
 *   <li>{@code fees}: {@code [{"code","name","kind","collection_stage","amount"}]}</li>
 *   <li>{@code result_documents}: {@code [{"document_id","name","component_code","file_url","result_code"}]}</li>
 *   <li>{@code connected_databases}: {@code ["CSDLQGDC"]} (or objects with {@code code})</li>
 * </ul>
 * Codes (status, channel, applicant type, identifier type, collection stage) are read by {@link
 * DvcqgCodes}; dates by {@link DvcqgDates}; phones and ID numbers lose their spaces and dots.
 */
public final class TthcDossierDataset extends MappedDataset<TthcDossier> {

    /** The dataset id that exchange definitions name. */
    public static final String ID = "tthc-dossier";

    private final DvcqgDongBoHoSoV1 dongBoHoSo = new DvcqgDongBoHoSoV1();

    public TthcDossierDataset() {
        super(ID, TthcDossier.class, DvcqgDongBoHoSoV1.FORMAT);
    }

    @Override
    protected TthcDossier read(SourceRow source, RecordReport report) {
        return new TthcDossier(
                source.text("dossier_code", "dossierCode"),
                source.text("procedure_code", "procedureCode"),
                source.text("procedure_name", "procedureName"),
                source.text("field_code", "fieldCode"),
                source.text("field_name", "fieldName"),
                code(source, SubmissionChannel.class, DvcqgCodeList.KENH_THUC_HIEN, "channel", "channel", report),
                code(source, ApplicantType.class, DvcqgCodeList.LOAI_DOI_TUONG, "applicant_type", "applicantType", report),
                source.text("applicant_name", "applicantName"),
                withoutSpaces(source.text("applicant_document_number", "applicantDocumentNumber")),
                source.text("applicant_code", "applicantCode"),
                source.text("other_info", "otherInfo"),
                source.text("email", "email"),
                withoutSeparators(source.text("fax", "fax")),
                withoutSeparators(source.text("phone", "phone")),
                source.text("summary", "summary"),
                code(source, DossierStatus.class, DvcqgCodeList.TRANG_THAI_HO_SO, "status", "status", report),
                DvcqgDates.read(source, "submitted_at", "submittedAt", report),
                DvcqgDates.read(source, "received_at", "receivedAt", report),
                DvcqgDates.read(source, "due_at", "dueAt", report),
                DvcqgDates.read(source, "refused_at", "refusedAt", report),
                DvcqgDates.read(source, "processing_ended_at", "processingEndedAt", report),
                DvcqgDates.read(source, "returned_at", "returnedAt", report),
                source.text("return_info", "returnInfo"),
                SourceFlag.read(source.raw("result_by_post"), "resultByPost", report),
                source.text("handling_unit", "handlingUnit"),
                source.text("note", "note"),
                source.text("submission_place", "submissionPlace"),
                SourceFlag.read(source.raw("has_digitised_components"), "hasDigitisedComponents", report),
                SourceFlag.read(source.raw("vneid_verified"), "vneidVerified", report),
                SourceFlag.read(source.raw("paid_online"), "paidOnline", report),
                list(source, "identifiers", "identifiers", report, fields -> new PersonalIdentifier(
                        DvcqgCodes.read(IdentifierType.class, DvcqgCodeList.LOAI_DINH_DANH, fields.code("type"),
                                fields.field("type"), report),
                        withoutSeparators(fields.text("number")))),
                list(source, "submitted_documents", "submittedDocuments", report, fields -> new SubmittedDocument(
                        fields.text("file_id"), fields.text("file_name"), fields.flag("deleted"),
                        fields.text("component_code"), fields.text("download_url"), fields.flag("digitised"),
                        fields.flag("reusable"), fields.flag("from_national_store"), fields.text("replaces_result_code"))),
                list(source, "fees", "fees", report, fields -> new Fee(
                        fields.text("code"), fields.text("name"), fields.text("kind"),
                        DvcqgCodes.read(FeeCollectionStage.class, DvcqgCodeList.HINH_THUC_THU, fields.code("collection_stage"),
                                fields.field("collectionStage"), report),
                        fields.decimal("amount"))),
                list(source, "result_documents", "resultDocuments", report, fields -> new ResultDocument(
                        fields.text("document_id"), fields.text("name"), fields.text("component_code"),
                        fields.text("file_url"), fields.text("result_code"))),
                connectedDatabases(source, report),
                source.instant("updated_at", "updatedAt"));
    }

    @Override
    public String keyOf(TthcDossier record) {
        return record.dossierCode();
    }

    @Override
    protected Map<String, Object> map(String format, TthcDossier record) {
        return dongBoHoSo.map(record);
    }

    private static <E extends Enum<E> & DvcqgCode> E code(SourceRow source, Class<E> type, String listFile, String column,
            String field, RecordReport report) {
        Object raw = source.raw(column);
        Object value = raw instanceof CharSequence ? source.text(column, field) : raw;
        return DvcqgCodes.read(type, listFile, value, field, report);
    }

    /** Field names of the list elements are the canonical ones, e.g. {@code fees[1].collectionStage}. */
    private <T> List<T> list(SourceRow source, String column, String field, RecordReport report,
            Function<NestedFields, T> element) {
        List<JsonNode> elements = JsonListColumn.read(source, column, field, report);
        List<T> items = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            NestedFields fields = new NestedFields(elements.get(i), field + "[" + i + "]", report, textRepair);
            if (!fields.isObject()) {
                report.reject(field + "[" + i + "]", "Phần tử phải là một đối tượng JSON", "The element must be a JSON object");
                continue;
            }
            items.add(element.apply(fields));
        }
        return items;
    }

    private static List<String> connectedDatabases(SourceRow source, RecordReport report) {
        List<String> codes = new ArrayList<>();
        for (JsonNode element : JsonListColumn.read(source, "connected_databases", "connectedDatabases", report)) {
            JsonNode code = element.isObject() ? element.get("code") : element;
            codes.add(code == null || code.isNull() ? null : code.asText().strip());
        }
        return codes;
    }

    /** A tax number keeps its branch suffix ({@code 0101234567-001}); only spaces typed in are dropped. */
    static String withoutSpaces(String value) {
        return value == null ? null : value.replaceAll("\\s", "");
    }

    /** {@code 0912.345.678}, {@code 0912 345 678} and {@code 0912-345-678} are the same phone. */
    static String withoutSeparators(String value) {
        return value == null ? null : value.replaceAll("[\\s.()\\-]", "");
    }
}
