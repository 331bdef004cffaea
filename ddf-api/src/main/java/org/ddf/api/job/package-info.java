/**
 * The job queue: submission with idempotency keys, claims with {@code FOR UPDATE SKIP LOCKED} and leases, the
 * per-service worker and the handler contract through which features add job kinds.
 */
package org.ddf.api.job;
