package org.ddf.api.job;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The job kinds a service knows: those declared in {@code ddf.jobs.kinds} (the platform's kinds, run by any of its
 * services) and those of its own {@link JobHandler} beans (the kinds its worker runs).
 */
@Component
public class JobKinds {

    private final Map<String, JobHandler> handlers = new HashMap<>();
    private final Set<String> known;

    /**
     * Collects the kinds.
     *
     * @param handlers the service's handlers, at most one per kind
     * @param properties the declared kinds
     * @throws IllegalStateException when two handlers claim the same kind
     */
    public JobKinds(List<JobHandler> handlers, JobProperties properties) {
        for (JobHandler handler : handlers) {
            JobHandler previous = this.handlers.putIfAbsent(handler.kind(), handler);
            if (previous != null) {
                throw new IllegalStateException("two handlers for job kind '" + handler.kind() + "': "
                        + previous.getClass().getName() + " and " + handler.getClass().getName());
            }
        }
        Set<String> all = new TreeSet<>(properties.kinds());
        all.addAll(this.handlers.keySet());
        this.known = Set.copyOf(all);
    }

    /** Returns every kind this service accepts at submission. */
    public Set<String> known() {
        return new TreeSet<>(known);
    }

    /** Returns the kinds this service's worker runs. */
    public Set<String> runnable() {
        return new TreeSet<>(handlers.keySet());
    }

    /**
     * Finds the local handler of a kind.
     *
     * @param kind the kind
     * @return the handler, empty when another service runs this kind
     */
    public Optional<JobHandler> handler(String kind) {
        return Optional.ofNullable(handlers.get(kind));
    }

    /**
     * Checks that a kind is known.
     *
     * @param kind the kind asked for
     * @throws UnknownJobKindException when it is not
     */
    public void require(String kind) {
        if (kind == null || !known.contains(kind)) {
            throw new UnknownJobKindException(kind, known);
        }
    }
}
