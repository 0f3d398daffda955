package org.captchaee.impl.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.captchaee.CaptchaError;
import org.captchaee.CaptchaKey;
import org.junit.jupiter.api.Test;

class KeyReaderTest {

    private final KeyReader body = reader("json", String.class);
    private final KeyReader object = reader("object", JsonObject.class);

    @Test
    void aKeyMemberThatIsNotAStringOrNumber_isMalformed_namingTheMemberButNotItsValue() {
        for (String value : new String[] {"[\"alice\"]", "{\"name\":\"alice\"}", "true", "false", "null", "[]"}) {
            String json = "{\"password\":\"x\",\"username\":" + value + "}";
            MalformedKeyException malformed = assertThrows(MalformedKeyException.class, () -> read(body, json), json);
            assertEquals(CaptchaError.CAPTCHA_MALFORMED, malformed.error());
            assertEquals("The member 'username' of the body must be a JSON string or number.", malformed.getMessage());
            assertFalse(malformed.getMessage().contains("alice"));
        }
    }

    @Test
    void anEscapedMemberName_isTheSameMember() {
        assertThrows(MalformedKeyException.class, () -> read(body, "{\"user\\u006eame\":[\"alice\"]}"));
        assertEquals(Optional.of("alice"), read(body, "{\"user\\u006eame\":\"Alice\"}"));
    }

    @Test
    void aJsonObjectArgument_followsTheSameRule() {
        JsonObject wrapped = Json.createReader(new StringReader("{\"username\":[\"alice\"]}"))
                .readObject();
        MalformedKeyException malformed = assertThrows(MalformedKeyException.class, () -> read(object, wrapped));
        assertEquals(CaptchaError.CAPTCHA_MALFORMED, malformed.error());
        JsonObject plain = Json.createObjectBuilder().add("username", "Alice").build();
        assertEquals(Optional.of("alice"), read(object, plain));
    }

    @Test
    void duplicateMembersThatDisagree_areMalformed() {
        for (String json : new String[] {
            "{\"username\":\"alice\",\"username\":\"bob\"}",
            "{\"username\":\"alice\",\"password\":\"x\",\"username\":\"Alice\"}",
            "{\"username\":\"alice\",\"username\":[\"alice\"]}",
            "{\"username\":1,\"username\":2}"
        }) {
            MalformedKeyException malformed = assertThrows(MalformedKeyException.class, () -> read(body, json), json);
            assertEquals(CaptchaError.CAPTCHA_MALFORMED, malformed.error());
            assertTrue(malformed.getMessage().contains("'username'"), malformed.getMessage());
            assertFalse(malformed.getMessage().contains("alice"), malformed.getMessage());
        }
    }

    @Test
    void duplicateMembersThatAgree_giveTheKey() {
        assertEquals(Optional.of("alice"), read(body, "{\"username\":\"Alice\",\"x\":1,\"username\":\"Alice\"}"));
        assertEquals(
                Optional.of("8613800138000"), read(body, "{\"username\":8613800138000,\"username\":8613800138000}"));
    }

    @Test
    void numbers_andStrings_areKeys() {
        assertEquals(Optional.of("8613800138000"), read(body, "{\"username\":8613800138000}"));
        assertEquals(Optional.of("alice"), read(body, "{\"username\":\" Alice \"}"));
        assertEquals(Optional.empty(), read(body, "{\"username\":\"  \"}"), "blank: no key");
        assertEquals(Optional.empty(), read(body, "{\"password\":\"x\"}"), "absent: no key");
    }

    @Test
    void nestedMembers_areSkipped_andNeverTheKey() {
        String json = "{\"profile\":{\"username\":\"mallory\",\"tags\":[1,{\"username\":[\"eve\"]},[true,null]]},"
                + "\"username\":\"Alice\",\"list\":[{\"username\":\"bob\"}]}";
        assertEquals(Optional.of("alice"), read(body, json));
        assertEquals(Optional.empty(), read(body, "{\"profile\":{\"username\":\"mallory\"}}"));
    }

    @Test
    void aBodyThatIsNotAJsonObject_hasNoKey() {
        assertEquals(Optional.empty(), read(body, "not json"));
        assertEquals(Optional.empty(), read(body, "[{\"username\":\"alice\"}]"));
        assertEquals(Optional.empty(), read(body, "\"alice\""));
        assertEquals(Optional.empty(), read(body, ""));
    }

    @Test
    void aKeyReadBeforeTheBodyBreaks_isKept() {
        assertEquals(Optional.of("alice"), read(body, "{\"username\":\"alice\",\"password\":"));
        assertThrows(MalformedKeyException.class, () -> read(body, "{\"username\":[\"alice\"],"));
    }

    @Test
    void theBodyIsReadUpToItsLimit_andALongerOneIsTooLarge() {
        int limit = KeyReader.MAX_JSON_BODY_CHARS;
        String head = "{\"username\":\"alice\",\"pad\":\"";
        String atLimit = head + "x".repeat(limit - head.length() - 2) + "\"}";
        assertEquals(limit, atLimit.length());
        assertEquals(Optional.of("alice"), read(body, atLimit));

        String over = head + "x".repeat(limit - head.length() - 1) + "\"}";
        MalformedKeyException tooLarge = assertThrows(MalformedKeyException.class, () -> read(body, over));
        assertEquals(CaptchaError.CAPTCHA_BODY_TOO_LARGE, tooLarge.error());
        assertEquals(413, tooLarge.error().status());
        assertEquals("The request body is too large: at most 65536 characters are accepted.", tooLarge.getMessage());
    }

    @Test
    void typedProperties_areReadAsTheApplicationBoundThem() {
        KeyReader typed = reader("typed", Credentials.class);
        assertEquals(Optional.of("carol"), typed.read(new Object[] {new Credentials(" Carol ", "pw")}));
        assertEquals(Optional.empty(), typed.read(new Object[] {new Credentials(null, "pw")}));
    }

    private static Optional<String> read(KeyReader reader, Object argument) {
        return reader.read(new Object[] {argument});
    }

    private static KeyReader reader(String method, Class<?> parameter) {
        try {
            return KeyReader.of(Resource.class.getMethod(method, parameter)).orElseThrow();
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    /** Credentials as a JSON-B body. */
    public record Credentials(@CaptchaKey String username, String password) {}

    /** Methods as a resource would declare them. */
    public static class Resource {
        public void json(@CaptchaKey("username") String body) {}

        public void object(@CaptchaKey("username") JsonObject body) {}

        public void typed(Credentials credentials) {}
    }
}
