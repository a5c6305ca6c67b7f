package vn.vhttdl.hub.exchange;

import java.util.Set;

/**
 * What this installation has configured, against which an exchange definition is checked: the
 * names it may refer to, and the connectors that set rules of their own for an exchange's target.
 *
 * @param datasources               {@code hub.datasources} names (JDBC sources)
 * @param restSources               {@code hub.rest-sources} names (paged JSON APIs)
 * @param fileSources               {@code hub.file-sources} names (CSV/XLSX inboxes)
 * @param connectors                {@code hub.connectors} names
 * @param portalConnectors          the connectors of type {@code dvcqg}: their exchanges' {@code target.path}
 *                                  must name a portal service, and {@code target.format} must be that service's
 * @param connectorsNeedingTranCode VNPT-style connectors with no default {@code TRAN_CODE}: an exchange
 *                                  on one of them must name its {@code target.tran-code}
 */
public record Installation(Set<String> datasources, Set<String> restSources, Set<String> fileSources,
        Set<String> connectors, Set<String> portalConnectors, Set<String> connectorsNeedingTranCode) {

    public Installation {
        datasources = Set.copyOf(datasources);
        restSources = Set.copyOf(restSources);
        fileSources = Set.copyOf(fileSources);
        connectors = Set.copyOf(connectors);
        portalConnectors = Set.copyOf(portalConnectors);
        connectorsNeedingTranCode = Set.copyOf(connectorsNeedingTranCode);
    }

    /** An installation with databases and plain REST connectors only. */
    public static Installation of(Set<String> datasources, Set<String> connectors) {
        return new Installation(datasources, Set.of(), Set.of(), connectors, Set.of(), Set.of());
    }

    /** @return this installation with these REST and file sources */
    public Installation withSources(Set<String> rest, Set<String> files) {
        return new Installation(datasources, rest, files, connectors, portalConnectors, connectorsNeedingTranCode);
    }

    /** @return this installation with these DVCQG connectors and VNPT connectors that need a tran-code */
    public Installation withConnectorRules(Set<String> portals, Set<String> needingTranCode) {
        return new Installation(datasources, restSources, fileSources, connectors, portals, needingTranCode);
    }
}
