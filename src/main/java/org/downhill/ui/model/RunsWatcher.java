package org.downhill.ui.model;

import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Tells a view when anything it draws of the runs changes: the list itself (a run added or
 * removed) or any of the chosen properties of any run. Listeners follow runs as they come and go.
 */
public final class RunsWatcher {
    private RunsWatcher() {
    }

    /**
     * Calls {@code onChange} whenever the list changes or one of {@code observables(run)} of a
     * run in it is invalidated.
     */
    public static void watch(ObservableList<RunViewModel> runs, Function<RunViewModel, Observable[]> observables,
                             InvalidationListener onChange) {
        runs.forEach(run -> add(observables.apply(run), onChange));
        runs.addListener((ListChangeListener<RunViewModel>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(run -> remove(observables.apply(run), onChange));
                change.getAddedSubList().forEach(run -> add(observables.apply(run), onChange));
            }
            onChange.invalidated(runs);
        });
    }

    private static void add(Observable[] observables, InvalidationListener listener) {
        for (Observable o : observables) {
            o.addListener(listener);
        }
    }

    private static void remove(Observable[] observables, InvalidationListener listener) {
        for (Observable o : observables) {
            o.removeListener(listener);
        }
    }
}
