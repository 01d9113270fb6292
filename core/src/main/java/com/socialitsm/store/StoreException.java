package com.socialitsm.store;

/**
 * A database failure surfaced by the store-standalone module's {@code EntityManagerStore}; the cause is the driver's
 * exception.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
