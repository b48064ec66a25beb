package org.reviewdesk.reference;

/** The ID of an APM entity, such as {@code AR0437}. */
public record ApmEntityId(String value) {

    public static final String FIELD = "APM Entity ID";

    public ApmEntityId {
        value = EntityId.validated(value, FIELD, "AR0437");
    }

    public static ApmEntityId parse(String text) {
        return new ApmEntityId(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
