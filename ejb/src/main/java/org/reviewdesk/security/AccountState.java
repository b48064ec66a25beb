package org.reviewdesk.security;

/** Whether an account can be used, as the administrator's screens show it. */
public enum AccountState {
    ENABLED("Enabled"),
    /** Enabled, but its holder has not chosen a password through the invitation link yet. */
    INVITED("Invited, no password yet"),
    DISABLED("Disabled");

    private final String label;

    AccountState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
