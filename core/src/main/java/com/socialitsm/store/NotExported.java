package com.socialitsm.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity column that the administrator's data export leaves out: a secret the app needs in order to work
 * but that would, in anyone's hands, undo a privacy promise (an anonymous poll's ballot key links ballots to voters).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NotExported {
}
