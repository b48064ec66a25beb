package org.reviewdesk.mail;

import java.util.List;
import org.reviewdesk.attachment.IncomingFile;

/**
 * An e-mail that arrived in the replies mailbox, reduced to what becomes a comment.
 *
 * @param messageId    its Message-ID, which identifies it if it is read twice
 * @param from         the sender's address, as the mail says (anyone can write any From)
 * @param addressedTo  the addresses it was sent to (To, Cc and the delivery headers); the reply
 *                     address with its token is one of them
 * @param subject      its subject
 * @param text         its plain text, quoted history included
 * @param files        the files attached to it, as read (checked only when it is filed)
 * @param refusedFiles files that were not read (too large, too many), each with the reason
 */
public record InboundReply(
        String messageId,
        String from,
        List<String> addressedTo,
        String subject,
        String text,
        List<IncomingFile> files,
        List<String> refusedFiles) {

    public InboundReply {
        addressedTo = List.copyOf(addressedTo);
        files = List.copyOf(files);
        refusedFiles = List.copyOf(refusedFiles);
    }
}
