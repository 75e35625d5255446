package org.downhill.render;

import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.downhill.landscape.ColorScaling;
import org.downhill.landscape.CriticalPoint;
import org.downhill.landscape.Formula;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.LandscapeFamily;
import org.downhill.landscape.Window;
import org.downhill.param.ParamSchema;
import org.downhill.param.ParamSet;

/**
 * A landscape made of a function of (x, y), for the render tests, which use only values: its
 * derivatives are not implemented.
 */
public final class TestLandscape implements Landscape {
    private final String name;
    private final DoubleBinaryOperator f;
    private final Window window;
    private final ColorScaling scaling;

    public TestLandscape(String name, DoubleBinaryOperator f, Window window, ColorScaling scaling) {
        this.name = name;
        this.f = f;
        this.window = window;
        this.scaling = scaling;
    }

    /** x^2 + y^2 on [-2, 2]^2. */
    public static TestLandscape bowl() {
        return new TestLandscape("bowl", (x, y) -> x * x + y * y, Window.centered(0, 0, 2), ColorScaling.LINEAR);
    }

    /** (1 - x)^2 + 100 (y - x^2)^2 on [-2, 2] x [-1, 3]. */
    public static TestLandscape rosenbrock() {
        return new TestLandscape("rosenbrock", (x, y) -> (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x),
                new Window(-2, 2, -1, 3), ColorScaling.LOG);
    }

    @Override
    public LandscapeFamily family() {
        return new LandscapeFamily(name, name, "a test landscape", ParamSchema.of(name, List.of()), p -> this);
    }

    @Override
    public ParamSet params() {
        return family().schema().defaults();
    }

    @Override
    public Formula formula() {
        return new Formula(name, name);
    }

    @Override
    public double value(double x, double y) {
        return f.applyAsDouble(x, y);
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        throw new UnsupportedOperationException("render tests use values only");
    }

    @Override
    public void hessian(double x, double y, double[] out) {
        throw new UnsupportedOperationException("render tests use values only");
    }

    @Override
    public Window defaultWindow() {
        return window;
    }

    @Override
    public List<CriticalPoint> criticalPoints() {
        return List.of();
    }

    @Override
    public ColorScaling suggestedScaling() {
        return scaling;
    }
}
