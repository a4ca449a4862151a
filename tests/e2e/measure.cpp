// bills-e2e-measure: the smallest width, in the application's logical pixels, at which a piece of
// text is shown whole by the widget that shows it, measured with the same platform, style and
// default font as m3ter-bills gets from the same environment (display, QT_SCALE_FACTOR, fonts).
// The end-to-end tests compare these with what the accessibility tree says is on screen.
//
// Reads lines "KIND<TAB>TEXT" from stdin, writes one width per line. KIND is
//   cell    an item view cell (text plus the delegate's margins),
//   label   a label (the text's advance),
//   button  a button (text plus the style's frame on both sides: a lower bound, icons and
//           the style's minimum width come on top),
//   header  a header section (text plus the style's header margins).
// The first output line is "dpr <devicePixelRatio of the primary screen>".
#include <QApplication>
#include <QFontMetrics>
#include <QScreen>
#include <QStyle>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QTextStream in(stdin);
    QTextStream out(stdout);
    out << "dpr " << app.primaryScreen()->devicePixelRatio() << '\n';
    const QFontMetrics metrics(QApplication::font());
    QStyle *style = QApplication::style();
    const int cellMargin = style->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1;
    const int frame = style->pixelMetric(QStyle::PM_DefaultFrameWidth);
    const int headerMargin = style->pixelMetric(QStyle::PM_HeaderMargin);
    QString line;
    while (in.readLineInto(&line)) {
        const QString kind = line.section(QLatin1Char('\t'), 0, 0);
        const QString text = line.section(QLatin1Char('\t'), 1);
        int width = metrics.horizontalAdvance(text);
        if (kind == QLatin1String("cell")) {
            width += 2 * cellMargin;
        } else if (kind == QLatin1String("header")) {
            width += 2 * headerMargin;
        } else if (kind == QLatin1String("button")) {
            width += 2 * frame;
        }
        out << width << '\n';
        out.flush();
    }
    return 0;
}
