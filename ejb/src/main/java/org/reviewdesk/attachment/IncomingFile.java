package org.reviewdesk.attachment;

/**
 * A file that arrived with its bytes, such as an attachment of an e-mail reply, not checked yet:
 * {@link Attachments#upload} checks it like any upload.
 *
 * @param name    the name it came under
 * @param content its bytes
 */
public record IncomingFile(String name, byte[] content) {}
