/** Which database a service uses (an embedded PostgreSQL when none is configured) and JSON column conversion. */
package org.ddf.api.db;
