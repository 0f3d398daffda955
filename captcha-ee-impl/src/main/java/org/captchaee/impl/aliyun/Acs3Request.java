package org.captchaee.impl.aliyun;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * One Alibaba Cloud OpenAPI request as {@link Acs3Signer} signs it: method, host, path, query parameters, headers (by
 * lower-case name) and the exact body bytes. Immutable; the header names {@code host}, {@code authorization} and
 * {@code x-acs-content-sha256} are refused because the host is its own field and the signer computes the other two.
 */
public final class Acs3Request {

    /** The form content type of the captcha calls. */
    public static final String FORM = "application/x-www-form-urlencoded";

    private final String method;
    private final String host;
    private final String path;
    private final SortedMap<String, String> query;
    private final SortedMap<String, String> headers;
    private final byte[] body;

    /**
     * Describes a request.
     *
     * @param method the HTTP method, for example {@code POST}
     * @param host the host, as the {@code Host} header will carry it (with the port when it is not the default)
     * @param path the path, {@code /} for the RPC-style APIs
     * @param query the query parameters, not encoded
     * @param headers the headers to send and sign, by name (any case); {@code x-acs-*} and {@code content-type} are
     *     signed
     * @param body the body, byte for byte as sent
     * @throws IllegalArgumentException if two headers have the same name in lower case, or a header is one the class
     *     refuses
     */
    public Acs3Request(
            String method,
            String host,
            String path,
            Map<String, String> query,
            Map<String, String> headers,
            byte[] body) {
        this.method = method.toUpperCase(Locale.ROOT);
        this.host = Objects.requireNonNull(host, "host");
        this.path = path.isEmpty() ? "/" : path;
        this.query = Collections.unmodifiableSortedMap(new TreeMap<>(query));
        this.headers = Collections.unmodifiableSortedMap(lowerCased(headers));
        this.body = body.clone();
    }

    /**
     * A form POST to {@code /} of an RPC-style API, with the headers the SDK sends: {@code x-acs-action},
     * {@code x-acs-version}, {@code x-acs-date}, {@code x-acs-signature-nonce} and {@code content-type}. The body is
     * encoded as the SDK's {@code toForm} does: {@code URLEncoder} on names and values, in the map's order, empty
     * values left out.
     *
     * @param host the host, for example {@code captcha.cn-shanghai.aliyuncs.com}
     * @param action the API action, for example {@code VerifyIntelligentCaptcha}
     * @param version the API version, for example {@code 2023-03-05}
     * @param date the request time, sent in UTC to the second
     * @param nonce a value never used before with this key
     * @param form the form fields, in the order to send them
     * @return the request
     */
    public static Acs3Request formPost(
            String host, String action, String version, Instant date, String nonce, Map<String, String> form) {
        Map<String, String> headers = new TreeMap<>();
        headers.put("x-acs-action", action);
        headers.put("x-acs-version", version);
        headers.put("x-acs-date", AliyunEncoding.timestamp(date));
        headers.put("x-acs-signature-nonce", nonce);
        headers.put("content-type", FORM);
        return new Acs3Request(
                "POST", host, "/", Map.of(), headers, formBody(form).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A form POST as {@link #formPost} makes it, with the current time and a fresh random nonce.
     *
     * @param host the host
     * @param action the API action
     * @param version the API version
     * @param form the form fields, in the order to send them
     * @return the request
     */
    public static Acs3Request formPost(String host, String action, String version, Map<String, String> form) {
        return formPost(host, action, version, Instant.now(), AliyunEncoding.newNonce(), form);
    }

    /**
     * The HTTP method.
     *
     * @return the method, upper case
     */
    public String method() {
        return method;
    }

    /**
     * The host the request goes to, as signed.
     *
     * @return the host
     */
    public String host() {
        return host;
    }

    /**
     * The path.
     *
     * @return the path, {@code /} when none was given
     */
    public String path() {
        return path;
    }

    /**
     * The query parameters.
     *
     * @return the parameters sorted by name, not encoded
     */
    public SortedMap<String, String> query() {
        return query;
    }

    /**
     * The headers to send besides the ones the signer adds.
     *
     * @return the headers sorted by lower-case name
     */
    public SortedMap<String, String> headers() {
        return headers;
    }

    /**
     * The body.
     *
     * @return a copy of the body bytes
     */
    public byte[] body() {
        return body.clone();
    }

    byte[] bodyBytes() {
        return body;
    }

    @Override
    public String toString() {
        return "Acs3Request[" + method + " " + host + path + ", action=" + headers.get("x-acs-action") + "]";
    }

    private static SortedMap<String, String> lowerCased(Map<String, String> headers) {
        SortedMap<String, String> lower = new TreeMap<>();
        headers.forEach((name, value) -> {
            String key = name.toLowerCase(Locale.ROOT);
            if (key.equals("host") || key.equals("authorization") || key.equals("x-acs-content-sha256")) {
                throw new IllegalArgumentException("the header " + key + " is not given but computed");
            }
            if (lower.put(key, Objects.requireNonNull(value, key)) != null) {
                throw new IllegalArgumentException("the header " + key + " is given twice");
            }
        });
        return lower;
    }

    private static String formBody(Map<String, String> form) {
        StringJoiner joined = new StringJoiner("&");
        form.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                joined.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return joined.toString();
    }
}
