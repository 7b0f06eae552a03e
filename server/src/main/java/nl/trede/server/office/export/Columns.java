package nl.trede.server.office.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An export's columns, each defined once with its header, its type and how its value is read from
 * an item: the header line and every row come from the same list, so they cannot drift apart.
 *
 * @param <T> what one row shows
 */
public final class Columns<T> {
  private record Defined<T>(Column column, Function<T, ?> value) {}

  private final List<Defined<T>> defined = new ArrayList<>();

  public Columns<T> text(String header, Function<T, ?> value) {
    return add(Column.text(header), value);
  }

  public Columns<T> integer(String header, Function<T, ? extends Number> value) {
    return add(Column.integer(header), value);
  }

  public Columns<T> decimal(String header, Function<T, ? extends Number> value) {
    return add(Column.decimal(header), value);
  }

  public Columns<T> date(String header, Function<T, ?> value) {
    return add(Column.date(header), value);
  }

  public Columns<T> dateTime(String header, Function<T, ?> value) {
    return add(Column.dateTime(header), value);
  }

  public Columns<T> yesNo(String header, Function<T, Boolean> value) {
    return add(Column.yesNo(header), value);
  }

  private Columns<T> add(Column column, Function<T, ?> value) {
    defined.add(new Defined<>(column, value));
    return this;
  }

  public List<Column> columns() {
    return defined.stream().map(Defined::column).toList();
  }

  /** One row's cells, in the columns' order; a cell may be null (empty). */
  public List<Object> row(T item) {
    List<Object> cells = new ArrayList<>(defined.size());
    defined.forEach(d -> cells.add(d.value().apply(item)));
    return cells;
  }

  public void header(TableSink sink) throws IOException {
    sink.header(columns());
  }

  public void write(TableSink sink, T item) throws IOException {
    sink.row(row(item));
  }
}
