package org.downhill.ui.model;

import javafx.beans.property.ReadOnlyObjectProperty;
import org.downhill.param.ParamSet;

/**
 * An editable set of parameter values, as a parameter editor sees it: the current values, and a
 * way to change one that refuses what the descriptors do not allow.
 */
public interface ParamSetModel {

    /** The current values. */
    ReadOnlyObjectProperty<ParamSet> values();

    /**
     * Changes one value.
     *
     * @throws org.downhill.param.InvalidParameterException if the value, or the combination, is not
     *                                                      allowed; nothing changes then
     */
    void set(String name, Object value);
}
