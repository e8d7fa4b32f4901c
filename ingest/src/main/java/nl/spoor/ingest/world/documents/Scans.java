package nl.spoor.ingest.world.documents;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Scanned pages for OCR: a PDF of another kind (PV, KvK extract, payslip, rental contract) rasterised
 * at 200–300 dpi in grey, turned a little, on greyish paper with speckle — PNG, JPEG, TIFF or an image-only
 * PDF for one page, multi-page TIFF or image-only PDF for several. The manifest lists the source document's
 * entities; only OCR can find them.
 */
final class Scans implements DocumentKind {

    private static final int[] DPI = {200, 240, 300};
    private final List<DocumentKind> sources;

    /** @param sources kinds built on an {@link Office} that writes PDF only */
    Scans(List<DocumentKind> sources) {
        this.sources = sources;
    }

    @Override
    public String name() {
        return "scan";
    }

    @Override
    public List<Candidate> candidates() {
        return DocumentKind.via(sources);
    }

    @Override
    public Draft render(Candidate c, SplittableRandom random) {
        List<String> about = c.about();
        Draft source = c.via().render(new Candidate(c.row(), about), random);
        int dpi = DPI[random.nextInt(DPI.length)];
        List<BufferedImage> pages = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(source.bytes())) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                pages.add(scanned(renderer.renderImageWithDPI(i, dpi, ImageType.GRAY), random));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // One page: PNG, TIFF, JPEG or a PDF holding the image; several: multi-page TIFF or PDF.
        int pick = random.nextInt(4);
        String extension = pages.size() > 1 ? (pick < 2 ? "tif" : "pdf") : new String[] {"png", "tif", "jpg", "pdf"}[pick];
        List<BufferedImage> written = extension.equals("tif") || extension.equals("pdf") ? pages : pages.subList(0, 1);
        byte[] bytes = switch (extension) {
            case "tif" -> write("tiff", written, dpi);
            case "jpg" -> write("jpeg", written, dpi);
            case "pdf" -> ImageOnlyPdf.write(written, dpi, Office.at(java.time.LocalDate.of(2024, 1, 2).plusDays(random.nextInt(360)), random),
                    source.variant() + ":" + random.nextLong());
            default -> write("png", written, dpi);
        };
        String format = switch (extension) {
            case "tif" -> "image/tiff";
            case "jpg" -> "image/jpeg";
            case "pdf" -> "application/pdf";
            default -> "image/png";
        };
        BufferedImage first = pages.getFirst();
        RenderedDocument.Scan scan = new RenderedDocument.Scan(dpi, first.getWidth(), first.getHeight(), written.size());
        return new Draft("scan", extension, "scan", source.kind() + "/" + source.variant(), format, bytes, source.mentions(),
                about, scan);
    }

    /** Turns the page by up to 1.2°, greys the paper and adds speckle, keeping the page's size. */
    static BufferedImage scanned(BufferedImage page, SplittableRandom random) {
        int w = page.getWidth();
        int h = page.getHeight();
        int paper = 225 + random.nextInt(16);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(new java.awt.Color(255, 255, 255));
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        double angle = Math.toRadians((random.nextDouble() * 2.4) - 1.2);
        g.drawImage(page, AffineTransform.getRotateInstance(angle, w / 2.0, h / 2.0), null);
        g.dispose();
        byte[] pixels = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            int v = (pixels[i] & 0xFF) * paper / 255;
            // Sparse noise compresses better than noise on every pixel and reads the same to OCR.
            int r = random.nextInt(64);
            if (r == 0) {
                v -= 10 + random.nextInt(30);
            } else if (r == 1) {
                v += 8;
            }
            if (random.nextInt(40_000) == 0) {
                v = 40;
            }
            pixels[i] = (byte) Math.max(0, Math.min(255, v));
        }
        return out;
    }

    /** Writes the images with their resolution in the file, so OCR knows the dpi. */
    static byte[] write(String format, List<BufferedImage> images, int dpi) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if ("tiff".equals(format)) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType("Deflate");
            } else if ("jpeg".equals(format)) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.85f);
            }
            boolean sequence = images.size() > 1;
            if (sequence) {
                writer.prepareWriteSequence(null);
            }
            for (BufferedImage image : images) {
                IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
                IIOMetadataNode pixelSize = new IIOMetadataNode("HorizontalPixelSize");
                pixelSize.setAttribute("value", Double.toString(25.4 / dpi));
                IIOMetadataNode vertical = new IIOMetadataNode("VerticalPixelSize");
                vertical.setAttribute("value", Double.toString(25.4 / dpi));
                IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
                dimension.appendChild(pixelSize);
                dimension.appendChild(vertical);
                IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
                root.appendChild(dimension);
                metadata.mergeTree("javax_imageio_1.0", root);
                if (sequence) {
                    writer.writeToSequence(new IIOImage(image, null, metadata), param);
                } else {
                    writer.write(null, new IIOImage(image, null, metadata), param);
                }
            }
            if (sequence) {
                writer.endWriteSequence();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
