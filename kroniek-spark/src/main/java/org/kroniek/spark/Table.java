package org.kroniek.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A flat output table: a name, typed nullable columns, and how to get one value of each column
 * from a source object. Rows are built in column order, so schema and values cannot drift apart.
 *
 * @param <T> what one row is made from
 */
final class Table<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final List<String> columns;
    private final List<DataType> types;
    private final List<Getter<T>> getters;

    private Table(String name, List<String> columns, List<DataType> types, List<Getter<T>> getters) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.types = List.copyOf(types);
        this.getters = List.copyOf(getters);
    }

    static <T> Builder<T> named(String name) {
        return new Builder<>(name);
    }

    String name() {
        return name;
    }

    List<String> columns() {
        return columns;
    }

    StructType schema() {
        List<StructField> fields = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            fields.add(DataTypes.createStructField(columns.get(i), types.get(i), true));
        }
        return DataTypes.createStructType(fields);
    }

    Row row(T source) {
        Object[] values = new Object[getters.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = getters.get(i).apply(source);
        }
        return RowFactory.create(values);
    }

    /** A column's value from its source; serializable because tables travel to executors. */
    interface Getter<T> extends Function<T, Object>, Serializable {
    }

    /** Adds columns in order. */
    static final class Builder<T> {
        private final String name;
        private final List<String> columns = new ArrayList<>();
        private final List<DataType> types = new ArrayList<>();
        private final List<Getter<T>> getters = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        Builder<T> string(String column, Getter<T> getter) {
            return add(column, DataTypes.StringType, getter);
        }

        Builder<T> integer(String column, Getter<T> getter) {
            return add(column, DataTypes.IntegerType, getter);
        }

        Builder<T> bigint(String column, Getter<T> getter) {
            return add(column, DataTypes.LongType, getter);
        }

        Builder<T> decimal(String column, Getter<T> getter) {
            return add(column, DataTypes.DoubleType, getter);
        }

        Builder<T> bool(String column, Getter<T> getter) {
            return add(column, DataTypes.BooleanType, getter);
        }

        private Builder<T> add(String column, DataType type, Getter<T> getter) {
            if (columns.contains(column)) {
                throw new IllegalArgumentException("two columns named " + column + " in " + name);
            }
            columns.add(column);
            types.add(type);
            getters.add(getter);
            return this;
        }

        Table<T> build() {
            return new Table<>(name, columns, types, getters);
        }
    }
}
