package org.downhill.ui.controls;

import java.math.BigDecimal;
import java.math.MathContext;
import org.downhill.param.RealParam;
import org.downhill.param.Scale;

/**
 * The map between a slider's position and a real parameter's value: linear, or logarithmic
 * ({@code value = 10^position}) for parameters spanning decades such as the learning rate.
 * Values picked by dragging are rounded to three significant digits, so a dragged learning rate
 * reads 0.0123, not 0.012302687708123818.
 */
record SliderScale(double min, double max, Scale scale) {
    private static final MathContext THREE = new MathContext(3);

    static SliderScale of(RealParam p) {
        return new SliderScale(p.sliderMin(), p.sliderMax(), p.scale());
    }

    /** The slider's lowest position. */
    double positionMin() {
        return toPosition(min);
    }

    /** The slider's highest position. */
    double positionMax() {
        return toPosition(max);
    }

    /** The position of a value, clamped to the slider. */
    double toPosition(double value) {
        double v = Math.max(min, Math.min(max, value));
        return scale == Scale.LOG ? Math.log10(v) : v;
    }

    /** The value at a position, rounded to three significant digits. */
    double toValue(double position) {
        double v = scale == Scale.LOG ? Math.pow(10, position) : position;
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        if (scale == Scale.LINEAR && Math.abs(v) < (max - min) * 1e-4) {
            return 0;
        }
        return new BigDecimal(v).round(THREE).doubleValue();
    }
}
