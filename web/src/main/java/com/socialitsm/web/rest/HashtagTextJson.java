package com.socialitsm.web.rest;

/** Request body of POST /hashtags/extract: {@code {"text": "..."}}. */
public record HashtagTextJson(String text) {
}
