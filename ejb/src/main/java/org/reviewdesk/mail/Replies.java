package org.reviewdesk.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Queue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reviewdesk.attachment.IncomingFile;
import org.reviewdesk.infrastructure.messaging.Destinations;

/**
 * Puts replies read from the mailbox on the replies queue, each in a transaction of its own, as a
 * map message (files as bytes under numbered names); {@link #read} makes the reply again.
 */
@Stateless
public class Replies {

    static final String MESSAGE_ID = "messageId";
    static final String FROM = "from";
    static final String ADDRESSED_TO = "addressedTo";
    static final String SUBJECT = "subject";
    static final String TEXT = "text";
    static final String FILES = "files";
    static final String REFUSED_FILES = "refusedFiles";

    @Inject
    JMSContext jms;

    @Resource(lookup = Destinations.REPLIES_QUEUE)
    Queue queue;

    public void hand(InboundReply reply) {
        Map<String, Object> fields = new HashMap<>();
        fields.put(MESSAGE_ID, reply.messageId());
        fields.put(FROM, reply.from());
        fields.put(ADDRESSED_TO, String.join(",", reply.addressedTo()));
        fields.put(SUBJECT, reply.subject());
        fields.put(TEXT, reply.text());
        fields.put(FILES, reply.files().size());
        for (int i = 0; i < reply.files().size(); i++) {
            fields.put(fileName(i), reply.files().get(i).name());
            fields.put(fileContent(i), reply.files().get(i).content());
        }
        fields.put(REFUSED_FILES, String.join("\n", reply.refusedFiles()));
        jms.createProducer().send(queue, fields);
    }

    /** The reply a message of {@link #hand} carries; empty for anything else. */
    public static Optional<InboundReply> read(MapMessage fields) throws JMSException {
        if (fields.getString(MESSAGE_ID) == null) {
            return Optional.empty();
        }
        int count = fields.itemExists(FILES) ? fields.getInt(FILES) : 0;
        List<IncomingFile> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            files.add(new IncomingFile(fields.getString(fileName(i)), fields.getBytes(fileContent(i))));
        }
        return Optional.of(new InboundReply(
                fields.getString(MESSAGE_ID),
                fields.getString(FROM),
                listOf(fields.getString(ADDRESSED_TO), ","),
                fields.getString(SUBJECT),
                fields.getString(TEXT),
                files,
                listOf(fields.getString(REFUSED_FILES), "\n")));
    }

    private static List<String> listOf(String joined, String separator) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator));
    }

    private static String fileName(int index) {
        return "file." + index + ".name";
    }

    private static String fileContent(int index) {
        return "file." + index + ".content";
    }
}
