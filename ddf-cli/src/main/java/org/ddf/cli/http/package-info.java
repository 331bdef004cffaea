/** A small JSON client of the platform's REST API (JDK HttpClient + Jackson). */
package org.ddf.cli.http;
