package io.github.tahsilat.persistence.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/** Dynamic proxies that tests put around JDBC objects and stores to count or change calls. */
final class Proxies {

    private Proxies() {}

    /** A proxy's handler without the proxy argument, which no test reads. */
    @FunctionalInterface
    interface Handler {
        Object handle(Method method, Object[] arguments) throws Throwable;
    }

    /** Returns a proxy of {@code type} whose every call goes to {@code handler}. */
    static <T> T proxy(Class<T> type, Handler handler) {
        return type.cast(
                Proxy.newProxyInstance(
                        Proxies.class.getClassLoader(),
                        new Class<?>[] {type},
                        (proxy, method, arguments) -> handler.handle(method, arguments)));
    }

    /**
     * Invokes {@code method} on {@code target}, as a handler forwards a call, and throws what the
     * method threw rather than its reflection wrapper.
     */
    static Object invoke(Method method, Object target, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
