/** Binary data of any size, stored and read back as a stream of {@code bytea} chunks. */
package org.ddf.api.blob;
