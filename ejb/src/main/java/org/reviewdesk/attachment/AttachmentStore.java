package org.reviewdesk.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.reviewdesk.configuration.Settings;

/**
 * Attachment bytes on local disk, named by their SHA-256 ({@code attachments/ab/cd/abcd…}):
 * the same file attached twice is stored once, and a stored file never changes.
 */
@ApplicationScoped
public class AttachmentStore {

    @Inject
    Settings settings;

    /** A file received into a temporary place, measured and hashed, not yet stored. */
    public record Received(Path file, long size, String sha256) {}

    /**
     * Copies the upload to a temporary file, refusing it as soon as it passes the limit, so
     * an oversized upload never fills the disk.
     */
    public Received receive(InputStream upload, long maxBytes) throws IOException, TooLarge {
        Path incoming = Files.createDirectories(root().resolve("incoming"));
        Path file = Files.createTempFile(incoming, "upload-", ".part");
        MessageDigest digest = sha256();
        long size = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = upload.read(buffer)) != -1) {
                size += read;
                if (size > maxBytes) {
                    throw new TooLarge();
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException | TooLarge | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new Received(file, size, HexFormat.of().formatHex(digest.digest()));
    }

    /** Moves a received file to its permanent place (or drops it if the same bytes are stored already). */
    public void keep(Received received) throws IOException {
        Path target = pathOf(received.sha256());
        if (Files.exists(target)) {
            Files.deleteIfExists(received.file());
            return;
        }
        Files.createDirectories(target.getParent());
        Files.move(received.file(), target, StandardCopyOption.ATOMIC_MOVE);
    }

    public void discard(Received received) throws IOException {
        Files.deleteIfExists(received.file());
    }

    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(pathOf(sha256));
    }

    /**
     * Removes stored bytes for good (retention), once no attachment or pending upload uses them.
     *
     * @return whether there was a file to remove
     */
    public boolean remove(String sha256) throws IOException {
        return Files.deleteIfExists(pathOf(sha256));
    }

    public boolean holds(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    private Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return root().resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    private Path root() {
        return settings.dataDirectory().resolve("attachments");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The upload passed the size limit. */
    public static class TooLarge extends Exception {}
}
