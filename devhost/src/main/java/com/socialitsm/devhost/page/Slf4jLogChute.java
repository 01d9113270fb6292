package com.socialitsm.devhost.page;

import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.runtime.log.LogChute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Velocity's log to SLF4J (Velocity 1.7 would otherwise write velocity.log into the working directory). */
final class Slf4jLogChute implements LogChute {
    private static final Logger LOG = LoggerFactory.getLogger("velocity");

    @Override
    public void init(RuntimeServices services) {
    }

    @Override
    public void log(int level, String message) {
        log(level, message, null);
    }

    @Override
    public void log(int level, String message, Throwable t) {
        switch (level) {
            case ERROR_ID -> LOG.error(message, t);
            case WARN_ID -> LOG.warn(message, t);
            case INFO_ID -> LOG.debug(message, t);
            default -> LOG.trace(message, t);
        }
    }

    @Override
    public boolean isLevelEnabled(int level) {
        return switch (level) {
            case ERROR_ID -> LOG.isErrorEnabled();
            case WARN_ID -> LOG.isWarnEnabled();
            case INFO_ID -> LOG.isDebugEnabled();
            default -> LOG.isTraceEnabled();
        };
    }
}
