package nl.spoor.ingest.pipeline;

import java.io.PrintStream;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import nl.spoor.model.writer.WriteResult;

/** Where a run reports how far it is. Called from the pipeline's writer thread only. */
public interface IngestProgress {

    void started(long files);

    /** One input file, with everything embedded in it, is finished (ingested, skipped or quarantined). */
    void fileFinished();

    /** Something the user should know that does not stop the run (no Tesseract). */
    void warning(String text);

    void finished();

    /** How a document ended. */
    enum Outcome {
        /** Its facts are written. */
        INGESTED,
        /**
         * Ingested before in the same delivery (same content, partner, case and legal basis): skipped,
         * nothing changed. The same content delivered under another partner, case or basis is
         * {@link #INGESTED} under a Source of its own.
         */
        ALREADY_INGESTED,
        /** Quarantined before (same content, any delivery): not read again; the reason is on its {@link IngestFileStatus}. */
        ALREADY_QUARANTINED,
        /** Bad input, see the reason. */
        QUARANTINED,
        /** Could not be read or stored, see the reason; tried again by the next run. */
        FAILED
    }

    /**
     * One document is finished: an input file ({@code topLevel}) or a file taken out of one (path
     * {@code archive.zip!/entry.pdf}). {@code sha256} is null when the file could not be read;
     * {@code reason} is set for {@link Outcome#QUARANTINED} and {@link Outcome#FAILED}.
     */
    record Finished(String path, String sha256, boolean topLevel, Outcome outcome, String reason) {
    }

    /**
     * Called for every document once its outcome is known; an ingested one only after its facts are
     * written. The default counts input files through {@link #fileFinished()}.
     */
    default void documentFinished(Finished document) {
        if (document.topLevel()) {
            fileFinished();
        }
    }

    /** Running totals after each write to the store: documents written and what the writer did. */
    default void written(long documents, WriteResult total) {
    }

    public static IngestProgress silent() {
        return new IngestProgress() {
            @Override
            public void started(long files) {
            }

            @Override
            public void fileFinished() {
            }

            @Override
            public void warning(String text) {
            }

            @Override
            public void finished() {
            }
        };
    }

    /** A progress bar with files/s and ETA. */
    static IngestProgress console(PrintStream out) {
        return new IngestProgress() {
            private ProgressBar bar;

            @Override
            public void started(long files) {
                bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(files).setStyle(ProgressBarStyle.ASCII)
                        .setUpdateIntervalMillis(500).setConsumer(new ConsoleProgressBarConsumer(out)).setMaxRenderedLength(110)
                        .setUnit(" files", 1).showSpeed().build();
            }

            @Override
            public void fileFinished() {
                bar.step();
            }

            @Override
            public void warning(String text) {
                out.println("warning: " + text);
            }

            @Override
            public void finished() {
                if (bar != null) {
                    bar.close();
                }
            }
        };
    }
}
