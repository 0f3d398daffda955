package org.captchaee.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class RedisServerProcessTest {

    @Test
    void startedServer_answersCommandsWithoutPersistence() {
        try (RedisServerProcess redis = RedisServerProcess.start(RedisServerProcess.freePort())) {
            assertEquals("redis://127.0.0.1:" + redis.port(), redis.uri());
            assertEquals("OK", redis.command("SET", "k", "v"));
            assertEquals("v", redis.command("GET", "k"));
            assertEquals("save", redis.command("CONFIG", "GET", "save"), "no snapshots");
            assertEquals("appendonly\nno", redis.command("CONFIG", "GET", "appendonly"));
        }
    }

    @Test
    void extraArgs_overrideTheDefaults() {
        try (RedisServerProcess redis = RedisServerProcess.start(RedisServerProcess.freePort(), "--maxmemory", "1mb")) {
            assertEquals("maxmemory\n1048576", redis.command("CONFIG", "GET", "maxmemory"));
        }
    }

    @Test
    void restart_keepsThePortAndForgetsTheData() {
        try (RedisServerProcess redis = RedisServerProcess.start(RedisServerProcess.freePort())) {
            long firstPid = redis.pid();
            redis.command("SET", "k", "v");
            redis.restart();
            assertNotEquals(firstPid, redis.pid());
            assertEquals("", redis.command("GET", "k"));
        }
    }

    @Test
    void pausedServer_acceptsButDoesNotAnswer_untilResumed() throws IOException {
        try (RedisServerProcess redis = RedisServerProcess.start(RedisServerProcess.freePort())) {
            redis.pause();
            assertThrows(SocketTimeoutException.class, () -> ping(redis.port()));
            redis.resume();
            assertEquals("+PONG", ping(redis.port()));
        }
    }

    @Test
    void stop_endsTheProcess_evenWhenPaused() {
        RedisServerProcess redis = RedisServerProcess.start(RedisServerProcess.freePort());
        long pid = redis.pid();
        redis.pause();
        redis.close();
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        assertThrows(IllegalStateException.class, redis::pid);
    }

    private static String ping(int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            socket.setSoTimeout(500);
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] reply = new byte[16];
            int read = socket.getInputStream().read(reply);
            return new String(reply, 0, read, StandardCharsets.US_ASCII).trim();
        }
    }
}
