package org.downhill.ui;

import java.util.List;
import java.util.stream.Stream;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.downhill.ui.controls.CaptionBanner;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.ViewLayout;

/**
 * Shares the height of the column left of the controls so that larger text never takes the
 * views' room. The parts over and under the views (the caption, the learning-rate strip, the
 * transport) grow with the text; they grow at the charts' expense: the charts get at most
 * {@value #MAX_CHARTS_SHARE} of the column's height and, with larger text, the height they had at
 * normal text in a column of the same size less what the other parts have grown since. The
 * caption grows no taller than it was at normal text (nor than {@value #MAX_CAPTION_SHARE} of the
 * column): the rest of it scrolls. The charts never take what the views need (the 2D view's least
 * height; the 3D view's preferred picture and its controls), and the column's layout takes what it
 * lacks from the views, never from the charts; charts left less than
 * {@value #MIN_LEGIBLE_CHARTS_HEIGHT} pixels are hidden rather than squeezed. Normal text gives
 * everything back. Once the column changes size at larger text, what the parts had at normal text
 * is not known, and the shares apply.
 */
final class ViewRoomKeeper {
    /** The charts' largest share of the column's height. */
    static final double MAX_CHARTS_SHARE = 0.28;
    /** The caption's largest share of the column's height. */
    static final double MAX_CAPTION_SHARE = 0.2;
    /** The charts' least height, in pixels, at which their axes and curves can be read. */
    static final double MIN_LEGIBLE_CHARTS_HEIGHT = 64;

    /** The column's size and its parts' heights, last seen at normal text with the charts shown. */
    private record AtNormalText(double width, double height, String caption, double captionHeight,
                                double others, double charts) {
    }

    private ViewRoomKeeper() {
    }

    /**
     * Binds the caption's maximum height and the charts' least and largest heights and visibility.
     *
     * @param column  the column: the caption, the views, the other parts and the charts
     * @param others  the parts whose growth the charts absorb (the caption among them)
     * @param views   the views, whose needed height the charts leave them
     */
    static void keep(VBox column, LabViewModel lab, CaptionBanner caption, List<Region> others, Region views,
                     Region charts) {
        DoubleBinding othersHeight = Bindings.createDoubleBinding(
                () -> others.stream().filter(Node::isVisible).mapToDouble(Region::getHeight).sum(),
                others.stream().flatMap(r -> Stream.of(r.heightProperty(), r.visibleProperty()))
                        .toArray(Observable[]::new));
        ObjectProperty<AtNormalText> normal = new SimpleObjectProperty<>();
        InvalidationListener record = obs -> {
            if (lab.view().textScaleProperty().get() == 1 && charts.isVisible()) {
                normal.set(new AtNormalText(column.getWidth(), column.getHeight(), lab.captionProperty().get(),
                        caption.getHeight(), othersHeight.get(), charts.getHeight()));
            }
        };
        othersHeight.addListener(record);
        charts.heightProperty().addListener(record);
        Observable[] inputs = {column.widthProperty(), column.heightProperty(), othersHeight, normal,
            lab.view().textScaleProperty(), lab.captionProperty()};

        caption.maxHeightProperty().bind(Bindings.createDoubleBinding(() -> {
            double share = column.getHeight() * MAX_CAPTION_SHARE;
            AtNormalText n = known(normal.get(), column, lab);
            return n == null || !n.caption().equals(lab.captionProperty().get()) ? share
                    : Math.min(share, n.captionHeight());
        }, inputs));
        // what the views need changes with their content (2D, 3D, both), text and width: measured
        // before the next layout pass after they asked for one or were resized (the measure walks
        // their controls, so not at every pulse), after whatever changed them
        DoubleProperty neededByViews = new SimpleDoubleProperty();
        boolean[] changed = {true};
        views.needsLayoutProperty().addListener((obs, was, now) -> changed[0] |= now);
        views.widthProperty().addListener(obs -> changed[0] = true);
        Runnable measure = () -> {
            if (changed[0]) {
                changed[0] = false;
                neededByViews.set(needed(views, lab));
            }
        };
        column.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removePreLayoutPulseListener(measure);
            }
            if (now != null) {
                now.addPreLayoutPulseListener(measure);
            }
        });
        DoubleBinding leftByViews = Bindings.createDoubleBinding(
                () -> column.getHeight() - othersHeight.get() - neededByViews.get(),
                column.heightProperty(), othersHeight, neededByViews);
        charts.maxHeightProperty().bind(Bindings.createDoubleBinding(() -> {
            double share = Math.min(column.getHeight() * MAX_CHARTS_SHARE, leftByViews.get());
            AtNormalText n = known(normal.get(), column, lab);
            if (n == null) {
                return Math.max(0, share);
            }
            double grown = Math.max(0, othersHeight.get() - n.others());
            return Math.max(0, Math.min(share, n.charts()) - grown);
        }, Stream.concat(Stream.of(inputs), Stream.of(leftByViews)).toArray(Observable[]::new)));
        // the charts have the height so given (their preferred, within the bound): the column's
        // layout takes what it lacks from the views, which have room down to their least height,
        // and never from the charts, which would be squeezed to their titles
        charts.minHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(0, Math.min(charts.getPrefHeight(), charts.getMaxHeight())),
                charts.prefHeightProperty(), charts.maxHeightProperty()));
        charts.visibleProperty().bind(lab.view().chartsProperty().and(
                charts.maxHeightProperty().greaterThanOrEqualTo(MIN_LEGIBLE_CHARTS_HEIGHT)));
        charts.managedProperty().bind(charts.visibleProperty());
    }

    /**
     * The height the views need: the 2D view draws at any size, down to its least height; the 3D
     * view (alone or beside the 2D one) its preferred picture under its controls, for which the
     * charts give way.
     */
    private static double needed(Region views, LabViewModel lab) {
        return lab.view().layoutProperty().get() == ViewLayout.PLANE ? views.minHeight(views.getWidth())
                : views.prefHeight(views.getWidth());
    }

    /** What the parts had at normal text, if the text is larger and the column is the same size. */
    private static AtNormalText known(AtNormalText n, Region column, LabViewModel lab) {
        boolean same = n != null && Math.abs(n.width() - column.getWidth()) <= 0.5
                && Math.abs(n.height() - column.getHeight()) <= 0.5;
        return lab.view().textScaleProperty().get() != 1 && same ? n : null;
    }
}
