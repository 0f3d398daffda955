package org.captchaee.impl.key;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.captchaee.CaptchaKey;

/**
 * Reads the {@link CaptchaKey} of a call from its arguments: the annotated parameter, the annotated property of a
 * parameter's class, or the named property (or JSON member) of an annotated parameter. Where to look is found once, at
 * deployment.
 *
 * <p>A key that is absent (or a body that is not a JSON object) leaves the call counted per IP only. A key the client
 * could hide from the library while the application still reads it fails the call with {@link MalformedKeyException}:
 * a JSON member that is present but not a string or number (an array, an object, a boolean, {@code null}), a member
 * that appears more than once with different values, and a JSON text body over {@link #MAX_JSON_BODY_CHARS}. A JSON
 * text body is read with a streaming parser, up to the end of its top-level object. A property of a bound object (a
 * JSON-B class or record) is read as bound: the application sees the same value, so there is nothing to hide.
 */
public final class KeyReader {

    /**
     * The longest JSON text body the key is read from, in characters: 64 Ki, far above a login or an SMS-code request
     * (well under 1 KiB), and short enough that scanning it costs little; a longer body is refused (413).
     */
    public static final int MAX_JSON_BODY_CHARS = 64 * 1024;

    private static final int MAX_KEY_LENGTH = 256;

    private final int parameter;
    private final Function<Object, Object> property;

    private KeyReader(int parameter, Function<Object, Object> property) {
        this.parameter = parameter;
        this.property = property;
    }

    /**
     * Finds the key of a method.
     *
     * @param method the protected method
     * @return the reader, or empty when nothing is annotated
     * @throws IllegalArgumentException when an annotation names a property that does not exist
     */
    public static Optional<KeyReader> of(Method method) {
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            CaptchaKey key = parameters[i].getAnnotation(CaptchaKey.class);
            if (key != null) {
                return Optional.of(new KeyReader(i, onParameter(parameters[i].getType(), key.value())));
            }
        }
        for (int i = 0; i < parameters.length; i++) {
            Optional<Function<Object, Object>> annotated = annotatedProperty(parameters[i].getType());
            if (annotated.isPresent()) {
                return Optional.of(new KeyReader(i, annotated.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the key of one call.
     *
     * @param arguments the call's arguments
     * @return the key, trimmed and lower case, if present and not blank
     * @throws MalformedKeyException when the client sent a key the library cannot read with certainty (see the class
     *     description); its message is for the client
     */
    public Optional<String> read(Object[] arguments) {
        if (arguments == null || parameter >= arguments.length || arguments[parameter] == null) {
            return Optional.empty();
        }
        Object value;
        try {
            value = property.apply(arguments[parameter]);
        } catch (MalformedKeyException e) {
            throw e;
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(value)
                .map(Object::toString)
                .map(text -> text.trim().toLowerCase(Locale.ROOT))
                .filter(text -> !text.isEmpty())
                .map(text -> text.length() > MAX_KEY_LENGTH ? text.substring(0, MAX_KEY_LENGTH) : text);
    }

    private static Function<Object, Object> onParameter(Class<?> type, String name) {
        if (name.isEmpty()) {
            return annotatedProperty(type).orElse(Function.identity());
        }
        if (type == String.class) {
            return argument -> JsonKeyMember.read((String) argument, name).orElse(null);
        }
        if (JsonObject.class.isAssignableFrom(type)) {
            return argument -> jsonMember((JsonObject) argument, name);
        }
        return namedProperty(type, name)
                .orElseThrow(() -> new IllegalArgumentException(type.getName() + " has no property '" + name
                        + "' (a field, record component or getter) for @CaptchaKey(\"" + name + "\")"));
    }

    private static Optional<Function<Object, Object>> annotatedProperty(Class<?> type) {
        if (type.isPrimitive()
                || type.getName().startsWith("java.")
                || type.getName().startsWith("jakarta.")) {
            return Optional.empty();
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.isAnnotationPresent(CaptchaKey.class)) {
                    return Optional.of(getter(component.getAccessor()));
                }
            }
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(CaptchaKey.class) && !Modifier.isStatic(field.getModifiers())) {
                    return Optional.of(field(field));
                }
            }
        }
        for (Method method : type.getMethods()) {
            if (method.isAnnotationPresent(CaptchaKey.class) && method.getParameterCount() == 0) {
                return Optional.of(getter(method));
            }
        }
        return Optional.empty();
    }

    private static Optional<Function<Object, Object>> namedProperty(Class<?> type, String name) {
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals(name)) {
                    return Optional.of(getter(component.getAccessor()));
                }
            }
        }
        String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String getter : new String[] {"get" + suffix, "is" + suffix}) {
            try {
                return Optional.of(getter(type.getMethod(getter)));
            } catch (NoSuchMethodException e) {
                // try the next form
            }
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return Optional.of(field(c.getDeclaredField(name)));
            } catch (NoSuchFieldException e) {
                // try the superclass
            }
        }
        return Optional.empty();
    }

    private static Function<Object, Object> field(Field field) {
        accessible(field);
        return target -> {
            try {
                return field.get(target);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static Function<Object, Object> getter(Method method) {
        accessible(method);
        return target -> {
            try {
                return method.invoke(target);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static void accessible(AccessibleObject member) {
        try {
            member.setAccessible(true);
        } catch (RuntimeException e) {
            // a public member stays readable
        }
    }

    private static Object jsonMember(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue().toString();
        }
        if (value == null) {
            return null;
        }
        throw MalformedKeyException.notScalar(name);
    }
}
