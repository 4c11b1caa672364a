package it.integra.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.interchange.ApiClient;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Right and wrong HTTP Basic passwords for the same user at the same moment: the throttle's rows (of
 * the name and address, of the address, of the name) are written by many requests at once, and every
 * answer must still be 200 or 401, never a server error.
 *
 * <p>The requests come from the loopback address, like every other test's: its address count is
 * cleared after each round, so that the rounds' 40 wrong passwords do not lock it (that lock is
 * {@link LoginThrottleTests}' subject) for this round or for the tests that run after.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentBasicLoginTests {

    static final int THREADS = 20;
    static final int ROUNDS = 4;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void concurrentRightAndWrongPasswordsForOneUserAnswerOnly200Or401() throws Exception {
        TestUsers users = new TestUsers(jdbc, encoder);
        Map<String, Integer> answers = new TreeMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String username = users.create("basic-race", Role.ADMIN);
                List<Integer> statuses;
                try {
                    statuses = race(pool, username);
                } finally {
                    clearTheLoopbackAddressCount();
                }
                statuses.forEach(status -> answers.merge(String.valueOf(status), 1, Integer::sum));
                assertThat(statuses.subList(0, 1)).as("the first request, alone, has the right password").containsOnly(200);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers.keySet()).as("answers " + answers).isSubsetOf("200", "401");
        assertThat(answers.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(ROUNDS * (THREADS + 1));
    }

    private void clearTheLoopbackAddressCount() {
        jdbc.sql("DELETE FROM platform.login_throttle WHERE scope = 'ADDRESS' AND address IN ('127.0.0.1', '0:0:0:0:0:0:0:0/64')")
                .update();
    }

    /** One right login, then THREADS requests at once, every other one with a wrong password. */
    private List<Integer> race(ExecutorService pool, String username) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        statuses.add(ApiClient.as(port, username, TestUsers.PASSWORD).get("/api/v1/users").statusCode());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            ApiClient client = ApiClient.as(port, username, i % 2 == 0 ? TestUsers.PASSWORD : "wrong-" + i);
            futures.add(pool.submit(() -> {
                start.await();
                return client.get("/api/v1/users").statusCode();
            }));
        }
        start.countDown();
        for (Future<Integer> future : futures) {
            statuses.add(future.get());
        }
        return statuses;
    }
}
