package org.kroniek.pipeline;

import java.util.Objects;

/**
 * A typed key for one kind of annotation on a {@link Document}. Layers are compared by identity:
 * declare each once as a constant.
 *
 * @param <T> the annotation's type
 */
public final class Layer<T> {
    private final String name;
    private final Class<?> type;

    private Layer(String name, Class<?> type) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
    }

    /** A new layer; {@code type} is the raw class of its values, for error messages and checks. */
    public static <T> Layer<T> of(String name, Class<? super T> type) {
        return new Layer<>(name, type);
    }

    public String name() {
        return name;
    }

    Class<?> type() {
        return type;
    }

    @Override
    public String toString() {
        return "Layer[" + name + "]";
    }
}
