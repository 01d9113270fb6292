package com.socialitsm.visit;

import java.util.Optional;

/** Where a desk visit stands. The code is stored in DESK_VISIT.STATE and is what REST answers. */
public enum VisitState {
    PENDING("pending"),
    CONFIRMED("confirmed");

    private final String code;

    VisitState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static Optional<VisitState> ofCode(String code) {
        for (VisitState state : values()) {
            if (state.code.equals(code)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
