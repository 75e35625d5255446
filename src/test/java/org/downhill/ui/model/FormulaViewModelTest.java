package org.downhill.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import org.downhill.data.Model;
import org.downhill.data.ModelLandscape;
import org.downhill.landscape.FormulaLandscape;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Landscapes;
import org.downhill.landscape.Window;
import org.downhill.param.Param;
import org.downhill.scenario.DataSets;
import org.downhill.sim.Trajectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The formula field's view model, without a toolkit. */
class FormulaViewModelTest {
    @TempDir
    Path dir;

    private FormulaViewModel field(LabViewModel lab) {
        return new FormulaViewModel(lab, new RecentList<>(dir.resolve("formulas.txt"), 10, s -> s, s -> s));
    }

    private static List<String> sliders(LabViewModel lab) {
        return lab.landscapeModel().values().get().schema().params().stream().map(Param::name).toList();
    }

    @Test
    void anInvalidFormulaShowsWhereAndChangesNothing() {
        LabViewModel lab = new LabViewModel();
        FormulaViewModel field = field(lab);
        Landscape before = lab.landscape();
        Trajectory run = lab.selected().trajectory();
        field.textProperty().set("x^2 + * y");
        assertEquals("expected a number, a variable or ( at column 6", field.errorProperty().get().getMessage());
        assertEquals(6, field.errorProperty().get().column());
        assertSame(before, lab.landscape());
        assertSame(run, lab.selected().trajectory());
        assertFalse(field.activeProperty().get());
        field.textProperty().set("");
        assertNull(field.errorProperty().get(), "an empty field is no error");
        assertSame(before, lab.landscape());
        field.textProperty().set("x^2");
        Landscape typed = lab.landscape();
        field.textProperty().set("x ^ 2 ");
        assertSame(typed, lab.landscape(), "the same formula written differently is no change");
    }

    @Test
    void aValidFormulaSwitchesTheLandscapeAndMakesSliders() {
        LabViewModel lab = new LabViewModel();
        FormulaViewModel field = field(lab);
        field.textProperty().set("a*x^2 + b*y^2");
        assertNull(field.errorProperty().get());
        Landscape typed = lab.landscape();
        assertEquals(FormulaLandscape.ID, typed.family().id());
        assertEquals("a*x^2 + b*y^2", typed.formula().plain());
        assertEquals(List.of("a", "b"), sliders(lab));
        assertTrue(field.activeProperty().get());
        assertEquals(FormulaLandscape.DEFAULT_WINDOW, lab.view().window());
        assertSame(typed, lab.selected().trajectory().plan().spec().landscape());
        assertEquals(2.0, typed.value(1, 1), 1e-12);

        lab.landscapeModel().set("a", 3.0);
        assertEquals(4.0, lab.landscape().value(1, 1), 1e-12);
        Window zoomed = new Window(-1, 1, -1, 1);
        lab.view().show(zoomed);
        field.textProperty().set("a*x^2 + b*y^2 + c");
        assertEquals(List.of("a", "b", "c"), sliders(lab));
        assertEquals(3.0, lab.landscape().params().real("a"), "a shared parameter keeps its value");
        assertEquals(1.0, lab.landscape().params().real("c"));
        assertEquals(zoomed, lab.view().window(), "editing a formula keeps the view");
    }

    @Test
    void aBuiltInFormulaIsCopiedWithItsValuesAndView() {
        LabViewModel lab = new LabViewModel();
        FormulaViewModel field = field(lab);
        lab.setLandscapeFamily(Landscapes.byId("rosenbrock"));
        lab.landscapeModel().set("b", 20.0);
        Landscape builtIn = lab.landscape();
        Window view = lab.view().window();
        field.copyBuiltIn();
        Landscape typed = lab.landscape();
        assertEquals("(a - x)^2 + b*(y - x^2)^2", field.textProperty().get());
        assertEquals("(a - x)^2 + b*(y - x^2)^2", typed.formula().plain());
        assertEquals(20.0, typed.params().real("b"));
        assertEquals(builtIn.defaultWindow(), typed.defaultWindow());
        assertEquals(builtIn.suggestedScaling(), typed.suggestedScaling());
        assertEquals(view, lab.view().window());
        assertEquals(builtIn.value(0.3, -0.7), typed.value(0.3, -0.7), 1e-12);
        assertEquals(List.of("(a - x)^2 + b*(y - x^2)^2"), field.recent());
    }

