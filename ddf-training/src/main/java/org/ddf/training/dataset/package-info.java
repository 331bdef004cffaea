/** Data-set upload (streamed, checked by a reader of its kind, then stored), listing, download and deletion. */
package org.ddf.training.dataset;
