package com.socialitsm.web.rest;

/** The JSON body of every error answer. */
public record ApiError(String error, String message) {
}
