package vn.vhttdl.hub.exchange;

import java.util.List;
import java.util.Optional;

/**
 * The exchanges loaded from the routes folder, and the files that were refused.
 *
 * @param exchanges the valid definitions, in file-name order
 * @param errors    what was wrong with the others
 */
public record ExchangeCatalog(List<ExchangeDefinition> exchanges, List<DefinitionError> errors) {

    public ExchangeCatalog {
        exchanges = List.copyOf(exchanges);
        errors = List.copyOf(errors);
    }

    public Optional<ExchangeDefinition> find(String id) {
        return exchanges.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
