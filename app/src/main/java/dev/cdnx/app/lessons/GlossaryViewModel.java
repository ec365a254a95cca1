package dev.cdnx.app.lessons;

import dev.cdnx.model.lessons.Lessons;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;

/** The glossary's terms, a filter over term and definition, and the selected entry. Touches no node. */
public final class GlossaryViewModel {

    private final FilteredList<Lessons.GlossaryEntry> entries =
            new FilteredList<>(FXCollections.observableArrayList(Lessons.glossary()));
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<Lessons.GlossaryEntry> selected = new SimpleObjectProperty<>(this, "selected");

    public GlossaryViewModel() {
        filter.addListener((o, a, b) -> {
            String f = b == null ? "" : b.trim().toLowerCase(Locale.ROOT);
            entries.setPredicate(
                    f.isEmpty()
                            ? null
                            : e -> e.term().toLowerCase(Locale.ROOT).contains(f)
                                    || e.definition().toLowerCase(Locale.ROOT).contains(f));
        });
    }

    /** Selects a term (case-insensitive), clearing the filter; false when the glossary lacks it. */
    public boolean select(String term) {
        Lessons.GlossaryEntry e = Lessons.term(term);
        if (e == null) {
            return false;
        }
        filter.set("");
        for (Lessons.GlossaryEntry x : entries) {
            if (x.term().equals(e.term())) {
                selected.set(x);
                return true;
            }
        }
        return false;
    }

    public FilteredList<Lessons.GlossaryEntry> entries() {
        return entries;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<Lessons.GlossaryEntry> selectedProperty() {
        return selected;
    }
}
