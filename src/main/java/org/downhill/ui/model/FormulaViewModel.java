package org.downhill.ui.model;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.downhill.landscape.ColorScaling;
import org.downhill.landscape.FormulaLandscape;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Window;
import org.downhill.landscape.formula.Expression;
import org.downhill.landscape.formula.FormulaSyntaxException;
import org.downhill.param.ParamSet;

/**
 * The formula field of the landscape panel: the text as typed, checked as it is typed. A text
 * that reads as a formula becomes the lab's landscape (prepared off the UI thread, see
 * {@link LabViewModel#requestLandscape}), unless it is the formula shown written differently (white
 * space, say); one that does not read sets {@link #errorProperty()}, which says what and where,
 * and changes nothing else. A blank text changes nothing either.
 *
 * <p>A new formula keeps the values of the parameters it shares by name with the landscape shown
 * (so {@code a} keeps its slider position while the formula around it is edited, and a built-in's
 * formula copied into the field keeps the built-in's values); new parameters start at 1. Editing
 * one formula into another keeps the view; a formula typed while a built-in landscape is shown
 * gets the view of a formula ({@link FormulaLandscape#DEFAULT_WINDOW}) and the runs start afresh;
 * a built-in's formula copied with {@link #copyBuiltIn} keeps the built-in's window, colours and
 * view, so the picture does not move.
 *
 * <p>The field shows the formula of the landscape shown, and is empty while a built-in landscape
 * is shown. Formulas go to the recent formulas when committed (Enter, leaving the field, picking
 * one) and when the lab leaves them for a built-in landscape, so no typed formula is lost.
 */
public final class FormulaViewModel {
    /** The formula shown when there is nothing else to start from. */
    public static final String EXAMPLE = "x^2 + 10*y^2";
    private final LabViewModel lab;
    private final RecentList<String> recent;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<FormulaSyntaxException> error = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper copyable = new ReadOnlyBooleanWrapper();
    /** The formula of the landscape shown, read, if it is not a typed one and reads as a formula. */
    private Expression builtInFormula;
    private boolean showing;
    /** The formula last sent to the lab from here: its arrival must not overwrite what is typed since. */
    private String requested;

    /** The formula field of a lab, with its recent formulas. */
    public FormulaViewModel(LabViewModel lab, RecentList<String> recent) {
        this.lab = lab;
        this.recent = recent;
        text.addListener((obs, old, now) -> {
            if (!showing) {
                typed(now);
            }
        });
        lab.landscapeProperty().addListener((obs, old, now) -> shown(old, now));
        shown(null, lab.landscape());
    }

    /** The text in the field, as typed. */
    public StringProperty textProperty() {
        return text;
    }

    /** Why the text is not a formula, or null if it is one (or is blank). */
    public ReadOnlyObjectProperty<FormulaSyntaxException> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * Whether the landscape shown can be copied into the field ({@link #copyBuiltIn}): a built-in
     * one, whose formula reads as a formula (a model on data's does not).
     */
    public ReadOnlyBooleanProperty copyableProperty() {
        return copyable.getReadOnlyProperty();
    }

    /** Whether the lab shows a typed formula. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** The recent formulas, newest first. */
    public ObservableList<String> recent() {
        return recent.items();
    }

    /** Keeps the formula shown among the recent ones (the user pressed Enter or left the field). */
    public void commit() {
        if (lab.landscape() instanceof FormulaLandscape f) {
            remember(f);
        }
    }

    /** Shows a formula (a recent one, say): as if typed, then committed. */
    public void pick(String formula) {
        text.set(formula);
        if (error.get() == null) {
            recent.add(oneLine(formula));
        }
    }

    /**
     * Copies the built-in landscape's formula into the field as a starting point: the same
     * function, now typed, with the built-in's parameter values, window and colours; the view stays.
     * Does nothing unless {@link #copyableProperty()}.
     */
    public void copyBuiltIn() {
        Landscape builtIn = lab.landscape();
        Expression e = builtInFormula;
        if (e == null) {
            return;
        }
        Landscape typed = FormulaLandscape.of(e, start(e, builtIn.params()), builtIn.defaultWindow(),
                builtIn.suggestedScaling());
        requested = e.text();
        show(e.text());
        error.set(null);
        recent.add(oneLine(e.text()));
        lab.requestLandscape(typed, false);
    }

    /**
     * Turns to a typed formula from a built-in landscape: the latest recent one, or the built-in's
     * own copied if there is none, or {@value #EXAMPLE} if that is no formula (a model on data);
     * nothing if a formula is shown or being typed.
     */
    public void activate() {
        if (lab.landscape() instanceof FormulaLandscape || !text.get().isBlank()) {
            return;
        }
        if (!recent.items().isEmpty()) {
            pick(recent.items().get(0));
        } else if (copyable.get()) {
            copyBuiltIn();
        } else {
            pick(EXAMPLE);
        }
    }

    private void typed(String now) {
        if (now.isBlank()) {
            error.set(null);
            return;
        }
        Expression e;
        try {
            e = Expression.parse(now);
        } catch (FormulaSyntaxException refused) {
            error.set(refused);
            return;
        }
        error.set(null);
        Landscape current = lab.landscape();
        if (current instanceof FormulaLandscape f && f.expression().root().equals(e.root())) {
            return;
        }
        boolean fromFormula = current instanceof FormulaLandscape;
        Window window = fromFormula ? current.defaultWindow() : FormulaLandscape.DEFAULT_WINDOW;
        ColorScaling scaling = fromFormula ? current.suggestedScaling() : ColorScaling.LINEAR;
        requested = now;
        lab.requestLandscape(FormulaLandscape.of(e, start(e, lab.landscapeModel().values().get()), window, scaling),
                !fromFormula);
    }

    /** Follows the lab: the field shows a formula shown, and empties when a built-in one is shown. */
    private void shown(Landscape old, Landscape now) {
        active.set(now instanceof FormulaLandscape);
        builtInFormula = now instanceof FormulaLandscape ? null : readable(now.formula().plain());
        copyable.set(builtInFormula != null);
        if (now instanceof FormulaLandscape f) {
            String formula = f.formula().plain();
            if (!formula.equals(requested) && !formula.equals(text.get())) {
                show(f.formula().plain());
                error.set(null);
            }
        } else {
            if (old instanceof FormulaLandscape f) {
                remember(f);
            }
            show("");
            error.set(null);
        }
    }

    private void show(String formula) {
        showing = true;
        try {
            text.set(formula);
        } finally {
            showing = false;
        }
    }

    private void remember(FormulaLandscape f) {
        recent.add(oneLine(f.formula().plain()));
    }

    /** A formula read, or null if the text is not one. */
    private static Expression readable(String text) {
        try {
            return Expression.parse(text);
        } catch (FormulaSyntaxException notAFormula) {
            return null;
        }
    }

    /** The starting values of a formula's parameters: those of the same name in a set, else 1. */
    private static Map<String, Double> start(Expression e, ParamSet from) {
        Map<String, Double> values = new HashMap<>();
        for (String name : e.parameters()) {
            Object value = from.values().get(name);
            values.put(name, value instanceof Double d ? d : 1.0);
        }
        return values;
    }

    /** A formula on one line, for the list of recent ones (white space does not change a formula). */
    private static String oneLine(String formula) {
        return formula.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
