/** The outputs of jobs (traces, reports, figures), by job and name. */
package org.ddf.api.result;