    @Test
    void aModelOnDataHasNoFormulaToCopy() {
        LabViewModel lab = new LabViewModel();
        FormulaViewModel field = field(lab);
        assertTrue(field.copyableProperty().get(), "the bowl's formula can be copied");
        lab.setLandscape(ModelLandscape.of(Model.LINEAR, DataSets.byName("faithful").data(),
                List.of("eruptions", "waiting"), true), true);
        assertFalse(field.copyableProperty().get());
        Landscape model = lab.landscape();
        field.copyBuiltIn();
        assertSame(model, lab.landscape());
        field.activate();
        assertEquals(FormulaViewModel.EXAMPLE, lab.landscape().formula().plain(), "something to start from");
    }

    @Test
    void aFormulaLeftForABuiltInIsRememberedAndTheFieldEmpties() {
        LabViewModel lab = new LabViewModel();
        FormulaViewModel field = field(lab);
        field.textProperty().set("sin(3*x)*cos(2*y) + 0.1*(x^2 + y^2)");
        field.textProperty().set("sin(3*x)*cos(2*y) + 0.2*(x^2 + y^2)");
        assertEquals(List.of(), field.recent(), "intermediate formulas are not kept");
        lab.setLandscapeFamily(Landscapes.byId("himmelblau"));
        assertEquals("", field.textProperty().get());
        assertFalse(field.activeProperty().get());
        assertEquals(List.of("sin(3*x)*cos(2*y) + 0.2*(x^2 + y^2)"), field.recent());
        field.activate();
        assertEquals("sin(3*x)*cos(2*y) + 0.2*(x^2 + y^2)", lab.landscape().formula().plain());

        RecentList<String> reread = new RecentList<>(dir.resolve("formulas.txt"), 10, s -> s, s -> s);
        assertEquals(List.of("sin(3*x)*cos(2*y) + 0.2*(x^2 + y^2)"), reread.items(), "kept in the app's folder");
    }

    @Test
    void aStartWhereTheNewFormulaIsUndefinedMovesToWhereItIsDefined() {
        LabViewModel lab = new LabViewModel();
        FormulaViewModel field = field(lab);
        field.textProperty().set("x^2 + y^2");
        lab.setStart(-2, 1, false);
        field.textProperty().set("x^2 + y^2 + log(y)");
        assertEquals(-2, lab.selected().startProperty().get().getX(), "defined there: kept");
        field.textProperty().set("x^2 + y^2 + log(y) + sqrt(x)");
        double[] s = lab.landscape().suggestedStart();
        assertEquals(s[0], lab.selected().startProperty().get().getX());
        assertEquals(s[1], lab.selected().startProperty().get().getY());
        assertTrue(Double.isFinite(lab.selected().trajectory().loss(0)));
    }

    @Test
    void aScenarioWithAFormulaShowsItInTheField() {
        LabViewModel source = new LabViewModel();
        field(source).textProperty().set("x^4 - x^2 + y^2");
        LabViewModel lab = new LabViewModel();
        FormulaViewModel field = field(lab);
        field.textProperty().set("x^2 + y^");
        lab.load(source.toScenario());
        assertEquals("x^4 - x^2 + y^2", field.textProperty().get());
        assertNull(field.errorProperty().get());
    }

    @Test
    void formulasArePreparedOnTheWorkerNewestOnly() {
        LabViewModel lab = new LabViewModel();
        ArrayDeque<Runnable> worker = new ArrayDeque<>();
        lab.prepareLandscapesOn(worker::add, Runnable::run);
        FormulaViewModel field = field(lab);
        Landscape before = lab.landscape();
        field.textProperty().set("x^2 + 10*y^2");
        assertSame(before, lab.landscape(), "not before its critical points are found");
        field.textProperty().set("x^2 + 10*y^2 + x");
        field.textProperty().set("x^2 + 10*y^2 + x +");
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
        assertEquals("x^2 + 10*y^2 + x", lab.landscape().formula().plain(), "the newest request");
        assertEquals("x^2 + 10*y^2 + x +", field.textProperty().get(), "what was typed since stays");
        assertEquals(1, lab.landscape().criticalPoints().size());

        field.textProperty().set("x^2 + 3*y^2");
        lab.setLandscapeFamily(Landscapes.byId("booth"));
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
        assertEquals("booth", lab.landscape().family().id(), "a direct change wins over a request made before it");
    }
}
