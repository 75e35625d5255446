package org.downhill.landscape;

/**
 * A landscape's formula for people.
 *
 * @param plain plain text, e.g. {@code (a - x)^2 + b*(y - x^2)^2}
 * @param tex   TeX, e.g. {@code (a - x)^2 + b\,(y - x^2)^2}
 */
public record Formula(String plain, String tex) {
}
