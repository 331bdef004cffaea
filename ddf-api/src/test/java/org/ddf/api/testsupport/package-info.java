/**
 * Test support shipped in ddf-api's test-jar for the services: the shared test PostgreSQL and a base class for
 * Spring tests that use it.
 */
package org.ddf.api.testsupport;
