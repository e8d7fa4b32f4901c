package nl.spoor.ingest.world.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * The text and structure of an office document, independent of its file format: the PV, the KvK
 * extract, the rental contract and the payslip are built once as a Sheet and written as PDF or DOCX.
 */
final class Sheet {

    sealed interface Block permits Letterhead, Title, Heading, Paragraph, Fields, Table, Signature {
    }

    /** Organisation name and address lines at the top of the first page. */
    record Letterhead(String organisation, List<String> lines) implements Block {
    }

    record Title(String text) implements Block {
    }

    record Heading(String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    /** Label/value pairs in two columns. */
    record Fields(List<String[]> pairs) implements Block {
    }

    /** A table; {@code widths} are relative column widths. */
    record Table(List<String> header, List<List<String>> rows, float[] widths, boolean rightAlignLast) implements Block {
    }

    /** A closing with place, date and signer. */
    record Signature(List<String> lines) implements Block {
    }

    final String title;
    final String author;
    final List<Block> blocks = new ArrayList<>();
    /** Small print on every page, e.g. the PV number. */
    final String footer;

    Sheet(String title, String author, String footer) {
        this.title = title;
        this.author = author;
        this.footer = footer;
    }

    Sheet letterhead(String organisation, String... lines) {
        blocks.add(new Letterhead(organisation, List.of(lines)));
        return this;
    }

    Sheet title(String text) {
        blocks.add(new Title(text));
        return this;
    }

    Sheet heading(String text) {
        blocks.add(new Heading(text));
        return this;
    }

    Sheet paragraph(String text) {
        blocks.add(new Paragraph(text));
        return this;
    }

    Sheet fields(String... labelValue) {
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < labelValue.length; i += 2) {
            if (labelValue[i + 1] != null) {
                pairs.add(new String[] {labelValue[i], labelValue[i + 1]});
            }
        }
        blocks.add(new Fields(pairs));
        return this;
    }

    Sheet table(List<String> header, List<List<String>> rows, float[] widths, boolean rightAlignLast) {
        blocks.add(new Table(header, rows, widths, rightAlignLast));
        return this;
    }

    Sheet signature(String... lines) {
        blocks.add(new Signature(List.of(lines)));
        return this;
    }
}
