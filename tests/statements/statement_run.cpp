// statement_run: runs one StatementQueue in a process of its own, for tst_statementkill, which
// kills it at random moments and starts it again.
//
//   M3TER_BASE_URL, M3TER_ORG_ID, M3TER_CLIENT_ID, M3TER_CLIENT_SECRET: the connection
//   statement_run STATE_FILE FOLDER BILL...      BILL = billId,accountCode,yyyy-MM-dd
//
// Resumes STATE_FILE if it holds a queue (StatementQueue::load()); otherwise submits the bills
// (JSON and CSV). Prints "submitted" right after submit() and "resumed" after a load, then exits
// once every entry is finished: 0 if all were downloaded, 1 otherwise (the errors on stderr).

#include "api/ApiClient.h"
#include "statements/StatementQueue.h"

#include <QCoreApplication>
#include <QTextStream>

#include <chrono>
#include <cstdio>

using namespace m3ter;

namespace {

void say(const char *line) {
    std::fputs(line, stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int finish(const StatementQueue &queue) {
    int failed = 0;
    for (const StatementEntry &e : queue.entries()) {
        if (e.isSuccess())
            continue;
        ++failed;
        QTextStream(stderr) << "statement_run: " << e.item.billId << ": " << e.error.text() << '\n';
    }
    return failed == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: statement_run STATE_FILE FOLDER BILL...\n";
        return 2;
    }
    QList<StatementRequestItem> bills;
    for (const QString &arg : args.mid(2)) {
        const QStringList parts = arg.split(QLatin1Char(','));
        const QDate date = QDate::fromString(parts.value(2), Qt::ISODate);
        if (parts.size() != 3 || parts.at(0).isEmpty() || !date.isValid()) {
            QTextStream(stderr) << "statement_run: bad bill '" << arg << "'\n";
            return 2;
        }
        bills.append({parts.at(0), parts.at(1), date});
    }

    ApiConnection connection;
    connection.baseUrl = QUrl(qEnvironmentVariable("M3TER_BASE_URL"));
    connection.orgId = qEnvironmentVariable("M3TER_ORG_ID");
    connection.clientId = qEnvironmentVariable("M3TER_CLIENT_ID");
    connection.clientSecret = qEnvironmentVariable("M3TER_CLIENT_SECRET");
    ApiClient client(connection);
    RetryPolicy fast;
    fast.setBaseDelay(std::chrono::milliseconds(50));
    client.setRetryPolicy(fast);
    client.setTransferTimeout(std::chrono::milliseconds(5000));

    StatementQueue queue(&client, args.at(0), args.at(1));
    queue.setPollIntervals(std::chrono::milliseconds(50), std::chrono::milliseconds(200));
    queue.setSubmitRetryDelayMs(100);
    QObject::connect(&queue, &StatementQueue::progressChanged, &app, [&](int done, int total) {
        if (total > 0 && done == total)
            QCoreApplication::exit(finish(queue));
    });

    QString error;
    if (!queue.load(&error)) {
        QTextStream(stderr) << "statement_run: " << error << '\n';
        return 2;
    }
    if (queue.count() == 0) {
        queue.submit(bills, true);
        say("submitted");
    } else {
        say("resumed");
        if (queue.isIdle())
            return finish(queue);
    }
    return app.exec();
}
