package org.downhill.landscape;

import org.downhill.param.Interval;
import org.downhill.param.Param;
import org.downhill.param.ParamSet;
import org.downhill.param.RealParam;

/**
 * The families whose landscapes are quadratic forms, each a {@link QuadraticForm}: each constant
 * turns its parameters into the Hessian entries. (Booth's function, a quadratic polynomial with
 * linear terms, is {@link Booth}.) Their Hessian is the same everywhere; where it is positive
 * definite, gradient descent with a constant learning rate lr converges exactly when
 * {@code 0 < lr < 2/L} (L the largest eigenvalue), and the smallest eigenvalue sets the pace.
 */
enum QuadraticFamily {

    /**
     * {@code quadratic}: f = 0.5*(a*x^2 + b*y^2); gradient (a*x, b*y); Hessian diag(a, b).
     * Teaches the step-size limit {@code lr < 2/max(a, b)}, zig-zagging across the steep axis and
     * slow progress along the flat one. A negative a or b turns the origin into a saddle.
     */
    QUADRATIC("quadratic", "Quadratic",
            "An axis-aligned valley: the steep axis limits the step size, the flat one sets the pace.",
            new Formula("0.5*(a*x^2 + b*y^2)", "\\tfrac{1}{2}\\,(a\\,x^2 + b\\,y^2)"),
            Window.centered(0, 0, 3), ColorScaling.LINEAR,
            RealParam.linear("a", 1, Interval.ALL, -2, 20, "curvature along x (negative makes the origin a saddle)"),
            RealParam.linear("b", 10, Interval.ALL, -2, 100,
                    "curvature along y (negative makes the origin a saddle)")) {
        @Override
        QuadraticForm create(ParamSet p) {
            return new QuadraticForm(this, p, p.real("a"), 0, p.real("b"));
        }
    },

    /**
     * {@code rotated_quadratic}: f = 0.5*(a11*x^2 + 2*a12*x*y + a22*y^2) = 0.5*[x y] A [x y]^T;
     * gradient (a11*x + a12*y, a12*x + a22*y); Hessian A = [[a11, a12], [a12, a22]]. Teaches that
     * a valley not aligned with the axes couples the coordinates, which per-coordinate adaptive
     * methods (Adagrad, RMSprop, Adam) cannot undo.
     */
    ROTATED_QUADRATIC("rotated_quadratic", "Rotated quadratic",
            "A tilted valley: the coordinates are coupled, so per-coordinate step sizes cannot straighten the path.",
            new Formula("0.5*(a11*x^2 + 2*a12*x*y + a22*y^2)",
                    "\\tfrac{1}{2}\\,(a_{11}x^2 + 2a_{12}xy + a_{22}y^2)"),
            Window.centered(0, 0, 3), ColorScaling.LINEAR,
            RealParam.linear("a11", 3, Interval.ALL, -2, 20, "curvature along x (Hessian entry A11)"),
            RealParam.linear("a12", 2, Interval.ALL, -10, 10, "coupling of x and y (off-diagonal Hessian entry A12)"),
            RealParam.linear("a22", 6, Interval.ALL, -2, 20, "curvature along y (Hessian entry A22)")) {
        @Override
        QuadraticForm create(ParamSet p) {
            return new QuadraticForm(this, p, p.real("a11"), p.real("a12"), p.real("a22"));
        }
    },

