/**
 * JAX-RS resources of the REST API ({@code /rest/social/1.0}), one per feature, thin: parse, call one service
 * method, map the result to JSON records. Errors leave as {@link com.socialitsm.web.rest.ApiException}, turned into
 * {@code {"error", "message"}} bodies by {@link com.socialitsm.web.rest.ApiExceptionMapper}.
 */
package com.socialitsm.web.rest;
