package org.reviewdesk.it.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An SMTP server on the port the application sends to (REVIEWDESK_SMTP_PORT) that refuses every recipient for good, as
 * a real server answers mail to a mailbox it does not have: {@code 550 5.1.1 ... User unknown} to each RCPT. GreenMail
 * accepts every address, so the mail log's "dead with the SMTP error" needs this one.
 */
final class RefusingSmtpServer implements AutoCloseable {

    static final String REFUSAL = "550 5.1.1 Recipient address rejected: User unknown in virtual mailbox table";

    private final ServerSocket socket;
    private final Thread acceptor;

    private RefusingSmtpServer(ServerSocket socket) {
        this.socket = socket;
        this.acceptor = Thread.ofVirtual().name("refusing-smtp").start(this::accept);
    }

    static RefusingSmtpServer listen() {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(
                    InetAddress.getByName("127.0.0.1"), Integer.parseInt(System.getenv("REVIEWDESK_SMTP_PORT"))));
            return new RefusingSmtpServer(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread.ofVirtual().start(() -> converse(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void converse(Socket client) {
        try (client;
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
            reply(out, "220 refusing.example.org ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line;
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 refusing.example.org");
                    case "RCPT" -> reply(out, REFUSAL);
                    case "QUIT" -> {
                        reply(out, "221 2.0.0 Bye");
                        return;
                    }
                    default -> reply(out, "250 2.0.0 OK");
                }
            }
        } catch (IOException gone) {
            // the client hung up
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        try {
            acceptor.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
