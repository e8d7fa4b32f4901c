package nl.spoor.ingest.world.load;

import java.io.PrintStream;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Where a load reports how far it is: one stage at a time (reading, importing, writing, indexing). */
public interface LoadProgress {

    /** Starts a stage; ends the previous one if still open. */
    void stage(String name, long max, String unit);

    void stepTo(long done);

    void stepBy(long delta);

    /** Ends the current stage, if any. */
    void stageDone();

    /** A line of text between stages. */
    void message(String text);

    /** Reports nothing. */
    static LoadProgress silent() {
        return new LoadProgress() {
            @Override
            public void stage(String name, long max, String unit) {
            }

            @Override
            public void stepTo(long done) {
            }

            @Override
            public void stepBy(long delta) {
            }

            @Override
            public void stageDone() {
            }

            @Override
            public void message(String text) {
            }
        };
    }

    /** Progress bars and messages on a console. */
    static LoadProgress console(PrintStream out) {
        return new LoadProgress() {
            private ProgressBar bar;

            @Override
            public synchronized void stage(String name, long max, String unit) {
                stageDone();
                ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(name).setInitialMax(max).setStyle(ProgressBarStyle.ASCII)
                        .setUpdateIntervalMillis(500).setConsumer(new ConsoleProgressBarConsumer(out)).setMaxRenderedLength(110);
                if ("MB".equals(unit)) {
                    b.setUnit(" MB", 1L << 20).showSpeed();
                } else if (!"%".equals(unit)) {
                    b.setUnit(" " + unit, 1).showSpeed();
                }
                bar = b.build();
            }

            @Override
            public synchronized void stepTo(long done) {
                if (bar != null) {
                    bar.stepTo(done);
                }
            }

            @Override
            public synchronized void stepBy(long delta) {
                if (bar != null) {
                    bar.stepBy(delta);
                }
            }

            @Override
            public synchronized void stageDone() {
                if (bar != null) {
                    bar.close();
                    bar = null;
                }
            }

            @Override
            public synchronized void message(String text) {
                stageDone();
                out.println(text);
            }
        };
    }
}
