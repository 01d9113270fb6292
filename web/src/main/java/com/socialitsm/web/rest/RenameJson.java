package com.socialitsm.web.rest;

/** Request body of POST /admin/hashtags/rename: {@code {"from": "wlan", "to": "WiFi"}}. */
public record RenameJson(String from, String to) {
}
