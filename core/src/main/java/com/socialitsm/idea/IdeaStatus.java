package com.socialitsm.idea;

import java.util.Optional;

/** Where an idea stands, set by agents. The code is stored in IDEA.STATUS and is what REST answers. */
public enum IdeaStatus {
    OPEN("open"),
    UNDER_REVIEW("under-review"),
    PLANNED("planned"),
    DONE("done"),
    DECLINED("declined");

    private final String code;

    IdeaStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The status for a code such as {@code "under-review"} (also {@code under_review}); empty for anything else. */
    public static Optional<IdeaStatus> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        for (IdeaStatus status : values()) {
            if (status.code.equals(wanted)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
