package vn.vhttdl.hub.connectors.dvcqg;

import java.util.List;

/**
 * The portal answered and refused the call with a business error ({@code error_code} other than
 * success): invalid data, a dossier that does not exist, an unknown unit code. Sending the same
 * records again gets the same answer, except for "already exists", which the add-or-update rule
 * handles and which is therefore worth a retry if it ever surfaces here.
 */
public class DvcqgRejectedException extends DvcqgException {

    private final String errorCode;
    private final String portalMessage;
    private final List<String> dossierCodes;

    /**
     * @param portalMessage the portal's message, personal data already masked
     * @param dossierCodes  the MaHoSo of the records the call carried (mã hồ sơ identifies a case, not a person)
     */
    public DvcqgRejectedException(String service, String errorCode, String portalMessage, List<String> dossierCodes) {
        super(service, "refused with error_code " + errorCode
                + (portalMessage.isEmpty() ? "" : " (" + portalMessage + ")")
                + (dossierCodes.isEmpty() ? "" : " for MaHoSo " + dossierCodes), null);
        this.errorCode = errorCode;
        this.portalMessage = portalMessage;
        this.dossierCodes = List.copyOf(dossierCodes);
    }

    public String errorCode() {
        return errorCode;
    }

    public String portalMessage() {
        return portalMessage;
    }

    public List<String> dossierCodes() {
        return dossierCodes;
    }

    /** @return whether the portal said the dossier already exists ("đã tồn tại") */
    public boolean alreadyExists() {
        return DvcqgErrorCode.isAlreadyExists(errorCode);
    }
}
