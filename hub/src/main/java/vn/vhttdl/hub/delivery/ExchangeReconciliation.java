package vn.vhttdl.hub.delivery;

/**
 * Where every record an exchange ever handed to its target stands, from the delivery ledger: the
 * answer to "did everything reach the ministry?" for the exchange as a whole.
 *
 * @param exchangeId   the exchange
 * @param delivered    records whose latest version the target acknowledged
 * @param pending      records queued and not yet acknowledged
 * @param deadLettered records whose latest version is in the dead-letter queue
 * @param quarantined  records the latest run set aside as invalid
 */
public record ExchangeReconciliation(String exchangeId, long delivered, long pending, long deadLettered, long quarantined) {
}
