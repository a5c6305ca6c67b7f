package vn.vhttdl.hub.connectors.dvcqg;

import java.util.Map;
import java.util.Objects;
import vn.vhttdl.hub.connectors.target.DeliveryQueue;

/**
 * What one DVCQG delivery route needs.
 *
 * @param queue   the exchange's delivery and dead-letter queues and its retry policy
 * @param service the portal service the exchange's {@code target.path} names:
 *                {@value DvcqgClient#DONG_BO_HO_SO} or {@value DvcqgClient#CAP_NHAT_TIEN_DO}
 * @param client  the connector's client, shared by its exchanges (one session)
 */
public record DvcqgTargetSettings(DeliveryQueue queue, String service, DvcqgClient client) {

    /** The services the hub sends records to, with the format of the records each takes. */
    public static final Map<String, String> FORMAT_BY_SERVICE = Map.of(
            DvcqgClient.DONG_BO_HO_SO, "dvcqg/dong-bo-ho-so/v1",
            DvcqgClient.CAP_NHAT_TIEN_DO, "dvcqg/cap-nhat-tien-do/v1");

    /** @return the service an exchange's {@code target.path} names: {@code DongBoHoSoMC} and {@code /DongBoHoSoMC} alike */
    public static String serviceOf(String path) {
        String service = path == null ? "" : path.strip();
        return service.startsWith("/") ? service.substring(1) : service;
    }

    public DvcqgTargetSettings {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(client, "client");
        service = serviceOf(service);
        if (!FORMAT_BY_SERVICE.containsKey(service)) {
            throw new IllegalArgumentException("Luồng '" + queue.exchangeId() + "': target.path '" + service
                    + "' không phải dịch vụ DVCQG gửi được (" + DvcqgClient.DONG_BO_HO_SO + ", " + DvcqgClient.CAP_NHAT_TIEN_DO
                    + ") / exchange '" + queue.exchangeId() + "': target.path '" + service
                    + "' is not a DVCQG service the hub sends to (" + DvcqgClient.DONG_BO_HO_SO + ", "
                    + DvcqgClient.CAP_NHAT_TIEN_DO + ")");
        }
    }
}
