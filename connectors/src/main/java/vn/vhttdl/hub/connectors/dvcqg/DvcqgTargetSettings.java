package vn.vhttdl.hub.connectors.dvcqg;

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

    public DvcqgTargetSettings {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(client, "client");
        service = service == null ? "" : service.strip();
        if (service.startsWith("/")) {
            service = service.substring(1); // "/DongBoHoSoMC" reads as the service too
        }
        if (!DvcqgClient.DONG_BO_HO_SO.equals(service) && !DvcqgClient.CAP_NHAT_TIEN_DO.equals(service)) {
            throw new IllegalArgumentException("Luồng '" + queue.exchangeId() + "': target.path '" + service
                    + "' không phải dịch vụ DVCQG gửi được (" + DvcqgClient.DONG_BO_HO_SO + ", " + DvcqgClient.CAP_NHAT_TIEN_DO
                    + ") / exchange '" + queue.exchangeId() + "': target.path '" + service
                    + "' is not a DVCQG service the hub sends to (" + DvcqgClient.DONG_BO_HO_SO + ", "
                    + DvcqgClient.CAP_NHAT_TIEN_DO + ")");
        }
    }
}
