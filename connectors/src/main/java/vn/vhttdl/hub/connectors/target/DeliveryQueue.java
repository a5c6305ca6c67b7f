package vn.vhttdl.hub.connectors.target;

/**
 * Where one exchange's batches wait and where those that cannot be delivered go: what every
 * delivery route needs whatever its target.
 *
 * @param exchangeId    the exchange; routes are named {@code <exchangeId>-deliver} and {@code <exchangeId>-call}
 * @param queueUri      the Camel endpoint of the delivery queue (transacted)
 * @param deadLetterUri where batches go when delivery fails for good
 * @param retry         redelivery policy for transient failures
 */
public record DeliveryQueue(String exchangeId, String queueUri, String deadLetterUri, RetryPolicy retry) {
}
