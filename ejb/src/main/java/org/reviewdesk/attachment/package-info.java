/**
 * Supporting documentation: the content-addressed file store, the size limit and type allow-list
 * ({@code AttachmentPolicy}, also the one place that writes a file's size and type), Tika text extraction and its kept text.
 */
package org.reviewdesk.attachment;