    /**
     * {@code bowl}: the quadratic bowl with largest curvature L ({@code curvature}), condition
     * number kappa ({@code condition}) and its steep direction at angle theta ({@code angle}, in
     * degrees) from the x axis:
     * <pre>
     *   f = 0.5*L*(u^2 + v^2/kappa),  u = x*cos(theta) + y*sin(theta),  v = y*cos(theta) - x*sin(theta)
     *   Hessian: hxx = L*(cos^2(theta) + sin^2(theta)/kappa)
     *            hxy = L*(1 - 1/kappa)*sin(theta)*cos(theta)
     *            hyy = L*(sin^2(theta) + cos^2(theta)/kappa)
     *   gradient (hxx*x + hxy*y, hxy*x + hyy*y)
     * </pre>
     * Its eigenvalues are L and L/kappa. Teaches conditioning directly: the largest stable
     * learning rate is 2/L, and gradient descent at its best rate contracts the error by
     * (kappa - 1)/(kappa + 1) per step, so kappa alone decides how slow it is.
     */
    BOWL("bowl", "Bowl",
            "A bowl with a chosen condition number, orientation and curvature: conditioning decides the speed.",
            new Formula("0.5*curvature*((x*cos(angle*pi/180) + y*sin(angle*pi/180))^2"
                    + " + (y*cos(angle*pi/180) - x*sin(angle*pi/180))^2/condition)",
                    "\\tfrac{L}{2}\\left(u^2 + \\frac{v^2}{\\kappa}\\right),\\quad u = x\\cos\\theta + y\\sin\\theta,"
                            + "\\; v = y\\cos\\theta - x\\sin\\theta"),
            Window.centered(0, 0, 3), ColorScaling.LINEAR,
            RealParam.log("condition", 10, Interval.atLeast(1), 1, 1000,
                    "condition number kappa: the steepest curvature divided by the flattest"),
            RealParam.linear("angle", 30, Interval.closed(-90, 90), -90, 90,
                    "direction of the steepest curvature, in degrees from the x axis"),
            RealParam.log("curvature", 10, Interval.above(0), 0.01, 1000,
                    "largest curvature L, the Hessian's largest eigenvalue")) {
        @Override
        QuadraticForm create(ParamSet p) {
            double steep = p.real("curvature");
            double flat = steep / p.real("condition");
            double theta = Math.toRadians(p.real("angle"));
            double cos = Math.cos(theta);
            double sin = Math.sin(theta);
            return new QuadraticForm(this, p, steep * cos * cos + flat * sin * sin, (steep - flat) * sin * cos,
                    steep * sin * sin + flat * cos * cos);
        }
    },

    /**
     * {@code matyas}: f = 0.26*(x^2 + y^2) - 0.48*x*y; gradient (0.52*x - 0.48*y, 0.52*y - 0.48*x);
     * Hessian [[0.52, -0.48], [-0.48, 0.52]] (eigenvalues 1 and 0.04, condition number 25); global
     * minimum 0 at the origin. Teaches a long, flat diagonal valley where the gradient is tiny
     * and gradient descent crawls.
     */
    MATYAS("matyas", "Matyas",
            "A long, flat diagonal valley: small gradients make plain gradient descent crawl.",
            new Formula("0.26*(x^2 + y^2) - 0.48*x*y", "0.26\\,(x^2 + y^2) - 0.48\\,xy"),
            Window.centered(0, 0, 10), ColorScaling.LINEAR) {
        @Override
        QuadraticForm create(ParamSet p) {
            return new QuadraticForm(this, p, 0.52, -0.48, 0.52);
        }
    },

    /**
     * {@code saddle}: f = x^2 - y^2; gradient (2*x, -2*y); Hessian diag(2, -2); a saddle point at
     * the origin and no minimum (f is unbounded below). Teaches that a start on the x axis
     * converges to the saddle, and that any tiny offset in y (noise) grows until it escapes.
     */
    SADDLE("saddle", "Saddle",
            "A saddle point: gradient descent stalls near it and escapes only along the downhill direction.",
            new Formula("x^2 - y^2", "x^2 - y^2"),
            Window.centered(0, 0, 2), ColorScaling.LINEAR) {
        @Override
        QuadraticForm create(ParamSet p) {
            return new QuadraticForm(this, p, 2, 0, -2);
        }
    };

    private final LandscapeFamily family;
    private final Formula formula;
    private final Window window;
    private final ColorScaling scaling;

    QuadraticFamily(String id, String displayName, String description, Formula formula, Window window,
                    ColorScaling scaling, Param... params) {
        this.family = AbstractLandscape.defineFamily(id, displayName, description, this::create, params);
        this.formula = formula;
        this.window = window;
        this.scaling = scaling;
    }

    /** The landscape for validated parameter values. */
    abstract QuadraticForm create(ParamSet params);

    LandscapeFamily family() {
        return family;
    }

    Formula formula() {
        return formula;
    }

    Window window() {
        return window;
    }

    ColorScaling scaling() {
        return scaling;
    }
}
