package com.creditsrecon.model.result;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The columns of a result row type, declared once: by the row's record itself. Each
 * component is a column, in the record's order, named in snake case
 * ({@code closedBalance} is {@code closed_balance}); the store's runs and the output
 * files both take their columns from here, so that a column added to a row reaches both.
 *
 * @param <R> the result row
 */
public final class RowColumns<R extends Record> {

	private final Class<R> type;

	private final List<Column<R>> columns;

	private final Constructor<R> constructor;

	private RowColumns(Class<R> type) {
		this.type = type;
		List<Column<R>> columns = new ArrayList<>();
		RecordComponent[] components = type.getRecordComponents();
		Class<?>[] parameterTypes = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			RecordComponent component = components[i];
			parameterTypes[i] = component.getType();
			columns
				.add(new Column<>(snakeCase(component.getName()), component.getType(), i, accessor(type, component)));
		}
		this.columns = List.copyOf(columns);
		try {
			this.constructor = type.getDeclaredConstructor(parameterTypes);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(type + " has no canonical constructor", ex);
		}
	}

	/** The columns of a public record type. */
	public static <R extends Record> RowColumns<R> of(Class<R> type) {
		return new RowColumns<>(type);
	}

	public Class<R> type() {
		return this.type;
	}

	/** Every column, in the record's order. */
	public List<Column<R>> columns() {
		return this.columns;
	}

	/** The column of that name. */
	public Column<R> column(String name) {
		return this.columns.stream()
			.filter(c -> c.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(name + " is not a column of " + this.type.getSimpleName()));
	}

	/** A row of these values, one per column in order (primitives boxed). */
	public R row(Object... values) {
		try {
			return this.constructor.newInstance(values);
		}
		catch (InvocationTargetException ex) {
			if (ex.getCause() instanceof RuntimeException problem) {
				throw problem;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** {@code closedBalance} → {@code closed_balance}. */
	static String snakeCase(String name) {
		StringBuilder snake = new StringBuilder();
		for (char c : name.toCharArray()) {
			if (Character.isUpperCase(c)) {
				snake.append('_').append(Character.toLowerCase(c));
			}
			else {
				snake.append(c);
			}
		}
		return snake.toString().toLowerCase(Locale.ROOT);
	}

	/**
	 * The component's accessor as a plain function: a lambda made at run time, as fast as
	 * one written out, since every row of every output goes through it.
	 */
	@SuppressWarnings("unchecked")
	private static <R> Function<R, Object> accessor(Class<R> type, RecordComponent component) {
		try {
			MethodHandles.Lookup lookup = MethodHandles.lookup();
			MethodHandle getter = lookup.unreflect(component.getAccessor());
			return (Function<R, Object>) LambdaMetafactory
				.metafactory(lookup, "apply", MethodType.methodType(Function.class),
						MethodType.methodType(Object.class, Object.class), getter,
						MethodType.methodType(box(component.getType()), type))
				.getTarget()
				.invokeExact();
		}
		catch (Throwable ex) {
			throw new IllegalStateException("cannot read " + type.getSimpleName() + "." + component.getName(), ex);
		}
	}

	private static Class<?> box(Class<?> type) {
		return MethodType.methodType(type).wrap().returnType();
	}

	/**
	 * One column: its name, its Java type, its position, and how a row's value is read.
	 *
	 * @param <R> the result row
	 */
	public static final class Column<R> {

		private final String name;

		private final Class<?> type;

		private final int index;

		private final Function<R, Object> accessor;

		Column(String name, Class<?> type, int index, Function<R, Object> accessor) {
			this.name = name;
			this.type = type;
			this.index = index;
			this.accessor = accessor;
		}

		public String name() {
			return this.name;
		}

		/** The component's type: a primitive one for {@code int}, {@code long}, ... */
		public Class<?> type() {
			return this.type;
		}

		/** Its position among the row's columns, from 0. */
		public int index() {
			return this.index;
		}

		/** The row's value (a primitive one boxed). */
		public Object get(R row) {
			return this.accessor.apply(row);
		}

	}

}
