/** What the services' REST APIs share: problem+json errors, typed input errors and paging. */
package org.ddf.api.web;
