package org.ddf.api.job;

import java.util.Set;
import java.util.TreeSet;
import org.ddf.api.web.InvalidRequestException;

/** A job submitted with a kind no service of the platform knows; a 400 naming {@code kind}. */
public class UnknownJobKindException extends InvalidRequestException {

    private final Set<String> knownKinds;

    /**
     * Creates the exception.
     *
     * @param kind the kind asked for
     * @param knownKinds the kinds that exist
     */
    public UnknownJobKindException(String kind, Set<String> knownKinds) {
        super("kind", "unknown job kind '" + kind + "'; known kinds: " + String.join(", ", new TreeSet<>(knownKinds)));
        this.knownKinds = Set.copyOf(knownKinds);
    }

    /** Returns the kinds that exist. */
    public Set<String> knownKinds() {
        return knownKinds;
    }
}
