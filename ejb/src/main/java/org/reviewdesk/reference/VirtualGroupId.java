package org.reviewdesk.reference;

/** The ID of an approved virtual group. */
public record VirtualGroupId(String value) {

    public static final String FIELD = "Virtual Group ID";

    public VirtualGroupId {
        value = EntityId.validated(value, FIELD, "VG123456");
    }

    public static VirtualGroupId parse(String text) {
        return new VirtualGroupId(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
