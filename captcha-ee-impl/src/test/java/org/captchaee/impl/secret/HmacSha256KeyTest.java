package org.captchaee.impl.secret;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class HmacSha256KeyTest {

    /** RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?". */
    @Test
    void macs_matchRfc4231() {
        HmacSha256Key key = new HmacSha256Key("Jefe".getBytes(StandardCharsets.US_ASCII));
        assertEquals(
                "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                HexFormat.of().formatHex(key.mac("what do ya want for nothing?")));
    }

    @Test
    void everyMessage_startsFromTheKey_notFromTheMessageBefore() {
        byte[] secret = "a key of the state store".getBytes(StandardCharsets.UTF_8);
        HmacSha256Key key = new HmacSha256Key(secret);
        for (String message : List.of("replay|1:a", "replay|1:b", "", "replay|1:a")) {
            assertArrayEquals(Hashes.hmacSha256(secret, message), key.mac(message), message);
        }
    }

    @Test
    void threadsSharingOneKey_eachGetTheirOwnMac() throws Exception {
        byte[] secret = "shared".getBytes(StandardCharsets.UTF_8);
        HmacSha256Key key = new HmacSha256Key(secret);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = IntStream.range(0, 4)
                    .mapToObj(thread -> threads.submit(() -> IntStream.range(0, 2_000)
                            .mapToObj(i -> thread + ":" + i)
                            .allMatch(message -> Arrays.equals(Hashes.hmacSha256(secret, message), key.mac(message)))))
                    .toList();
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
