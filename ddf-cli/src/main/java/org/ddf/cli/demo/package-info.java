/** {@code ./ddf demo}: the platform's main job end to end over REST, on simulated data whose truth is known. */
package org.ddf.cli.demo;
