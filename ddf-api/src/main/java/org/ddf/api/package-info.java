/**
 * ddf-api: the shared PostgreSQL store of the DynamicDeepFlow services; a service gets all of it with
 * {@code @Import(StoreConfiguration.class)}.
 */
package org.ddf.api;
