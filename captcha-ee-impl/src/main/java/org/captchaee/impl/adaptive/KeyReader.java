package org.captchaee.impl.adaptive;

import java.io.StringReader;
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

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.captchaee.CaptchaKey;

/**
 * Reads the {@link CaptchaKey} of a call from its arguments: the annotated parameter, the annotated property of a
 * parameter's class, or the named property (or JSON member) of an annotated parameter. Where to look is found once, at
 * deployment; reading never fails a call: a key that cannot be read is absent, and the call counts per IP only.
 */
public final class KeyReader {

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
     */
    public Optional<String> read(Object[] arguments) {
        if (arguments == null || parameter >= arguments.length || arguments[parameter] == null) {
            return Optional.empty();
        }
        Object value;
        try {
            value = property.apply(arguments[parameter]);
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
            return argument -> jsonMember(parse((String) argument), name);
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

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT
                    ? value.asJsonObject()
                    : JsonValue.EMPTY_JSON_OBJECT;
        } catch (JsonException e) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }

    private static Object jsonMember(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value instanceof JsonString string) {
            return string.getString();
        }
        return value instanceof JsonNumber number ? number.toString() : null;
    }
}
