package org.downhill.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Objects;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * A TeX formula typeset by JLaTeXMath into an image (Java2D: no display needed), in a colour on a
 * background of its own. JLaTeXMath brings its own fonts (Computer Modern), so the formula looks
 * the same on every machine. Thread-safe; each call makes a new image.
 */
public final class TexImage {
    private TexImage() {
    }

    /**
     * Typesets a formula.
     *
     * @param tex   the formula, in the math mode of TeX (JLaTeXMath's dialect: {@code \frac},
     *              {@code \sqrt}, {@code \begin{array}}, {@code \text}, ...)
     * @param size  the font size in pixels of the image, above 0
     * @param argb  the colour of the glyphs, 0xAARRGGBB
     * @param background the colour under the formula, 0xAARRGGBB (0 for transparent), with a
     *              margin of a quarter of the font size around it
     * @return the formula, at least 1 x 1 pixel
     * @throws IllegalArgumentException if the formula is not valid TeX, naming the problem
     */
    public static BufferedImage render(String tex, float size, int argb, int background) {
        Objects.requireNonNull(tex, "tex");
        if (!(size > 0) || Float.isInfinite(size)) {
            throw new IllegalArgumentException("size must be > 0, not " + size);
        }
        TeXIcon icon;
        try {
            icon = new TeXFormula(tex).createTeXIcon(TeXConstants.STYLE_DISPLAY, size);
        } catch (ParseException e) {
            throw new IllegalArgumentException("Not a formula: " + e.getMessage(), e);
        }
        Color color = new Color(argb, true);
        icon.setForeground(color);
        int margin = background == 0 ? 0 : Math.round(size / 4);
        BufferedImage image = new BufferedImage(Math.max(1, icon.getIconWidth() + 2 * margin),
                Math.max(1, icon.getIconHeight() + 2 * margin), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            if (background != 0) {
                g.setColor(new Color(background, true));
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
            }
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(color);
            icon.paintIcon(null, g, margin, margin);
        } finally {
            g.dispose();
        }
        return image;
    }
}
