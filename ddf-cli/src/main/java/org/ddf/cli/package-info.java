/** The command-line client behind {@code ./ddf demo} and {@code ./ddf bench}. */
package org.ddf.cli;
