/** Versioned models per kind, their activation and the notification that makes serving services reload them. */
package org.ddf.api.model;
