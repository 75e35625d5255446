package org.downhill.landscape;

import java.util.List;
import java.util.stream.Collectors;
import org.downhill.param.Excerpt;
import org.downhill.param.InvalidParameterException;

/**
 * The built-in landscape families, in teaching order: quadratic bowls first (conditioning and
 * the step-size limit), then saddle points, curved valleys, several minima, many local minima and
 * finally values spanning orders of magnitude.
 *
 * <table>
 *   <caption>Families</caption>
 *   <tr><th>id</th><th>parameters</th><th>what it teaches</th></tr>
 *   <tr><td>quadratic</td><td>a, b</td><td>the step-size limit 2/L, zig-zags, slow flat directions</td></tr>
 *   <tr><td>rotated_quadratic</td><td>a11, a12, a22</td><td>coupled coordinates</td></tr>
 *   <tr><td>bowl</td><td>condition, angle, curvature</td><td>conditioning, directly</td></tr>
 *   <tr><td>booth</td><td>-</td><td>a tilted bowl away from the origin</td></tr>
 *   <tr><td>matyas</td><td>-</td><td>a long flat valley, tiny gradients</td></tr>
 *   <tr><td>saddle</td><td>-</td><td>stalling at a saddle point and escaping it</td></tr>
 *   <tr><td>monkey_saddle</td><td>-</td><td>a degenerate saddle</td></tr>
 *   <tr><td>rosenbrock</td><td>a, b</td><td>a curved valley</td></tr>
 *   <tr><td>beale</td><td>-</td><td>a narrow valley between very steep walls</td></tr>
 *   <tr><td>himmelblau</td><td>-</td><td>four equal minima: the start decides</td></tr>
 *   <tr><td>six_hump_camel</td><td>-</td><td>global and local minima side by side</td></tr>
 *   <tr><td>styblinski_tang</td><td>-</td><td>one deep and three shallower minima</td></tr>
 *   <tr><td>multi_well</td><td>bowl, well1_x ... well3_width</td><td>getting stuck, and momentum rolling on</td></tr>
 *   <tr><td>rastrigin</td><td>A</td><td>a regular grid of local minima</td></tr>
 *   <tr><td>ackley</td><td>-</td><td>a flat rippled plain around one funnel</td></tr>
 *   <tr><td>goldstein_price</td><td>-</td><td>values from 3 to a million</td></tr>
 * </table>
 */
public final class Landscapes {
    private static final List<LandscapeFamily> ALL = List.of(
            QuadraticFamily.QUADRATIC.family(),
            QuadraticFamily.ROTATED_QUADRATIC.family(),
            QuadraticFamily.BOWL.family(),
            Booth.FAMILY,
            QuadraticFamily.MATYAS.family(),
            QuadraticFamily.SADDLE.family(),
            MonkeySaddle.FAMILY,
            Rosenbrock.FAMILY,
            Beale.FAMILY,
            Himmelblau.FAMILY,
            SixHumpCamel.FAMILY,
            StyblinskiTang.FAMILY,
            MultiWell.FAMILY,
            Rastrigin.FAMILY,
            Ackley.FAMILY,
            GoldsteinPrice.FAMILY);

    private Landscapes() {
    }

    /** Every built-in family, in teaching order (quadratic first); an unmodifiable list. */
    public static List<LandscapeFamily> all() {
        return ALL;
    }

    /**
     * The family with this id, e.g. {@code rosenbrock}.
     *
     * @throws InvalidParameterException naming the known ids if there is none
     */
    public static LandscapeFamily byId(String id) {
        return ALL.stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new InvalidParameterException("Unknown landscape '" + Excerpt.of(id)
                        + "'; known: " + ALL.stream().map(LandscapeFamily::id).collect(Collectors.joining(", "))));
    }
}
