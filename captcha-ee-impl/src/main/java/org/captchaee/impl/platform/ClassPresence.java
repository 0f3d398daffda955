package org.captchaee.impl.platform;

/**
 * Whether a class loads, without initialising it: the one test of an optional API, such as MicroProfile Health or
 * Fault Tolerance, which not every server ships, or Bouncy Castle, which an application adds.
 */
public final class ClassPresence {

    private ClassPresence() {}

    /**
     * Whether a class is visible to a class loader.
     *
     * @param className the class's binary name
     * @param loader the class loader to ask, usually the library's
     * @return {@code true} if it loads; {@code false} if it is missing or cannot be linked
     */
    public static boolean loads(String className, ClassLoader loader) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
