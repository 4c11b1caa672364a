package it.integra.interchange.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.interchange.ApiClient;
import it.integra.platform.BrowserHttpSession;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A client that starts a large CSV export, reads one line and hangs up leaves the COPY unfinished on
 * the server. The pooled connection must not go back to the pool in that state: every request after
 * it, logins, API reads and pages, still answers normally. Whether a later request meets the
 * connection the export used depends on which pooled connection each thread takes (the pool prefers one
 * the thread used before), so the pool is small here and the export is abandoned three times: without
 * the fix, one of the rounds got 500s in every run tried.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.hikari.maximum-pool-size=2")
class AbortedExportTests {

    /** Far more than the socket buffers of both ends hold (about 25 MB of CSV). */
    static final int ROWS = 400_000;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    @AfterEach
    void removeTheRows() {
        jdbc.sql("DELETE FROM provider.provider WHERE code LIKE 'ABORT-%'").update();
    }

    @Test
    void requestsAfterAnExportTheClientAbandonedAllSucceed() throws Exception {
        jdbc.sql("""
                INSERT INTO provider.provider (code, tax_code, name, type, province)
                SELECT 'ABORT-' || i, '12345678903', 'Ente abbandonato numero ' || i, 'TRAINING_BODY', 'RM'
                FROM generate_series(1, :rows) AS i""").param("rows", ROWS).update();
        String admin = new TestUsers(jdbc, encoder).create("abort", Role.ADMIN);

        BrowserHttpSession signedIn = new BrowserHttpSession(port).login(admin, TestUsers.PASSWORD);

        for (int abort = 1; abort <= 3; abort++) {
            assertThat(readOneLineAndHangUp(admin)).as("the export's first line").startsWith("provider_code,");
            List<String> answers = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                answers.add("login " + new BrowserHttpSession(port).tryLogin(admin, TestUsers.PASSWORD).statusCode());
                answers.add("api " + ApiClient.as(port, admin, TestUsers.PASSWORD).get("/api/v1/users").statusCode());
                answers.add("page " + signedIn.get("/").statusCode());
            }
            assertThat(answers).as("answers after abandoned export " + abort)
                    .containsOnly("login 302", "api 200", "page 200").hasSize(15);
        }
    }

    /** Sends the export request, reads the headers and the CSV's first line, then closes the socket. */
    private String readOneLineAndHangUp(String admin) throws Exception {
        String credentials = Base64.getEncoder().encodeToString(
                (admin + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket("localhost", port)) {
            socket.setReceiveBufferSize(4096);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/exports/providers HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
                    + credentials + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String status = in.readLine();
            assertThat(status).as("export status line").contains(" 200");
            String line;
            while (!(line = in.readLine()).isEmpty()) {
                // headers
            }
            String chunkSize = in.readLine(); // the body is chunked: a size line, then the data
            assertThat(chunkSize).matches("[0-9a-fA-F]+");
            return in.readLine();
        }
    }
}
