package org.captchaee.impl.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Optional;

import jakarta.ws.rs.container.ResourceInfo;

import org.captchaee.RequiresCaptcha;
import org.junit.jupiter.api.Test;

class ProtectedResourceMethodTest {

    @RequiresCaptcha
    abstract static class ProtectedBase {
        public String inherited() {
            return "";
        }
    }

    static class InheritsProtection extends ProtectedBase {}

    static class ProtectsOneMethod {
        @RequiresCaptcha
        public String guarded() {
            return "";
        }

        public String open() {
            return "";
        }
    }

    interface Api {
        String call();
    }

    static class ImplementsApi implements Api {
        @Override
        @RequiresCaptcha
        public String call() {
            return "";
        }
    }

    @Test
    void annotatedMethod_isProtected_andTheOthersAreNot() throws Exception {
        Method guarded = ProtectsOneMethod.class.getMethod("guarded");
        assertEquals(
                Optional.of(new ProtectedResourceMethod(ProtectsOneMethod.class, guarded)),
                ProtectedResourceMethod.of(info(ProtectsOneMethod.class, guarded)));
        assertTrue(ProtectedResourceMethod.of(info(ProtectsOneMethod.class, ProtectsOneMethod.class.getMethod("open")))
                .isEmpty());
    }

    @Test
    void classAnnotationOfASuperclass_protectsTheInheritedMethod_namedByTheResourceClass() throws Exception {
        Method inherited = ProtectedBase.class.getMethod("inherited");
        ProtectedResourceMethod method = ProtectedResourceMethod.of(info(InheritsProtection.class, inherited))
                .orElseThrow();
        assertEquals(InheritsProtection.class, method.resourceClass());
        assertEquals(inherited, method.method());
        assertEquals(InheritsProtection.class.getName() + "#inherited", method.name());
    }

    @Test
    void methodReportedOnItsInterface_isReadOnTheClassThatRunsIt() throws Exception {
        ProtectedResourceMethod method = ProtectedResourceMethod.of(
                        info(ImplementsApi.class, Api.class.getMethod("call")))
                .orElseThrow();
        assertEquals(ImplementsApi.class.getMethod("call"), method.method());
    }

    private static ResourceInfo info(Class<?> resourceClass, Method method) {
        return new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return method;
            }

            @Override
            public Class<?> getResourceClass() {
                return resourceClass;
            }
        };
    }
}
