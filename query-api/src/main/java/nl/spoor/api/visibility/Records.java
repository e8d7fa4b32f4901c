package nl.spoor.api.visibility;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * Rebuilds any record with its components transformed, so that {@link ResultGuard} can walk every view
 * type of every query family without knowing them one by one (and the consultation log can find the
 * entities an answer names). Accessors and constructors are looked up once per record class.
 */
public final class Records {

    private record Shape(Method[] accessors, Constructor<?> constructor) {
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = Arrays.stream(components).map(RecordComponent::getAccessor).toArray(Method[]::new);
            try {
                Constructor<?> c = type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
                c.setAccessible(true);
                for (Method m : accessors) {
                    m.setAccessible(true);
                }
                return new Shape(accessors, c);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("record " + type + " has no canonical constructor", e);
            }
        }
    };

    private Records() {
    }

    /** The components of a record, in declaration order. */
    public static Object[] components(Record r) {
        Shape shape = SHAPES.get(r.getClass());
        Object[] out = new Object[shape.accessors().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = invoke(shape.accessors()[i], r);
        }
        return out;
    }

    /** Component {@code i} of a record, in declaration order. */
    public static Object component(Record r, int i) {
        return invoke(SHAPES.get(r.getClass()).accessors()[i], r);
    }

    /** The record with each component replaced by {@code f} of it; the record itself when nothing changed. */
    static Record map(Record r, UnaryOperator<Object> f) {
        Object[] before = components(r);
        Object[] after = new Object[before.length];
        boolean changed = false;
        for (int i = 0; i < before.length; i++) {
            after[i] = f.apply(before[i]);
            changed |= after[i] != before[i];
        }
        if (!changed) {
            return r;
        }
        try {
            return (Record) SHAPES.get(r.getClass()).constructor().newInstance(after);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot rebuild " + r.getClass().getSimpleName() + " after masking", e);
        }
    }

    private static Object invoke(Method m, Object target) {
        try {
            return m.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + m, e);
        }
    }
}
