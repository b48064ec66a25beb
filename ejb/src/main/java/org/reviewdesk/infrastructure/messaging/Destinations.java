package org.reviewdesk.infrastructure.messaging;

/** JNDI names of the queues that {@code wildfly-config/20-messaging.cli} creates. */
public final class Destinations {

    public static final String INTAKE_QUEUE = "java:/jms/queue/reviewdesk/Intake";
    public static final String INTAKE_DEAD_LETTERS = "java:/jms/queue/reviewdesk/IntakeDLQ";
    public static final String MAIL_QUEUE = "java:/jms/queue/reviewdesk/Mail";
    public static final String MAIL_DEAD_LETTERS = "java:/jms/queue/reviewdesk/MailDLQ";
    public static final String INDEX_QUEUE = "java:/jms/queue/reviewdesk/Index";
    public static final String INDEX_DEAD_LETTERS = "java:/jms/queue/reviewdesk/IndexDLQ";
    public static final String REPLIES_QUEUE = "java:/jms/queue/reviewdesk/Replies";
    public static final String REPLIES_DEAD_LETTERS = "java:/jms/queue/reviewdesk/RepliesDLQ";

    private Destinations() {}
}
