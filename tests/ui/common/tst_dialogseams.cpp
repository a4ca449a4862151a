#include "common/FileDialog.h"
#include "common/MessageBox.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPointer>
#include <QTest>
#include <QTimer>

using namespace m3ter;

namespace {

// Runs `handle` on the modal widget the next exec() shows, from inside its event loop: how a
// test reaches a static dialog that has no seam.
void onNextModal(std::function<void(QWidget *)> handle) {
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->deleteLater();
            timer->stop();
            handle(modal);
        }
    });
    timer->start();
}

} // namespace

// The seams that let tests answer the app's static dialogs, and the real path they stand in for.
class TestDialogSeams : public QObject {
    Q_OBJECT

private slots:
    void queuedAnswerIsReturnedWithoutABox() {
        MessageBox::setNextAnswer(QMessageBox::No);
        QCOMPARE(MessageBox::question(nullptr, QStringLiteral("Remove"), QStringLiteral("Sure?")),
                 QMessageBox::No);
        QCOMPARE(MessageBox::lastAnsweredText(), QStringLiteral("Sure?"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QCOMPARE(MessageBox::warning(nullptr, QStringLiteral("Open"), QStringLiteral("Gone")),
                 QMessageBox::Ok);
        QCOMPARE(MessageBox::lastAnsweredText(), QStringLiteral("Gone"));
    }

    // One answer serves one box: the next one is a real box again, which the user answers.
    void answerServesOneBoxThenTheRealBoxShows() {
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QCOMPARE(MessageBox::question(nullptr, QStringLiteral("First"), QStringLiteral("one")),
                 QMessageBox::Yes);
        QString shownText;
        onNextModal([&shownText](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY2(box, modal->metaObject()->className());
            shownText = box->text();
            box->button(QMessageBox::No)->click();
        });
        QCOMPARE(MessageBox::question(nullptr, QStringLiteral("Second"), QStringLiteral("two")),
                 QMessageBox::No);
        QCOMPARE(shownText, QStringLiteral("two"));
        QCOMPARE(MessageBox::lastAnsweredText(), QStringLiteral("one"));
    }

    void noButtonClearsAQueuedAnswer() {
        MessageBox::setNextAnswer(QMessageBox::Yes);
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        bool shown = false;
        onNextModal([&shown](QWidget *modal) {
            shown = true;
            qobject_cast<QMessageBox *>(modal)->button(QMessageBox::Ok)->click();
        });
        QCOMPARE(MessageBox::information(nullptr, QStringLiteral("Info"), QStringLiteral("x")),
                 QMessageBox::Ok);
        QVERIFY(shown);
    }

    void queuedFileNameIsReturnedWithoutADialog() {
        QString filter = QStringLiteral("first");
        FileDialog::setNextSaveFileName(QStringLiteral("/nowhere/bills.csv"), QStringLiteral("B"));
        QCOMPARE(FileDialog::getSaveFileName(nullptr, QStringLiteral("Export"), QString(),
                                             QStringLiteral("A;;B"), &filter),
                 QStringLiteral("/nowhere/bills.csv"));
        QCOMPARE(filter, QStringLiteral("B"));

        // Used up: the next call shows the real dialog, here cancelled.
        bool shown = false;
        onNextModal([&shown](QWidget *modal) {
            auto *dialog = qobject_cast<QFileDialog *>(modal);
            QVERIFY2(dialog, modal->metaObject()->className());
            shown = true;
            dialog->reject();
        });
        QCOMPARE(FileDialog::getSaveFileName(nullptr, QStringLiteral("Export"), QString(),
                                             QStringLiteral("A;;B")),
                 QString());
        QVERIFY(shown);
    }
};

QTEST_MAIN(TestDialogSeams)
#include "tst_dialogseams.moc"
