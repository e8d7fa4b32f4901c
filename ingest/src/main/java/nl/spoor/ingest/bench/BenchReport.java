package nl.spoor.ingest.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code spoor bench ingest} found: per format and in total, the files and megabytes measured,
 * and the median time of raw Tika and of the whole pipeline over the rounds. Documents are the input
 * files (a mail's attachment is parsed by both sides, but counted with its mail).
 */
public record BenchReport(List<Row> rows, Row total, int rounds, int workers, boolean ocr) {

    /** One format (or the total): median seconds of each side over the rounds. */
    public record Row(String format, String mediaTypes, int files, long bytes, double rawSeconds, double pipelineSeconds) {

        public double rawDocumentsPerSecond() {
            return files / rawSeconds;
        }

        public double pipelineDocumentsPerSecond() {
            return files / pipelineSeconds;
        }

        public double rawMegabytesPerSecond() {
            return bytes / 1e6 / rawSeconds;
        }

        public double pipelineMegabytesPerSecond() {
            return bytes / 1e6 / pipelineSeconds;
        }

        /** Pipeline rate over raw Tika's rate on the same files; 1 means the pipeline costs nothing beyond Tika. */
        public double ratio() {
            return rawSeconds / pipelineSeconds;
        }
    }

    /** The table, as printed. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        String header = "%-8s %-34s %6s %8s | %9s %8s | %9s %8s | %6s";
        lines.add(String.format(Locale.ROOT, header, "format", "detected as", "files", "MB", "Tika d/s", "MB/s", "Spoor d/s", "MB/s", "ratio"));
        lines.add("-".repeat(112));
        rows.forEach(r -> lines.add(line(r)));
        lines.add("-".repeat(112));
        lines.add(line(total));
        lines.add(String.format(Locale.ROOT, "median of %d rounds, %d workers, OCR %s; d/s = documents (input files) per second; ratio = Spoor rate / Tika rate (target ≥ 0.80)",
                rounds, workers, ocr ? "on" : "off"));
        return lines;
    }

    private static String line(Row r) {
        String types = r.mediaTypes().length() > 34 ? r.mediaTypes().substring(0, 33) + "…" : r.mediaTypes();
        return String.format(Locale.ROOT, "%-8s %-34s %6d %8.2f | %9.2f %8.2f | %9.2f %8.2f | %6.2f", r.format(), types, r.files(), r.bytes() / 1e6,
                r.rawDocumentsPerSecond(), r.rawMegabytesPerSecond(), r.pipelineDocumentsPerSecond(), r.pipelineMegabytesPerSecond(), r.ratio());
    }
}
