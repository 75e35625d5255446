package org.downhill.figure.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.Base64;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** What SvgSketch writes for each drawing call, read back with an XML parser. */
class SvgSketchTest {
    private final SvgSketch sketch = new SvgSketch(200, 100);

    private Document parse() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(sketch.toSvg())));
    }

    private Element only(String tag) throws Exception {
        NodeList nodes = parse().getElementsByTagName(tag);
        assertEquals(1, nodes.getLength(), "<" + tag + "> elements in\n" + sketch.toSvg());
        return (Element) nodes.item(0);
    }

    @Test
    void anEmptySketchIsAnSvgDocumentOfItsSize() throws Exception {
        Element root = parse().getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("200", root.getAttribute("width"));
        assertEquals("100", root.getAttribute("height"));
        assertEquals("0 0 200 100", root.getAttribute("viewBox"));
    }

    @Test
    void aStrokedPathIsOnePathWithItsPointsAndStyle() throws Exception {
        sketch.setStroke(Rgba.rgb(255, 0, 0, 0.5));
        sketch.setLineWidth(2.5);
        sketch.beginPath();
        sketch.moveTo(1, 2);
        sketch.lineTo(3.456, -4);
        sketch.moveTo(10, 10);
        sketch.lineTo(12, 10.1);
        sketch.stroke();
        Element path = only("path");
        assertEquals("M1 2L3.46 -4M10 10L12 10.1", path.getAttribute("d"));
        assertEquals("#ff0000", path.getAttribute("stroke"));
        assertEquals("0.5", path.getAttribute("stroke-opacity"));
        assertEquals("2.5", path.getAttribute("stroke-width"));
        assertEquals("none", path.getAttribute("fill"));
    }

    @Test
    void aPathOfAThousandPointsIsOneElement() throws Exception {
        sketch.beginPath();
        for (int i = 0; i < 1000; i++) {
            sketch.lineTo(i * 0.2, 50 + 40 * Math.sin(i / 30.0));
        }
        sketch.stroke();
        String d = only("path").getAttribute("d");
        assertTrue(d.startsWith("M0 50L"), d);
        assertEquals(999, d.chars().filter(c -> c == 'L').count());
    }

    @Test
    void aFilledClosedPathEndsWithZAndHasTheFillColour() throws Exception {
        sketch.setFill(Rgba.web("#0072B2"));
        sketch.beginPath();
        sketch.moveTo(0, 0);
        sketch.lineTo(10, 0);
        sketch.lineTo(5, 8);
        sketch.closePath();
        sketch.fill();
        Element path = only("path");
        assertEquals("M0 0L10 0L5 8Z", path.getAttribute("d"));
        assertEquals("#0072b2", path.getAttribute("fill"));
        assertFalse(path.hasAttribute("fill-opacity"));
        assertFalse(path.hasAttribute("stroke"));
    }

    @Test
    void restoreBringsBackTheSavedStyleAndTransform() throws Exception {
        sketch.setStroke(Rgba.rgb(255, 0, 0));
        sketch.setLineWidth(3);
        sketch.save();
        sketch.setStroke(Rgba.rgb(0, 0, 255));
        sketch.setLineWidth(1);
        sketch.translate(10, 20);
        sketch.strokeLine(0, 0, 5, 5);
        sketch.restore();
        sketch.strokeLine(0, 0, 5, 5);
        NodeList lines = parse().getElementsByTagName("line");
        Element inside = (Element) lines.item(0);
        Element after = (Element) lines.item(1);
        assertEquals("#0000ff", inside.getAttribute("stroke"));
        assertEquals("10", inside.getAttribute("x1"));
        assertEquals("25", inside.getAttribute("y2"));
        assertEquals("#ff0000", after.getAttribute("stroke"));
        assertEquals("3", after.getAttribute("stroke-width"));
        assertEquals("0", after.getAttribute("x1"));
        assertEquals("5", after.getAttribute("y2"));
    }

    @Test
    void pathPointsAreTransformedWhenAddedAsOnACanvas() throws Exception {
        sketch.beginPath();
        sketch.translate(100, 0);
        sketch.moveTo(0, 0);
        sketch.rotate(90);
        sketch.lineTo(10, 0);
        sketch.stroke();
        assertEquals("M100 0L100 10", only("path").getAttribute("d"));
    }

    @Test
    void shapesUnderARotationCarryTheTransform() throws Exception {
        sketch.translate(30, 40);
        sketch.rotate(-90);
        sketch.fillText("y", 0, 0);
        Element text = only("text");
        assertEquals("matrix(0 -1 1 0 30 40)", text.getAttribute("transform"));
        assertEquals("0", text.getAttribute("x"));
    }

    @Test
    void shapesUnderATranslationAreMoved() throws Exception {
        sketch.translate(30, 40);
        sketch.strokeOval(-5, -5, 10, 10);
        sketch.fillOval(0, 0, 10, 4);
        sketch.fillRoundRect(1, 2, 20, 10, 8, 6);
        Element circle = only("circle");
        assertEquals("30", circle.getAttribute("cx"));
        assertEquals("40", circle.getAttribute("cy"));
        assertEquals("5", circle.getAttribute("r"));
        assertFalse(circle.hasAttribute("transform"));
        Element ellipse = only("ellipse");
        assertEquals("35", ellipse.getAttribute("cx"));
        assertEquals("2", ellipse.getAttribute("ry"));
        Element rect = only("rect");
        assertEquals("31", rect.getAttribute("x"));
        assertEquals("4", rect.getAttribute("rx"));
        assertEquals("3", rect.getAttribute("ry"));
    }

    @Test
    void textIsEscapedAndKeepsItsCharacters() throws Exception {
        sketch.fillText("a<b & \"c\" > \u2212lr\u00b7\u2207f\u0001", 5, 6);
        assertEquals("a<b & \"c\" > \u2212lr\u00b7\u2207f", only("text").getTextContent());
        assertTrue(sketch.toSvg().contains("a&lt;b &amp; &quot;c&quot; &gt;"));
    }

    @Test
    void textAlignmentMapsToTheAnchor() throws Exception {
        TextAlign[] aligns = {TextAlign.LEFT, TextAlign.CENTER, TextAlign.RIGHT};
        for (TextAlign align : aligns) {
            sketch.setTextAlign(align);
            sketch.fillText(align.name(), 0, 0);
        }
        NodeList texts = parse().getElementsByTagName("text");
        String[] anchors = {"", "middle", "end"};
        for (int i = 0; i < anchors.length; i++) {
            assertEquals(anchors[i], ((Element) texts.item(i)).getAttribute("text-anchor"), aligns[i].name());
        }
    }

    @Test
    void textIsMovedToItsAlphabeticBaselineAsOnACanvas() throws Exception {
        FigureFont font = new FigureFont(20, false);
        sketch.setFont(font);
        TextBaseline[] baselines = TextBaseline.values();
        for (TextBaseline baseline : baselines) {
            sketch.setTextBaseline(baseline);
            sketch.fillText(baseline.name(), 0, 50);
        }
        double ascent = AwtText.INSTANCE.ascent(font);
        double descent = AwtText.INSTANCE.descent(font);
        assertTrue(ascent > 10 && descent > 2, ascent + " / " + descent);
        double[] expected = {50 + ascent, 50 + (ascent - descent) / 2, 50, 50 - descent};
        NodeList texts = parse().getElementsByTagName("text");
        for (int i = 0; i < expected.length; i++) {
            Element text = (Element) texts.item(i);
            assertEquals(expected[i], Double.parseDouble(text.getAttribute("y")), 0.006, baselines[i].name());
            assertFalse(text.hasAttribute("dominant-baseline"));
        }
    }

    @Test
    void textHasTheFontsSize() throws Exception {
        sketch.setFont(new FigureFont(17, false));
        sketch.fillText("x", 0, 0);
        Element text = only("text");
        assertEquals("17", text.getAttribute("font-size"));
        assertTrue(text.getAttribute("font-family").endsWith("sans-serif"), text.getAttribute("font-family"));
    }

    @Test
    void strokedTextHasAnOutlineAndNoFill() throws Exception {
        sketch.setStroke(Rgba.WHITE);
        sketch.setLineWidth(3);
        sketch.strokeText("halo", 0, 0);
        Element text = only("text");
        assertEquals("none", text.getAttribute("fill"));
        assertEquals("#ffffff", text.getAttribute("stroke"));
        assertEquals("3", text.getAttribute("stroke-width"));
    }

    @Test
    void globalAlphaMultipliesTheColoursOpacity() throws Exception {
        sketch.setGlobalAlpha(0.5);
        sketch.setFill(Rgba.rgb(0, 0, 0, 0.5));
        sketch.fillRect(0, 0, 10, 10);
        assertEquals("0.25", only("rect").getAttribute("fill-opacity"));
    }

    @Test
    void dashesCapsAndJoinsAreWritten() throws Exception {
        sketch.setLineDashes(7, 6.5);
        sketch.setLineCap(LineCap.ROUND);
        sketch.setLineJoin(LineJoin.BEVEL);
        sketch.strokeLine(0, 0, 1, 1);
        sketch.setLineDashes((double[]) null);
        sketch.setLineCap(LineCap.BUTT);
        sketch.strokeLine(0, 0, 1, 1);
        NodeList lines = parse().getElementsByTagName("line");
        Element dashed = (Element) lines.item(0);
        assertEquals("7 6.5", dashed.getAttribute("stroke-dasharray"));
        assertEquals("round", dashed.getAttribute("stroke-linecap"));
        assertEquals("bevel", dashed.getAttribute("stroke-linejoin"));
        Element solid = (Element) lines.item(1);
        assertFalse(solid.hasAttribute("stroke-dasharray"));
        assertFalse(solid.hasAttribute("stroke-linecap"));
    }

    @Test
    void theDefaultLineCapIsTheCanvassSquare() throws Exception {
        sketch.strokeLine(0, 0, 1, 1);
        assertEquals("square", only("line").getAttribute("stroke-linecap"));
    }

    @Test
    void aClipWrapsWhatIsDrawnUntilTheRestore() throws Exception {
        sketch.save();
        sketch.beginPath();
        sketch.rect(10, 10, 50, 20);
        sketch.clip();
        sketch.fillRect(0, 0, 200, 100);
        sketch.restore();
        sketch.fillOval(0, 0, 4, 4);
        Document doc = parse();
        Element clipPath = (Element) doc.getElementsByTagName("clipPath").item(0);
        assertEquals("M10 10L60 10L60 30L10 30Z", ((Element) clipPath.getElementsByTagName("path").item(0))
                .getAttribute("d"));
        Element rect = (Element) doc.getElementsByTagName("rect").item(0);
        Element group = (Element) rect.getParentNode();
        assertEquals("url(#" + clipPath.getAttribute("id") + ")", group.getAttribute("clip-path"));
        Element circle = (Element) doc.getElementsByTagName("circle").item(0);
        assertEquals("svg", circle.getParentNode().getNodeName());
    }

    @Test
    void groupsHaveTheirClassAndNest() throws Exception {
        sketch.beginGroup("run-path");
        sketch.beginGroup("marker");
        sketch.fillRect(0, 0, 1, 1);
        sketch.endGroup();
        sketch.endGroup();
        sketch.fillRect(0, 0, 2, 2);
        NodeList rects = parse().getElementsByTagName("rect");
        Element inner = (Element) rects.item(0).getParentNode();
        assertEquals("marker", inner.getAttribute("class"));
        assertEquals("run-path", ((Element) inner.getParentNode()).getAttribute("class"));
        assertEquals("svg", rects.item(1).getParentNode().getNodeName());
    }

    @Test
    void groupsMustNestWithSaveAndRestore() {
        assertThrows(IllegalArgumentException.class, () -> sketch.beginGroup("two words"));
        assertThrows(IllegalStateException.class, sketch::endGroup);
        sketch.beginGroup("legend");
        sketch.save();
        assertThrows(IllegalStateException.class, sketch::endGroup);
        sketch.beginGroup("inner");
        assertThrows(IllegalStateException.class, sketch::restore);
    }

    @Test
    void anImageIsEmbeddedAsAPngOfTheDrawnPart() throws Exception {
        int[] pixels = new int[4 * 3];
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 4; x++) {
                pixels[4 * y + x] = 0xff000000 | (x * 60) << 16 | (y * 100) << 8;
            }
        }
        sketch.drawImage(Bitmap.copyOf(4, 3, pixels), 1, 1, 2, 2, 10, 20, 40, 30);
        Element element = only("image");
        assertEquals("10", element.getAttribute("x"));
        assertEquals("40", element.getAttribute("width"));
        assertEquals("none", element.getAttribute("preserveAspectRatio"));
        String href = element.getAttributeNS("http://www.w3.org/1999/xlink", "href");
        String prefix = "data:image/png;base64,";
        assertTrue(href.startsWith(prefix), href);
        BufferedImage png = decode(href.substring(prefix.length()));
        assertEquals(2, png.getWidth());
        assertEquals(2, png.getHeight());
        assertEquals(0xff000000 | 60 << 16 | 100 << 8, png.getRGB(0, 0));
        assertEquals(0xff000000 | 120 << 16 | 200 << 8, png.getRGB(1, 1));
    }

    private static BufferedImage decode(String base64) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
    }

    @Test
    void nonFiniteCoordinatesDrawNothing() throws Exception {
        sketch.beginPath();
        sketch.moveTo(Double.NaN, 0);
        sketch.lineTo(1, Double.POSITIVE_INFINITY);
        sketch.stroke();
        sketch.fillRect(Double.NaN, 0, 1, 1);
        sketch.strokeLine(0, 0, Double.NaN, 1);
        assertEquals(0, parse().getDocumentElement().getElementsByTagName("*").getLength(), sketch.toSvg());
    }
}
